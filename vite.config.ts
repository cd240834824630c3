import { defineConfig } from 'vite';

// The single-script builds a therapist pastes: one ES module and one classic script, each
// registering every element. The npm modules (dist/lib) come from tsc, see scripts/build.mjs.
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2021',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: 'src/define.ts',
      name: 'KapWidgets',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'kap-widgets.js' : 'kap-widgets.iife.js'),
    },
  },
});
