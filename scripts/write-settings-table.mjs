// npm run docs:settings: writes the README's practice settings table from the core's
// declaration (src/core/settings.ts), between its two marker comments. test/node/docs.test.mjs
// fails while the README's table differs from what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadSettings, replaceSettingsTable } from './settings-declaration.mjs';

const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', replaceSettingsTable(readme, await loadSettings()));
