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

// The loader fetches a widget's chunk and chunks/kap-shared.js at once (src/loader.ts). That
// is only the whole story while no chunk needs a third one: a build that split the shared code
// further would quietly bring back a request waterfall on every page, so it fails here instead.
const manifest = JSON.parse(readFileSync('dist/chunks/manifest.json', 'utf8'));
for (const chunk of Object.values(manifest).filter((entry) => entry.isEntry)) {
  const needs = [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])];
  // A widget's chunk may also import its own language packs, which the loader requests beside it.
  const packs = (chunk.dynamicImports ?? []).filter((key) => key.startsWith(chunk.src.replace(/\.ts$/, '.')));
  const allowed = chunk.file === 'kap-loader.js' ? [] : ['_kap-shared.js', ...packs];
  const extra = needs.filter((key) => !allowed.includes(key));
  if (extra.length) {
    console.error(`${chunk.file} imports ${extra.join(', ')}: the loader expects only ${allowed.join(', ') || 'nothing'}.`);
    process.exit(1);
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
