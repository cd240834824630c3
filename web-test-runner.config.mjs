import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './scripts/chrome-path.mjs';
import { crossOriginServers } from './test/server/cross-origin.mjs';
import { testMiddleware } from './test/server/index.mjs';

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // Two cores in CI: two pages at a time keeps the suite quick without starving the browser.
  concurrency: 2,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 20_000 } },
  middleware: testMiddleware,
  plugins: [
    // The configurator imports the package's public core entry, as a user's code would; here it
    // is the source (tsconfig.json's `paths` does the same for tsc and esbuild).
    { name: 'kap-widgets-self', resolveImport: ({ source }) => (source === 'kap-widgets/core' ? '/src/core/index.ts' : undefined) },
    esbuildPlugin({ ts: true, target: 'auto', tsconfig: './tsconfig.json' }),
    crossOriginServers(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        args: CHROME_ARGS,
      },
      // Each page in a context (a window) of its own: Chromium renders only the front tab of a
      // window, and a page that is not rendered runs no IntersectionObserver (the loader's).
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
};
