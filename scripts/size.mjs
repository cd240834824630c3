// npm run size: raw, gzip and brotli bytes of every file in dist/, and of what a page that
// shows one widget through the loader downloads, against the budgets below. It exits non-zero
// when a budget is broken or a file would break a page with a strict Content-Security-Policy.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

const KB = 1024;
/**
 * Gzip budgets in bytes (issue 14), by file, or by what one widget costs through the loader.
 * Set for the chosen stack: Lit, @lit/context and zod/mini alone are the floors printed below.
 */
const FILE_BUDGETS = {
  // The one self-contained file: every widget, both languages.
  'kap-widgets.js': 66 * KB,
  'kap-widgets.iife.js': 66 * KB,
  // The one file every page with the loader pays for up front, before any widget.
  'kap-loader.js': 1 * KB,
  // Lit, @lit/context, the base element and the core, fetched beside every widget's chunk.
  'chunks/kap-shared.js': 18 * KB,
};
/**
 * One widget through the loader on an English page: the loader, the widget's chunk and every
 * chunk it imports statically, Lit included (a chunk imported only on demand, as a language's
 * texts, is not part of an English page's cost). The booking request holds the most: its form,
 * the delivery to the practice and the crisis footer.
 */
const WIDGET_BUDGETS = {
  'kap-process-timeline': 30 * KB,
  'kap-cost-estimator': 30 * KB,
  'kap-intake-screen': 30 * KB,
  'kap-booking-request': 32 * KB,
};

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const measure = (body) => ({
  raw: body.length,
  gzip: gzipSync(body, { level: 9 }).length,
  brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const sum = (sizes) =>
  sizes.reduce((total, size) => ({ raw: total.raw + size.raw, gzip: total.gzip + size.gzip, brotli: total.brotli + size.brotli }));

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const rows = [];
const problems = [];
const sizes = new Map();
const check = (name, size, budget) => {
  rows.push([name, size, budget]);
  if (budget !== undefined && size.gzip > budget) problems.push(`${name} is ${kb(size.gzip)} gzip, over its ${kb(budget)} budget`);
};

for (const path of files('dist')) {
  const body = readFileSync(path);
  const name = relative('dist', path);
  const size = measure(body);
  sizes.set(name, size);
  check(name, size, FILE_BUDGETS[name]);
  if (/\.m?js$/.test(name) && /\bFunction\(|\beval\(/.test(body.toString('utf8'))) {
    problems.push(`${name} contains Function( or eval(: it would break pages with a strict CSP`);
  }
}
for (const name of Object.keys(FILE_BUDGETS)) if (!sizes.has(name)) problems.push(`dist/${name} is missing: run npm run build`);

// Files are compressed one by one on the wire, so a widget's cost is the sum of its files'.
if (!existsSync('dist/chunks/manifest.json')) {
  console.error('dist/chunks/manifest.json is missing: run npm run build.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync('dist/chunks/manifest.json', 'utf8'));
const needed = (key, into = new Set()) => {
  const chunk = manifest[key];
  into.add(chunk.file);
  for (const dependency of chunk.imports ?? []) needed(dependency, into);
  return into;
};
// A widget's language packs (src/loader/<tag>.<language>.ts) are fetched only where it speaks
// that language: its English-page figure leaves them out, its Spanish-page figure adds them.
const packOf = (chunk) => /^(kap-[a-z-]+)\.([a-z]{2})$/.exec(chunk.name);
for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk.isEntry || chunk.file === 'kap-loader.js' || packOf(chunk)) continue;
  const parts = ['kap-loader.js', ...needed(key)];
  check(`<${chunk.name}> via loader (${parts.length} files)`, sum(parts.map((file) => sizes.get(file))), WIDGET_BUDGETS[chunk.name]);
  for (const packKey of chunk.dynamicImports ?? []) {
    const pack = manifest[packKey];
    const more = [...needed(packKey)].filter((file) => !parts.includes(file));
    // Not a language pack: code the widget loads when a visitor asks (the estimator's GFE).
    if (!packOf(pack)) {
      rows.push([`<${chunk.name}> on request: ${more.join(' + ')}`, sum(more.map((file) => sizes.get(file)))]);
      continue;
    }
    const [, , language] = packOf(pack);
    const withPack = [...parts, ...more];
    rows.push([`<${chunk.name}> via loader, ${language} page (${withPack.length} files)`, sum(withPack.map((file) => sizes.get(file)))]);
  }
}

/**
 * The floors under the widgets' figures: the chosen stack alone, bundled and minified like the
 * chunks. Every widget needs Lit (with the decorators) and @lit/context; the booking request
 * also checks its form with zod/mini. No budget of their own; they show how much of a budget
 * is spent before any widget's code, text or styles.
 */
const FLOOR_ENTRY = '\0kap-stack-floor';
const lit = `
  export { LitElement, html, css, nothing } from 'lit';
  export { property, state } from 'lit/decorators.js';
  export { ContextProvider, createContext, consume, provide } from '@lit/context';
`;
const floors = [
  ['floor: lit, @lit/context (every widget)', lit],
  ['floor: lit, @lit/context, zod/mini and the booking form schema', `${lit} export { bookingRequestSchema } from '/src/core/booking-checks.ts';`],
];
for (const [name, source] of floors) {
  const floorBuild = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'stack-floor',
        enforce: 'pre',
        // Library mode hands the entry over as a path under the project root.
        resolveId: (id) => (id.endsWith('kap-stack-floor') ? FLOOR_ENTRY : null),
        load: (id) => (id === FLOOR_ENTRY ? source : null),
      },
    ],
    build: { write: false, minify: true, target: 'es2021', lib: { entry: 'kap-stack-floor', formats: ['es'], fileName: 'floor' } },
  });
  rows.push([name, measure(Buffer.from([floorBuild].flat()[0].output[0].code))]);
}

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}  ${'brotli'.padStart(9)}  budget (gzip)`);
for (const [name, { raw, gzip, brotli }, budget] of rows) {
  const verdict = budget === undefined ? '' : `${kb(budget).padStart(8)} ${gzip <= budget ? 'ok' : `OVER by ${kb(gzip - budget)}`}`;
  console.log(`${name.padEnd(width)}  ${kb(raw).padStart(9)}  ${kb(gzip).padStart(9)}  ${kb(brotli).padStart(9)}  ${verdict}`);
}
if (problems.length) {
  console.error(`\nSIZE CHECK FAILED:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
