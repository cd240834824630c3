// `npm test` runs in a real Chromium. Say how to get one instead of failing obscurely.
import { findChrome } from './chrome-path.mjs';

const path = findChrome();
if (!path) {
  const given = process.env.CHROME_PATH;
  console.error(
    [
      given ? `CHROME_PATH is set to "${given}", but no browser is there.` : 'No Chrome or Chromium was found.',
      'The tests run in headless Chromium. Install one, then run npm test again:',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium   (then it is found at /usr/bin/chromium)',
      '  macOS:          install Google Chrome, or: brew install --cask chromium',
      '  elsewhere:      set CHROME_PATH to the browser executable, e.g. CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Testing in ${path}`);
