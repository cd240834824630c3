// npm run size: raw, gzip and brotli bytes of every file in dist/, against the budgets below.
// A benchmark that prints figures: it fails only when a budget is broken or a file would
// break a strict Content-Security-Policy page.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Gzip budgets in bytes, by file. */
const BUDGETS = {
  'kap-widgets.js': 30 * 1024,
  'kap-widgets.iife.js': 30 * 1024,
};

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [];
const problems = [];
for (const path of files('dist')) {
  const body = readFileSync(path);
  const name = relative('dist', path);
  const gzip = gzipSync(body, { level: 9 }).length;
  const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const budget = BUDGETS[name];
  rows.push([name, body.length, gzip, brotli, budget]);
  if (budget !== undefined && gzip > budget) problems.push(`${name} is ${kb(gzip)} gzip, over its ${kb(budget)} budget`);
  if (/\.m?js$/.test(name) && /\bFunction\(|\beval\(/.test(body.toString('utf8'))) {
    problems.push(`${name} contains Function( or eval(: it would break pages with a strict CSP`);
  }
}

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}  ${'brotli'.padStart(9)}  budget (gzip)`);
for (const [name, raw, gzip, brotli, budget] of rows) {
  const verdict = budget === undefined ? '' : `${kb(budget)} ${gzip <= budget ? 'ok' : 'OVER'}`;
  console.log(`${name.padEnd(width)}  ${kb(raw).padStart(9)}  ${kb(gzip).padStart(9)}  ${kb(brotli).padStart(9)}  ${verdict}`);
}
if (problems.length) {
  console.error(`\n${problems.join('\n')}`);
  process.exit(1);
}
