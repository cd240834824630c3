// Where the test browser is: CHROME_PATH first, then the usual Debian and Google locations.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * The browser's path, or, when there is none, says how to get one and exits with status 1.
 * `command` is what to run again once a browser is there.
 */
export function requireChrome(command = 'npm test') {
  const path = findChrome();
  if (path) return path;
  const given = process.env.CHROME_PATH;
  console.error(
    [
      given ? `CHROME_PATH is set to "${given}", but no browser is there.` : 'No Chrome or Chromium was found.',
      `${command} runs in headless Chromium. Install one, then run ${command} again:`,
      '  Debian/Ubuntu:  sudo apt-get install -y chromium   (then it is found at /usr/bin/chromium)',
      '  macOS:          install Google Chrome, or: brew install --cask chromium',
      `  elsewhere:      set CHROME_PATH to the browser executable, e.g. CHROME_PATH=/path/to/chrome ${command}`,
    ].join('\n'),
  );
  process.exit(1);
}

/** Flags for headless Chromium here: as root it needs --no-sandbox, and the network is closed. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Tests run two pages at once; a page Chromium thinks is in the background would otherwise
  // wait a long time for animation frames and timers.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
