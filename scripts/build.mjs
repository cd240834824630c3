// npm run build: the single-script bundles and the lazy loader with its chunks (Vite), the npm
// modules with types (tsc), the custom elements manifest (cem), and the SRI hashes of the
// files a page links to.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
rmSync('dist', { recursive: true, force: true });
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'split', '--logLevel', 'warn']);
// The configurator page validates with the core itself, bundled for the browser.
run('node', ['demo/configure/build.mjs']);
// tsconfig.build.json leaves out the loader and its chunk entries (src/loader*): they only
// work as Vite builds them, dist/kap-loader.js beside dist/chunks/.
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['cem', 'analyze', '--quiet']);

// The loader fetches a widget's chunk and chunks/kap-shared.js at once (src/loader.ts), and for
// the booking request chunks/kap-delivery.js too. That is only the whole story while no chunk
// needs another one: a build that split the shared code further would quietly bring back a
// request waterfall on every page, so it fails here instead. A chunk a widget imports on demand
// (the cost estimator's Good Faith Estimate, the booking request's rules) is no part of its
// first load; it may need the shared chunk and the widget's own, both already on the page, and
// the delivery chunk, one more file when a visitor asks.
const manifest = JSON.parse(readFileSync('dist/chunks/manifest.json', 'utf8'));
const LOADED_WITH = { 'chunks/kap-booking-request.js': ['_kap-delivery.js'] };
const checkImports = (file, needs, allowed) => {
  const extra = needs.filter((key) => !allowed.includes(key));
  if (extra.length) {
    console.error(`${file} imports ${extra.join(', ')}: the loader expects only ${allowed.join(', ') || 'nothing'}.`);
    process.exit(1);
  }
};
for (const [entry, chunk] of Object.entries(manifest).filter(([, chunk]) => chunk.isEntry)) {
  const allowed = chunk.file === 'kap-loader.js' ? [] : ['_kap-shared.js', ...(LOADED_WITH[chunk.file] ?? [])];
  checkImports(chunk.file, chunk.imports ?? [], allowed);
  // What a chunk imports on demand (its language packs, the estimator's GFE, the booking request's rules) comes after it.
  for (const key of chunk.dynamicImports ?? []) {
    checkImports(manifest[key].file, manifest[key].imports ?? [], ['_kap-shared.js', '_kap-delivery.js', entry]);
  }
}

const hashes = {};
for (const file of readdirSync('dist').filter((name) => name.endsWith('.js')).sort()) {
  const digest = createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64');
  hashes[file] = `sha384-${digest}`;
}
writeFileSync('dist/sri.json', `${JSON.stringify(hashes, null, 2)}\n`);
console.log('Built dist/. Subresource Integrity hashes (dist/sri.json):');
for (const [file, hash] of Object.entries(hashes)) console.log(`  ${file}  ${hash}`);
