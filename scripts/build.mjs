// npm run build: the single-script bundles (Vite), the npm modules with types (tsc), the
// custom elements manifest (cem), and the SRI hashes of the files a page links to.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
rmSync('dist', { recursive: true, force: true });
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['cem', 'analyze', '--quiet']);

const hashes = {};
for (const file of readdirSync('dist').filter((name) => name.endsWith('.js')).sort()) {
  const digest = createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64');
  hashes[file] = `sha384-${digest}`;
}
writeFileSync('dist/sri.json', `${JSON.stringify(hashes, null, 2)}\n`);
console.log('Built dist/. Subresource Integrity hashes (dist/sri.json):');
for (const [file, hash] of Object.entries(hashes)) console.log(`  ${file}  ${hash}`);
