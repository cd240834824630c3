// Bundles the configurator's module (demo/configure/main.ts) with the widgets' own core, so
// the page checks settings with exactly the code the widgets run. Browsers cannot load
// dist/lib/core directly: it imports zod by its bare npm name. The output lands in
// demo/configure/dist/, which .gitignore's `dist/` already keeps out of git, and stays out
// of the npm package, whose `files` list only the top-level dist/.
//   node demo/configure/build.mjs
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

await build({
  entryPoints: [join(here, 'main.ts')],
  outfile: join(here, 'dist', 'configure.js'),
  bundle: true,
  format: 'esm',
  target: 'es2021',
  minify: true,
  legalComments: 'none',
  tsconfig: join(here, 'tsconfig.json'),
  logLevel: 'warning',
});
