import { readdirSync } from 'node:fs';
import { defineConfig, type BuildOptions } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { staticImports } from './scripts/static-imports.mjs';

/** Shared by both builds: what every browser since 2021 runs, minified, no source maps. */
const common: BuildOptions = {
  outDir: 'dist',
  emptyOutDir: false,
  target: 'es2021',
  minify: true,
  sourcemap: false,
  reportCompressedSize: false,
};

/** One chunk entry per tag the loader knows: src/loader/<tag>.ts becomes dist/chunks/<tag>.js. */
const chunkEntries = Object.fromEntries(
  readdirSync('src/loader')
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [file.slice(0, -3), `src/loader/${file}`]),
);

/**
 * `vite build`: the single-script builds a therapist pastes, one ES module and one classic
 * script, each registering every element, each one self-contained file: the Good Faith
 * Estimate's form and document and the booking request's rules, which the loader's build keeps
 * in chunks loaded on demand (chunks/gfe-flow.js, chunks/booking-checks.js), are imported
 * statically here (scripts/static-imports.mjs).
 *
 * `vite build --mode split`: dist/kap-loader.js and the chunks it imports, dist/chunks/. The
 * loader imports nothing statically (its budget is 1 KB, scripts/size.mjs); each widget's chunk entry
 * imports the provider and the widget; every module that two entries share goes into one
 * chunk, kap-shared.js, so the loader can fetch a widget's chunk and the shared chunk at once
 * instead of discovering the second only after parsing the first. scripts/build.mjs checks,
 * from the manifest, that no entry needs any other chunk. Entries may gain exports
 * ('allow-extension'): a module that only a widget and its own on-demand chunk share then
 * stays in the widget's chunk, which the on-demand chunk imports.
 *
 * Both minify the text inside Lit's css`` and html`` templates (scripts/minify-templates.mjs).
 * The npm modules (dist/lib) come from tsc, see scripts/build.mjs, and keep that text as written.
 */
export default defineConfig(({ mode }) =>
  mode === 'split'
    ? {
        plugins: [minifyTemplates()],
        build: {
          ...common,
          manifest: 'chunks/manifest.json',
          lib: {
            entry: { 'kap-loader': 'src/loader.ts', ...chunkEntries },
            formats: ['es'],
          },
          rolldownOptions: {
            preserveEntrySignatures: 'allow-extension',
            output: {
              minify: true,
              // Stable names: the loader computes them from the tag, and a CDN URL carries the version.
              entryFileNames: (chunk) => (chunk.name === 'kap-loader' ? 'kap-loader.js' : 'chunks/[name].js'),
              chunkFileNames: 'chunks/[name].js',
              // The one chunk src/loader.ts fetches beside each widget's: Lit, @lit/context, the base element, the core.
              // Delivery (core/submit.ts, and the controller over it) is shared by the booking request and the estimator's GFE,
              // which loads on demand: a chunk of its own keeps it off every other widget's first load.
              codeSplitting: {
                groups: [
                  { name: 'kap-delivery', test: /[\\/](core[\\/]submit|shared[\\/]delivery-controller)\.ts$/, priority: 1 },
                  // core/booking.ts is shared by the booking request and its own rules (core/booking-checks.ts, fetched
                  // on demand): the rules' chunk imports it from the booking request's chunk instead.
                  { name: 'kap-shared', minShareCount: 2, test: (id) => !/[\\/]core[\\/]booking\.ts$/.test(id) },
                ],
              },
            },
          },
        },
      }
    : {
        plugins: [minifyTemplates(), staticImports()],
        build: {
          ...common,
          // One file each (codeSplitting: false), with no import() left to inline.
          rolldownOptions: { output: { minify: true, codeSplitting: false } },
          lib: {
            entry: 'src/bundle.ts',
            name: 'KapWidgets',
            formats: ['es', 'iife'],
            fileName: (format) => (format === 'es' ? 'kap-widgets.js' : 'kap-widgets.iife.js'),
          },
        },
      },
);
