// What a developer gets from npm: `npm pack` the package as it would be published, install
// that tarball into an empty project (its dependencies come from the npm registry), and use
// it there the way the README says. Needs a build first (npm test builds before it runs).
//   node --test test/node/
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const npm = (args, cwd) => run('npm', args, { cwd, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' } });

const ALLOWED_TOP_LEVEL = new Set(['package.json', 'README.md', 'LICENSE', 'custom-elements.json']);
const REQUIRED = [
  'package.json',
  'README.md',
  'LICENSE',
  'custom-elements.json',
  'dist/kap-widgets.js',
  'dist/kap-widgets.iife.js',
  'dist/sri.json',
  'dist/lib/index.js',
  'dist/lib/index.d.ts',
  'dist/lib/define.js',
  'dist/lib/define.d.ts',
  'dist/lib/core/index.js',
  'dist/lib/core/index.d.ts',
];

describe('the published package', () => {
  let scratch;
  let files;
  let tarball;

  before(async () => {
    assert.ok(existsSync(join(ROOT, 'dist/lib/index.js')), 'dist/ is missing: run npm run build first');
    scratch = mkdtempSync(join(tmpdir(), 'kap-pack-'));
    const { stdout } = await npm(['pack', '--json', '--pack-destination', scratch], ROOT);
    const [packed] = JSON.parse(stdout);
    files = packed.files.map((file) => file.path);
    tarball = join(scratch, packed.filename);
  });

  after(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('holds the built files, their types, the manifest, the README and the LICENSE', () => {
    for (const file of REQUIRED) assert.ok(files.includes(file), `${file} is missing from the package`);
    assert.match(readFileSync(join(ROOT, 'LICENSE'), 'utf8'), /MIT License/);
  });

  it('holds nothing else: no sources, tests, demo, stories or tooling', () => {
    const stray = files.filter((file) => !file.startsWith('dist/') && !ALLOWED_TOP_LEVEL.has(file));
    assert.deepEqual(stray, []);
    const testFiles = files.filter((file) => /\.test\.|test-helpers|\.stories\./.test(file));
    assert.deepEqual(testFiles, []);
  });

  it('has a type declaration beside every module of the npm build', () => {
    const modules = files.filter((file) => file.startsWith('dist/lib/') && file.endsWith('.js'));
    assert.ok(modules.length > 5);
    const untyped = modules.filter((file) => !files.includes(file.replace(/\.js$/, '.d.ts')));
    assert.deepEqual(untyped, []);
  });

  describe('installed into an empty project', () => {
    let project;

    before(async () => {
      project = join(scratch, 'site');
      rmSync(project, { recursive: true, force: true });
      await run('mkdir', ['-p', project]);
      writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch-site', private: true, type: 'module' }));
      await npm(['install', '--no-save', '--prefer-offline', '--loglevel=error', tarball], project);
    });

    const node = (code) => run(process.execPath, ['--input-type=module', '-e', code], { cwd: project });

    it('computes with kap-widgets/core: the seed practice\'s plan and a therapist\'s own fee', async () => {
      const { stdout } = await node(`
        import { DEFAULT_PRACTICE, defaultPricingPlan, estimate, parseSettingAttributes, resolveSettings, formatMoney } from 'kap-widgets/core';
        const seed = estimate(defaultPricingPlan(DEFAULT_PRACTICE), DEFAULT_PRACTICE);
        const { values, issues } = parseSettingAttributes({ 'medicine-fee': '600', weeks: 'three' });
        const own = resolveSettings(values);
        const mine = estimate(defaultPricingPlan(own), own);
        console.log(JSON.stringify({ seed: formatMoney(seed.totalCents, 'USD', 'en-US'), mine: formatMoney(mine.totalCents, 'USD', 'en-US'), issues }));
      `);
      const result = JSON.parse(stdout);
      assert.equal(result.seed, '$4,810.00');
      assert.equal(result.mine, '$5,080.00');
      assert.equal(result.issues.length, 1);
      assert.match(result.issues[0].message, /^weeks="three" can't be used\./);
    });

    it('resolves every entry point through `exports`, and each file is there', async () => {
      const { stdout } = await node(`
        const names = ['kap-widgets', 'kap-widgets/define', 'kap-widgets/core', 'kap-widgets/kap-widgets.js',
          'kap-widgets/kap-widgets.iife.js', 'kap-widgets/custom-elements.json', 'kap-widgets/package.json'];
        console.log(JSON.stringify(names.map((name) => [name, import.meta.resolve(name)])));
      `);
      for (const [name, url] of JSON.parse(stdout)) {
        assert.ok(url.includes('/node_modules/kap-widgets/'), `${name} resolved to ${url}`);
        assert.ok(existsSync(new URL(url)), `${name} resolves to a missing file ${url}`);
      }
    });

    it('imports kap-widgets without registering anything, and kap-widgets/define registers every element', async () => {
      // Lit's Node build brings a minimal customElements registry, which is what lets a
      // server-side import (SSR, a test runner, a build step) load the package at all.
      const { stdout } = await node(`
        const { KapCostEstimator, KapPractice } = await import('kap-widgets');
        const before = ['kap-practice', 'kap-cost-estimator'].map((tag) => Boolean(globalThis.customElements?.get(tag)));
        await import('kap-widgets/define');
        await import('kap-widgets/define');
        const tags = ['kap-practice', 'kap-process-timeline', 'kap-cost-estimator', 'kap-booking-request', 'kap-intake-screen'];
        console.log(JSON.stringify({
          classes: [typeof KapCostEstimator, typeof KapPractice],
          before,
          after: tags.map((tag) => globalThis.customElements.get(tag)?.name ?? null),
          same: globalThis.customElements.get('kap-cost-estimator') === KapCostEstimator,
        }));
      `);
      const result = JSON.parse(stdout);
      assert.deepEqual(result.classes, ['function', 'function']);
      assert.deepEqual(result.before, [false, false], 'importing kap-widgets must not register elements');
      assert.ok(result.after.every(Boolean), `not every element was registered: ${JSON.stringify(result.after)}`);
      assert.equal(result.same, true, 'kap-widgets/define registers the classes that kap-widgets exports');
    });

    it('gives TypeScript users types for all three entry points', async () => {
      writeFileSync(
        join(project, 'check.ts'),
        [
          "import 'kap-widgets/define';",
          "import { KapCostEstimator, type KapEstimateChangeDetail } from 'kap-widgets';",
          "import { estimate, DEFAULT_PRACTICE, defaultPricingPlan } from 'kap-widgets/core';",
          'const total: number = estimate(defaultPricingPlan(DEFAULT_PRACTICE), DEFAULT_PRACTICE).totalCents;',
          'const detail: KapEstimateChangeDetail | undefined = undefined;',
          'export const used = [KapCostEstimator, total, detail];',
          '',
        ].join('\n'),
      );
      const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
      await run(process.execPath, [
        tsc, '--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--lib', 'es2022,dom',
        '--module', 'nodenext', '--moduleResolution', 'nodenext', '--experimentalDecorators', 'check.ts',
      ], { cwd: project }).catch((error) => assert.fail(`tsc failed:\n${error.stdout}${error.stderr}`));
    });
  });
});
