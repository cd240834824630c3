// Screenshots of widgets straight from src/, for looking at what we built:
//   node scripts/screenshot.mjs --out shot.png --width 390 [--height 900] [--dark] [--print]
//        [--lang es] [--wait 300] [--full] '<kap-cost-estimator></kap-cost-estimator>'
// Bundles src/define.ts into a private temp folder (so parallel runs never share files) and
// loads it as a classic script from file://, then lets Chromium draw the page.
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from './chrome-path.mjs';

const executablePath = requireChrome('node scripts/screenshot.mjs');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'screenshot.png' },
    width: { type: 'string', default: '390' },
    height: { type: 'string', default: '900' },
    dark: { type: 'boolean', default: false },
    print: { type: 'boolean', default: false },
    full: { type: 'boolean', default: false },
    lang: { type: 'string', default: 'en' },
    wait: { type: 'string', default: '300' },
    css: { type: 'string', default: '' },
  },
});

const dir = mkdtempSync(join(tmpdir(), 'kap-shot-'));
await build({
  entryPoints: [resolve('src/define.ts')],
  bundle: true,
  format: 'iife',
  outfile: join(dir, 'bundle.js'),
  tsconfig: resolve('tsconfig.json'),
  logLevel: 'error',
});
writeFileSync(
  join(dir, 'index.html'),
  `<!doctype html><html lang="${values.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{margin:16px;font-family:system-ui,sans-serif}${values.css}</style>
<script src="bundle.js"></script></head><body>${positionals.join('\n')}</body></html>`,
);

const browser = await chromium.launch({ executablePath, args: CHROME_ARGS, headless: true });
const page = await browser.newPage({
  viewport: { width: Number(values.width), height: Number(values.height) },
  colorScheme: values.dark ? 'dark' : 'light',
});
page.on('console', (message) => {
  if (message.type() === 'error') console.error('console.error:', message.text());
});
page.on('pageerror', (error) => console.error('page error:', error.message));
await page.goto(`file://${join(dir, 'index.html')}`);
if (values.print) await page.emulateMedia({ media: 'print' });
await page.waitForTimeout(Number(values.wait));
await page.screenshot({ path: values.out, fullPage: values.full });
await browser.close();
console.log(`wrote ${values.out}`);
