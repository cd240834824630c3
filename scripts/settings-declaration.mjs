// The core's one declaration of the practice settings (src/core/settings.ts, their words in
// settings-docs.ts), for the Node scripts that write what follows from it before anything is
// built: custom-elements.json (the cem plugin) and the README's settings table. It is
// TypeScript, so it is bundled on the fly rather than read from dist/, which may not exist yet.
// (The WordPress build runs after `npm run build` and reads dist/lib/core instead.)
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const core = fileURLToPath(new URL('../src/core/', import.meta.url));
const entry = {
  contents: "export { DOCUMENTED_SETTINGS } from './settings-docs.ts'; export { propertyOf } from './settings.ts';",
  resolveDir: core,
  loader: 'ts',
};

/** Every declared setting, as plain data, with its words and its element property. */
export async function loadSettings() {
  const { outputFiles } = await build({ stdin: entry, bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning' });
  const dir = mkdtempSync(join(tmpdir(), 'kap-settings-'));
  const file = join(dir, 'settings.mjs');
  try {
    writeFileSync(file, outputFiles[0].text);
    const { DOCUMENTED_SETTINGS, propertyOf } = await import(pathToFileURL(file).href);
    return DOCUMENTED_SETTINGS.map((setting) => ({ ...setting, property: propertyOf(setting.attribute) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The README's settings table: every declared setting, one row each. */
function settingsTable(settings) {
  const rows = settings.map((s) => `| \`${s.attribute}\` | ${s.meaning} | ${s.defaultText} |`);
  return ['| attribute | meaning | default |', '|---|---|---|', ...rows].join('\n');
}

const START = '<!-- settings-table: written by npm run docs:settings from src/core/settings.ts -->';
const END = '<!-- /settings-table -->';

/** `markdown` with the text between the table's markers replaced by the table of `settings`. */
export function replaceSettingsTable(markdown, settings) {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the settings table's markers: ${START} … ${END}`);
  return `${markdown.slice(0, start + START.length)}\n${settingsTable(settings)}\n${markdown.slice(end)}`;
}
