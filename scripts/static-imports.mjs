// A Vite plugin for the one-file builds (dist/kap-widgets.js and .iife.js): each import() of a
// module of src/ becomes a static import, and the call a promise of that module. Through the
// loader, import() fetches a chunk when a visitor asks (the Good Faith Estimate, the booking
// request's rules); in one file everything is already there, and an inlined import() would
// only wrap the imported modules (zod among them) in the lazy initialisers a bundler needs to
// evaluate them late: bytes and calls for nothing. Only literal specifiers are rewritten.
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const DYNAMIC_IMPORT = /\bimport\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*\)/g;

/** @returns {import('vite').Plugin} */
export function staticImports() {
  return {
    name: 'kap-static-imports',
    apply: 'build',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!file.startsWith(SRC)) return null;
      const hoisted = [];
      const rewritten = code.replace(DYNAMIC_IMPORT, (_call, _quote, specifier) => {
        const name = `__kapStatic${hoisted.length}`;
        hoisted.push(`import * as ${name} from ${JSON.stringify(specifier)};`);
        return `Promise.resolve(${name})`;
      });
      return hoisted.length ? { code: `${hoisted.join('\n')}\n${rewritten}`, map: null } : null;
    },
  };
}
