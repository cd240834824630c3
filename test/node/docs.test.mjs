// The guides promise what the code does: every part and custom property in
// custom-elements.json is in the theming guide, and every link between the guides, the README
// and the demo leads somewhere. Needs custom-elements.json (npm run build, or npm run analyze).
//   node --test test/node/
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { loadSettings, replaceSettingsTable } from '../../scripts/settings-declaration.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path) => readFileSync(join(ROOT, path), 'utf8');

const manifest = JSON.parse(read('custom-elements.json'));
const widgets = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);

describe('the README', () => {
  it("lists every declared practice setting in its settings table, as npm run docs:settings writes it", async () => {
    const readme = read('README.md');
    const settings = await loadSettings();
    assert.equal(readme, replaceSettingsTable(readme, settings), 'run npm run docs:settings');
    for (const setting of settings) assert.ok(readme.includes(`| \`${setting.attribute}\` |`), setting.attribute);
  });
});

describe('the guides', () => {
  const theming = read('docs/theming.md');

  it('name every part of every widget in the theming guide, under that widget', () => {
    const missing = [];
    for (const widget of widgets) {
      const section = theming.split(/^### /m).find((chunk) => chunk.startsWith(`\`<${widget.tagName}>\``)) ?? '';
      for (const part of widget.cssParts ?? []) {
        if (!section.includes(`| \`${part.name}\` |`)) missing.push(`${widget.tagName}::part(${part.name})`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('name every custom property in the theming guide', () => {
    const properties = new Set(widgets.flatMap((widget) => (widget.cssProperties ?? []).map((property) => property.name)));
    assert.ok(properties.size >= 12);
    assert.deepEqual([...properties].filter((name) => !theming.includes(`\`${name}\``)), []);
  });

  it('cover every place a therapist puts the code, and the accessibility statement', () => {
    for (const guide of ['plain-html', 'wordpress', 'squarespace', 'wix', 'webflow', 'frameworks', 'csp', 'hosting', 'theming', 'accessibility']) {
      assert.ok(existsSync(join(ROOT, 'docs', `${guide}.md`)), `docs/${guide}.md is missing`);
    }
    const frameworks = read('docs/frameworks.md');
    for (const name of ['React 19', 'Vue', 'Svelte']) assert.match(frameworks, new RegExp(`^## ${name}`, 'm'));
    const events = new Set(widgets.flatMap((widget) => (widget.events ?? []).map((event) => event.name)));
    assert.deepEqual([...events].filter((name) => !frameworks.includes(`\`${name}\``)), [], 'events missing from the frameworks guide');
  });

  // docs/wordpress.md leads with the WordPress plugin, which ships its own copy of the loader.
  const snippetPages = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md') && name !== 'wordpress.md').map((name) => `docs/${name}`)];

  it('load kap-loader.js in the first snippet with a script, in the README and in every guide', () => {
    const wrong = [];
    for (const page of snippetPages) {
      const first = [...read(page).matchAll(/```html\n([\s\S]*?)```/g)].map(([, code]) => /<script\b[^>]*\bsrc="([^"]+)"/.exec(code)?.[1]).find(Boolean);
      if (first && !first.endsWith('/kap-loader.js')) wrong.push(`${page}: ${first}`);
    }
    assert.deepEqual(wrong, []);
    assert.match(read('README.md'), /```html\n<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/kap-widgets@[\d.]+\/dist\/kap-loader\.js">/);
  });

  it('say beside every CDN address that it works once the package is published, and how to host the files meanwhile', () => {
    const silent = [];
    for (const page of snippetPages) {
      const text = read(page);
      for (const { index } of text.matchAll(/cdn\.jsdelivr\.net\/npm\/kap-widgets/g)) {
        const around = text.slice(Math.max(0, index - 600), index + 900);
        if (!/published/.test(around) || !/host (the files|it) yourself/.test(around)) silent.push(`${page} at ${index}`);
      }
    }
    assert.deepEqual(silent, []);
  });

  it('link only to files that exist', () => {
    const pages = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
    const broken = [];
    for (const page of pages) {
      for (const [, target] of read(page).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:|#)/.test(target)) continue;
        const file = target.split('#')[0];
        if (!existsSync(join(ROOT, dirname(page), file))) broken.push(`${page} -> ${target}`);
      }
    }
    assert.deepEqual(broken, []);
  });
});
