// npm run test:wordpress: the plugin in a real WordPress (Debian's WordPress 6.1, MariaDB and
// PHP on 127.0.0.1, from ../shared/wordpress). Installs dist/kap-widgets-wordpress.zip the way
// Plugins > Add New > Upload does, then, as the admin in Chromium, saves the settings page,
// publishes pages with every block and every shortcode and looks at what a visitor gets.
// Runs as root (setup.sh installs apt packages on a fresh machine); stops the servers at the end.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from '../../scripts/chrome-path.mjs';
import { placeholderHeights } from '../../scripts/placeholder-css.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
/** The WordPress set-up scripts: $KAP_WORDPRESS_TOOLS, else ../shared/wordpress beside the clone (CI). */
const TOOLS = [process.env.KAP_WORDPRESS_TOOLS, join(ROOT, '../shared/wordpress')]
  .filter(Boolean)
  .find((dir) => existsSync(join(dir, 'setup.sh')));
const PORT = process.env.WP_PORT ?? '8089';
const SITE = `http://127.0.0.1:${PORT}`;
const STATE = process.env.WP_STATE ?? join(process.env.TMPDIR ?? '/tmp', 'kap-wordpress');
const ZIP = join(ROOT, 'dist/kap-widgets-wordpress.zip');
const WIDGETS = ['kap-process-timeline', 'kap-cost-estimator', 'kap-booking-request', 'kap-intake-screen'];

/** Quotes, "<", "&", an "&amp;" typed as such and a "</script>": all must reach the widget as typed, inert. */
const HOSTILE_NAME = `Cedar "Sage" & <Ríos> &amp; Co's <img src=x onerror="kapInjected=1"></script><script>kapInjected=1</script>`;
/** A Monday well ahead, so the timeline shows its dated plan whatever day the test runs. */
const START = (() => {
  const day = new Date(Date.now() + 60 * 86_400_000);
  day.setUTCDate(day.getUTCDate() + ((8 - day.getUTCDay()) % 7));
  return day.toISOString().slice(0, 10);
})();

const timings = [];
const timed = async (label, work) => {
  const start = performance.now();
  try {
    return await work();
  } finally {
    timings.push(`${label} ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
};

/** PHP inside WordPress as the admin; what it prints. PHP's warnings on stderr fail the test. */
function php(code) {
  const result = spawnSync(join(TOOLS, 'php.sh'), [code], { encoding: 'utf8' });
  if (result.status !== 0 || result.stderr.trim()) throw new Error(`php.sh failed (${result.status}): ${result.stderr}${result.stdout}`);
  return result.stdout;
}
/** JSON in and out of php(): values go in base64, so no quoting can break the code. */
function phpJson(code, input) {
  const encoded = Buffer.from(JSON.stringify(input ?? null)).toString('base64');
  return JSON.parse(php(`$input = json_decode(base64_decode('${encoded}'), true); echo wp_json_encode((function ($input) { ${code} })($input));`));
}

function publish(slug, content) {
  return phpJson(
    `$old = get_page_by_path($input['slug'], OBJECT, 'page');
     $id = wp_insert_post(wp_slash(['ID' => $old ? $old->ID : 0, 'post_type' => 'page', 'post_status' => 'publish',
       'post_name' => $input['slug'], 'post_title' => $input['slug'], 'post_content' => $input['content']]), true);
     if (is_wp_error($id)) return ['error' => $id->get_error_message()];
     return ['id' => $id, 'url' => get_permalink($id)];`,
    { slug, content },
  );
}

const phpLogPath = join(STATE, 'php.log');
const ALL_ERRORS = join(STATE, 'www/wp-content/mu-plugins/kap-test-all-errors.php');
/**
 * WordPress hides notices and deprecations unless WP_DEBUG is on. For the plugin's own files
 * this logs every one of them; the rest of WordPress keeps its usual level.
 */
const ALL_ERRORS_PHP = `<?php // written by kap-widgets' test:wordpress, removed at its end
set_error_handler(function ($level, $message, $file, $line) {
  if (strpos($file, '/plugins/kap-widgets/') === false) return false;
  error_log("PHP error $level in kap-widgets: $message in $file on line $line");
  return true;
});
`;
let phpLogStart = 0;
let browser;
let admin;
let core;
let table;
/** The notices at the top of the settings page after the last submission. */
let lastNotices = [];

describe('the WordPress plugin', { timeout: 600_000 }, () => {
  before(async () => {
    assert.ok(TOOLS, 'no ../shared/wordpress/setup.sh beside the project (or set KAP_WORDPRESS_TOOLS)');
    const chrome = requireChrome('npm run test:wordpress');
    await timed('setup.sh', () => execFileSync(join(TOOLS, 'setup.sh'), { stdio: ['ignore', 'ignore', 'inherit'] }));
    await timed('build:wordpress', () => execFileSync('node', [join(ROOT, 'scripts/build-wordpress.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] }));
    mkdirSync(dirname(ALL_ERRORS), { recursive: true });
    writeFileSync(ALL_ERRORS, ALL_ERRORS_PHP);
    phpLogStart = existsSync(phpLogPath) ? statSync(phpLogPath).size : 0;
    core = await import(join(ROOT, 'dist/lib/core/index.js'));
    table = JSON.parse(readFileSync(join(ROOT, 'dist/wordpress/kap-widgets/generated/settings.json'), 'utf8'));
    browser = await chromium.launch({ executablePath: chrome, args: CHROME_ARGS });
  });

  after(async () => {
    await browser?.close();
    rmSync(ALL_ERRORS, { force: true });
    if (TOOLS) execFileSync(join(TOOLS, 'stop.sh'), { stdio: 'ignore' });
    console.log(`timings: ${timings.join(', ')}`);
  });

  it('has PHP files that all pass php -l', () => {
    const plugin = join(ROOT, 'dist/wordpress/kap-widgets');
    const files = readdirSync(plugin, { recursive: true })
      .filter((name) => name.endsWith('.php'))
      .map((name) => join(plugin, name));
    assert.ok(files.length >= 5);
    for (const file of files) execFileSync('php', ['-l', file], { stdio: 'ignore' });
  });

  it('installs from the zip as Upload Plugin does, and activates', async () => {
    const result = await timed('install', () =>
      phpJson(
        `require_once ABSPATH . 'wp-admin/includes/file.php';
         require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
         deactivate_plugins('kap-widgets/kap-widgets.php', true);
         delete_option('kap_widgets_settings');
         $upgrader = new Plugin_Upgrader(new Automatic_Upgrader_Skin());
         $installed = $upgrader->install($input, ['overwrite_package' => true]);
         $activated = activate_plugin('kap-widgets/kap-widgets.php');
         return ['installed' => $installed === true, 'activated' => $activated === null,
           'active' => is_plugin_active('kap-widgets/kap-widgets.php'), 'version' => get_plugin_data(WP_PLUGIN_DIR . '/kap-widgets/kap-widgets.php')['Version']];`,
        ZIP,
      ),
    );
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(result, { installed: true, activated: true, active: true, version: pkg.version });
  });

  it('gives the same verdict and the same words as the widgets for every setting', () => {
    const cases = parityCases(table.settings);
    const fromPhp = phpJson(
      `$out = [];
       foreach ($input as $case) { $out[] = array_column(kap_widgets_parse_settings($case)['issues'], 'message'); }
       return $out;`,
      cases,
    );
    const differences = [];
    cases.forEach((attributes, index) => {
      const fromJs = core.parseSettingAttributes(attributes, { baseUrl: `${SITE}/a-page/` }).issues.map((issue) => issue.message);
      if (JSON.stringify(fromJs) !== JSON.stringify(fromPhp[index])) differences.push({ attributes, js: fromJs, php: fromPhp[index] });
    });
    assert.deepEqual(differences, []);
    assert.ok(cases.length > 150, `${cases.length} cases`);
  });

  it('knows every time zone name PHP knows as the browser does', () => {
    const names = phpJson(`return DateTimeZone::listIdentifiers(DateTimeZone::ALL_WITH_BC);`);
    const verdicts = phpJson(
      `return array_map(function ($name) { return kap_widgets_parse_settings(['timezone' => $name])['issues'] === []; }, $input);`,
      names,
    );
    const browserAccepts = (name) => core.parseSettingAttributes({ timezone: name }).issues.length === 0;
    assert.deepEqual(names.filter((name, index) => verdicts[index] !== browserAccepts(name)), []);
    assert.ok(names.length > 400);
  });

  it('logs the admin in', async () => {
    admin = await browser.newPage();
    await admin.goto(`${SITE}/wp-login.php`);
    await admin.fill('#user_login', 'admin');
    await admin.fill('#user_pass', 'admin');
    await Promise.all([admin.waitForURL(/\/wp-admin\//), admin.click('#wp-submit')]);
  });

  it('refuses a bad value in every field with the widgets own message, saving none of them', async () => {
    const bad = Object.fromEntries(table.settings.map((setting) => [setting.attribute, badValue(setting)]));
    const shown = await submitSettings(bad);
    assert.equal(lastNotices.filter((text) => text.includes("can't be used")).length, table.settings.length, 'one notice per field');
    const expected = Object.fromEntries(
      core.parseSettingAttributes(bad, { baseUrl: `${SITE}/` }).issues.map((issue) => [issue.attribute, issue.message]),
    );
    assert.equal(Object.keys(expected).length, table.settings.length, 'every probe value is bad for the core too');
    for (const setting of table.settings) {
      const field = shown[setting.attribute];
      assert.equal(field.value, bad[setting.attribute], `${setting.attribute} is shown back as typed`);
      assert.equal(field.invalid, 'true', `${setting.attribute} is marked invalid`);
      assert.equal(field.message, expected[setting.attribute], `${setting.attribute}'s message`);
      assert.ok(field.notice.includes(expected[setting.attribute]), `the notice names ${setting.attribute}`);
    }
    assert.deepEqual(savedSettings(), {});
  });

  it('saves the settings, refuses a bad fee and a javascript: address, and keeps everything else typed', async () => {
    const good = siteSettings();
    const typed = { ...good, 'session-fee': '$200', 'privacy-policy-url': 'javascript:alert(document.cookie)' };
    const shown = await submitSettings(typed);
    for (const [attribute, value] of Object.entries(typed)) assert.equal(shown[attribute].value, value, `${attribute} as typed`);
    assert.equal(shown['session-fee'].invalid, 'true');
    assert.match(shown['session-fee'].message, /^session-fee="\$200" can't be used\. Write the amount in USD/);
    assert.equal(shown['privacy-policy-url'].invalid, 'true');
    assert.match(shown['privacy-policy-url'].message, /^privacy-policy-url="javascript:alert\(document\.cookie\)" can't be used\./);
    assert.equal(shown['medicine-fee'].invalid, null);
    const { 'session-fee': _fee, 'privacy-policy-url': _url, ...kept } = good;
    assert.deepEqual(savedSettings(), kept);

    const fixed = await submitSettings(good);
    assert.ok(Object.values(fixed).every((field) => field.invalid === null));
    assert.match(await admin.locator('#setting-error-settings_updated').innerText(), /Settings saved/);
    assert.deepEqual(savedSettings(), good);
  });

  it('renders every block with the site settings, a block setting winning', async () => {
    const page = publish(
      'kap-blocks',
      [
        `<!-- wp:kap/process-timeline ${JSON.stringify({ startDate: START })} /-->`,
        `<!-- wp:kap/cost-estimator ${JSON.stringify({ medicineFee: '700' })} /-->`,
        `<!-- wp:kap/booking-request ${JSON.stringify({ replyDays: '3' })} /-->`,
        `<!-- wp:kap/intake-screen ${JSON.stringify({ bookingUrl: 'https://cedarsage.example/book', shareResultsWithPage: true })} /-->`,
      ].join('\n'),
    );
    const seen = await visit(page.url);
    assert.deepEqual(seen.pluginScripts, ['kap-loader.js module']);
    for (const tag of WIDGETS) {
      assert.equal(seen.widgets[tag].attributes['practice-name'], HOSTILE_NAME);
      assert.equal(seen.widgets[tag].attributes['contact-email'], 'hello@cedarsage.example');
      assert.equal(seen.widgets[tag].errorPanels, 0, `${tag} shows no settings error`);
    }
    assert.match(seen.widgets['kap-process-timeline'].text, /4 sessions over 3 weeks/);
    assert.ok(seen.widgets['kap-process-timeline'].dates >= 10, 'the timeline shows its dated plan');
    assert.match(seen.widgets['kap-cost-estimator'].text, /3 hours, \$700\.00 each/, 'the block fee wins');
    assert.match(seen.widgets['kap-cost-estimator'].text, /50 minutes, \$200\.00 each/, 'the site fee applies');
    assert.ok(seen.widgets['kap-cost-estimator'].text.includes(HOSTILE_NAME), 'the practice name reads as typed');
    assert.equal(seen.widgets['kap-booking-request'].attributes['reply-days'], '3');
    assert.equal(seen.widgets['kap-intake-screen'].attributes['share-results-with-page'], '');
    assert.equal(seen.injected, false);
    assert.equal(seen.placeholderStyles, 1, 'the placeholder CSS, once for four widgets');

    // Before the loader has brought their code, each widget holds README.md's desktop height.
    const held = await heightsBeforeCode(page.url);
    for (const tag of WIDGETS) {
      assert.equal(held[tag], placeholderHeights(tag)[1], `${tag} keeps its placeholder height`);
    }
  });

  it('renders every shortcode with the site settings, a shortcode attribute winning', async () => {
    const hostileUrl = `https://cedarsage.example/gfe?a="b"&c=<d>&amp;e`;
    const page = publish(
      'kap-shortcodes',
      [
        `[kap_process_timeline start_date="${START}" weeks="5" date_picker]`,
        `[kap_cost_estimator gfe_url='${hostileUrl}']`,
        '[kap_booking_request contact_email="own@cedarsage.example"]',
        '[kap_intake_screen booking_url="https://cedarsage.example/book"]',
      ].join('\n\n'),
    );
    const seen = await visit(page.url);
    assert.deepEqual(seen.pluginScripts, ['kap-loader.js module']);
    for (const tag of WIDGETS) {
      assert.equal(seen.widgets[tag].attributes['practice-name'], HOSTILE_NAME);
      assert.equal(seen.widgets[tag].errorPanels, 0, `${tag} shows no settings error`);
    }
    assert.match(seen.widgets['kap-process-timeline'].text, /4 sessions over 5 weeks/, 'the shortcode weeks win');
    assert.equal(seen.widgets['kap-process-timeline'].attributes['date-picker'], '');
    assert.match(seen.widgets['kap-cost-estimator'].text, /3 hours, \$600\.00 each/);
    assert.equal(seen.widgets['kap-cost-estimator'].attributes['gfe-url'], hostileUrl);
    assert.equal(seen.widgets['kap-booking-request'].attributes['contact-email'], 'own@cedarsage.example');
    assert.equal(seen.injected, false);
  });

  it('loads no plugin script on a page without a widget', async () => {
    const page = publish('kap-none', '<!-- wp:paragraph -->\n<p>No widgets here.</p>\n<!-- /wp:paragraph -->');
    const seen = await visit(page.url);
    assert.deepEqual(seen.pluginScripts, []);
    assert.deepEqual(seen.pluginRequests, []);
    assert.equal(seen.placeholderStyles, 0);
  });

  it('shows the real widget in the block editor, with its settings in the sidebar', async () => {
    const { id } = publish('kap-editor', `<!-- wp:kap/cost-estimator ${JSON.stringify({ medicineFee: '700' })} /-->`);
    await timed('block editor', async () => {
      await admin.goto(`${SITE}/wp-admin/post.php?post=${id}&action=edit`);
      await admin.waitForFunction(() => window.wp?.data?.select('core/block-editor').getBlocks().length > 0);
      await admin.evaluate(() => {
        const { select, dispatch } = window.wp.data;
        if (select('core/edit-post').isFeatureActive('welcomeGuide')) dispatch('core/edit-post').toggleFeature('welcomeGuide');
        dispatch('core/block-editor').selectBlock(select('core/block-editor').getBlocks()[0].clientId);
        dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
      });
      const estimator = admin.locator('.editor-styles-wrapper kap-cost-estimator');
      await estimator.locator('[part~="total"]').waitFor();
      assert.equal(await estimator.getAttribute('practice-name'), HOSTILE_NAME);
      assert.equal(await admin.evaluate(() => 'kapInjected' in window), false);
      assert.match(await estimator.locator('[part~="base"]').innerText(), /3 hours, \$700\.00 each/);
      const field = admin.getByLabel('GFE URL', { exact: true });
      await field.fill('https://cedarsage.example/estimate');
      assert.equal(await estimator.getAttribute('gfe-url'), 'https://cedarsage.example/estimate');
      assert.equal(
        await admin.evaluate(() => window.wp.data.select('core/block-editor').getBlocks()[0].attributes.gfeUrl),
        'https://cedarsage.example/estimate',
      );
    });
  });

  it('leaves PHP\'s error log empty', () => {
    const log = existsSync(phpLogPath) ? readFileSync(phpLogPath, 'utf8').slice(phpLogStart) : '';
    const errors = log.split('\n').filter((line) => /PHP (Fatal error|Parse error|Warning|Notice|Deprecated|error \d+ in kap-widgets)/.test(line));
    assert.deepEqual(errors, []);
  });

  it('deletes its option when uninstalled', () => {
    const result = phpJson(
      `require_once ABSPATH . 'wp-admin/includes/file.php';
       deactivate_plugins('kap-widgets/kap-widgets.php', true);
       $deleted = delete_plugins(['kap-widgets/kap-widgets.php']);
       return ['deleted' => $deleted === true, 'option' => get_option('kap_widgets_settings', 'gone')];`,
    );
    assert.deepEqual(result, { deleted: true, option: 'gone' });
  });
});

/** The settings a practice saves: every one of them, the hostile name among them. */
function siteSettings() {
  return {
    'practice-name': HOSTILE_NAME,
    currency: 'USD',
    locale: 'en-US',
    'medicine-fee': '600',
    'medicine-minutes': '180',
    'session-fee': '200',
    'session-minutes': '50',
    'preparation-sessions': '2',
    'medicine-sessions': '4',
    weeks: '3',
    'integration-per-medicine': '1',
    'service-area': 'WA OR',
    'booking-endpoint': 'https://formspree.io/f/cedarsage',
    'contact-email': 'hello@cedarsage.example',
    'contact-phone': '206-555-0100',
    'privacy-policy-url': 'https://cedarsage.example/privacy',
    timezone: 'America/Los_Angeles',
    ...GFE_GOOD,
  };
}

/** Good values for the Good Faith Estimate settings. */
const GFE_GOOD = {
  'provider-name': 'Jane Rivera, LMHC',
  'provider-npi': '1234567893',
  'provider-tin': '12-3456789',
  'practice-address': '100 Main St, Seattle, WA 98101',
  'medicine-code': '90837',
  'session-code': '90834',
  'gfe-months': '12',
};

/** One value each rule refuses (on the settings page an empty field means "use the default"). */
function badValue(setting) {
  const bad = {
    text: 'x'.repeat((setting.rule.max ?? 0) + 1),
    currency: 'dollars',
    locale: 'en_US',
    timezone: 'Pacific Time',
    money: '$600',
    count: '2.5',
    states: 'Washington',
    url: 'javascript:alert(1)',
    email: 'hello at example.com',
    phone: 'call us',
    npi: '1234567890',
    ein: '12-34567',
    'service-code': 'nine',
  };
  return bad[setting.rule.kind];
}

/** Values for each rule kind, good and bad, each tried alone and next to another currency. */
function parityCases(settings) {
  const values = {
    text: (rule) => ['', '   ', 'Cedar & Sage', HOSTILE_NAME, 'x'.repeat(rule.max), 'x'.repeat(rule.max + 1), `x${'😀'.repeat(Math.ceil(rule.max / 2))}`, `  ${'y'.repeat(rule.max)}  `, 'é'.repeat(80)],
    currency: () => ['USD', 'usd', ' eur ', 'JPY', 'dollars', 'US', 'ZZZ', '', 'U$D', 'XAU'],
    locale: () => ['en-US', 'es-US', 'EN-us', 'fr-CA', 'zh-Hant-TW', 'en_US', 'xx', 'i-klingon', 'en-', '', 'de-1996-1996', 'en-u-ca-gregory', 'en-x-foo', 'en-a-bbb-a-ccc', 'iw', 'sr-Latn-RS', 'english', 'en-US-x', 'tlh', 'en-t-419', 'en-t-h0', 'en-t-en-h0-hybrid', 'en-u-a1', 'en-u-ca-12', 'en-u-ca-gregory-ca-buddhist'],
    timezone: () => ['America/Los_Angeles', 'america/new_york', 'US/Pacific', 'UTC', 'utc', 'GMT', 'EST5EDT', 'Asia/Calcutta', 'Asia/Kolkata', 'Europe/Kiev', 'Mars/Base', '', 'Pacific Time', '+05:00', 'Etc/GMT+5', 'America/Argentina/Buenos_Aires'],
    money: () => ['555', '555.5', '555.50', '555.505', '0', ' 600 ', '$600', '1,200', '-5', '1e3', '', '.5', '5.', '10000000', '10000000.01', '10000001', '999999999999.99', '0000000000000600', '０'],
    count: () => ['0', '1', '2', '4', '10', '12', '52', '600', '601', '6.0', 'six', '1e1', ' 3 ', '-1', '0012', '99999', ''],
    states: () => ['WA', 'wa', 'WA OR', 'wa,or', 'WA, OR', 'PR GU', 'ZZ', 'WA ZZ', '', ',', 'Washington'],
    url: () => ['https://cedarsage.example/privacy', 'http://localhost:8080/x', 'HTTPS://CEDARSAGE.EXAMPLE', 'https:cedarsage.example', '/api/booking', '//cdn.example/x', 'javascript:alert(1)', 'JavaScript:alert(1)', 'java\tscript:alert(1)', 'mailto:hello@cedarsage.example', 'tel:+12065550100', 'ftp://cedarsage.example', 'data:text/html,x', 'https://', 'https://exa mple.com', 'https://999.1.1.1', 'https://1.2.3.4/', 'https://0x7f.1/', 'https://cedarsage.example:99999/', 'https://cedarsage.example:443/', 'cedarsage.example', 'https://user:pw@cedarsage.example', 'https://ünicode.example/', 'https://[::1]/'],
    email: () => ['hello@cedarsage.example', 'a.b+c@d.co', 'x@', 'a@b', 'a@b.c', '.a@b.co', 'a..b@c.co', 'hello at example.com', '', 'ü@x.co', `${'a'.repeat(250)}@b.co`],
    npi: () => ['1234567893', ' 1234567893 ', '1234567890', '123456789', '12345678930', '1234-567-893', 'abcdefghij', ''],
    ein: () => ['12-3456789', '123456789', '00-0000000', '000000000', '12-34567', '1-23456789', '12 3456789', ''],
    'service-code': () => ['90837', '90834', '0820t', ' 0820T ', 'G0017', '99354', ' 99355 ', '9083', '908377', 'nine', 'A1234', '1234AB', ''],
    phone: () => ['206-555-0100', '+1 206 555 0100', '(206) 555.0100', '5550100', '12345', 'call us', '+12345678901234567', '206 555 0100 ext 2', '٢٠٦٥٥٥٠١٠٠', ''],
  };
  const cases = [];
  for (const setting of settings) {
    const list = values[setting.rule.kind]?.(setting.rule) ?? [];
    for (const value of list) {
      cases.push({ [setting.attribute]: value });
      if (setting.rule.kind === 'money') cases.push({ currency: 'JPY', [setting.attribute]: value }, { currency: 'BHD', [setting.attribute]: value });
    }
  }
  return cases;
}

/** What is stored in the option, read back through WordPress. */
function savedSettings() {
  return phpJson(`return (object) get_option('kap_widgets_settings', []);`);
}

/** Types values into Settings > KAP Widgets (empty for the rest), saves, and reads the page that follows. */
async function submitSettings(values) {
  return timed('settings page', async () => {
    await admin.goto(`${SITE}/wp-admin/options-general.php?page=kap-widgets`);
    for (const setting of table.settings) await admin.fill(`#kap-${setting.attribute}`, values[setting.attribute] ?? '');
    await Promise.all([admin.waitForURL(/settings-updated=/), admin.click('#submit')]);
    const notices = await admin.locator('.settings-error').allInnerTexts();
    lastNotices = notices;
    const shown = {};
    for (const setting of table.settings) {
      const input = admin.locator(`#kap-${setting.attribute}`);
      const error = admin.locator(`#kap-${setting.attribute}-error .kap-widgets-message`);
      const message = (await error.count()) ? await error.textContent() : null;
      shown[setting.attribute] = {
        value: await input.inputValue(),
        invalid: await input.getAttribute('aria-invalid'),
        message,
        notice: notices.find((text) => message && text.includes(message)) ?? '',
      };
    }
    return shown;
  });
}

/** A visitor's view of a page: the plugin's scripts, and each widget's attributes and rendered text. */
/** Each widget's height on the page at `url` with the loader held back, in a 1280 px window. */
async function heightsBeforeCode(url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route('**/kap-loader.js*', (route) => route.abort());
  await page.goto(url);
  const heights = await page.evaluate(
    (all) => Object.fromEntries(all.map((tag) => [tag, document.querySelector(tag).getBoundingClientRect().height])),
    WIDGETS,
  );
  await page.close();
  return heights;
}

async function visit(url) {
  return timed('visitor page', async () => {
    const page = await browser.newPage();
    const pluginRequests = [];
    page.on('request', (request) => {
      if (request.url().includes('/wp-content/plugins/kap-widgets/')) pluginRequests.push(request.url().replace(/^.*\/kap-widgets\//, ''));
    });
    await page.goto(url);
    const tags = await page.evaluate((all) => all.filter((tag) => document.querySelector(tag)), WIDGETS);
    // The placeholder CSS gives each widget its height, so the last ones start screens below the
    // first: a visitor scrolls to them, and the loader brings their code as they come near.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction((present) => present.every((tag) => customElements.get(tag) && document.querySelector(tag).shadowRoot?.querySelector('[part~="base"]')), tags);
    const seen = await page.evaluate((all) => {
      const widgets = {};
      for (const element of document.querySelectorAll(all.join())) {
        const root = element.shadowRoot;
        widgets[element.localName] = {
          attributes: Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])),
          text: root.querySelector('[part~="base"]').innerText,
          errorPanels: root.querySelectorAll('[part~="error"]').length,
          dates: root.querySelectorAll('[part~="date"]').length,
        };
      }
      const pluginScripts = [...document.querySelectorAll('script[src*="/plugins/kap-widgets/"]')].map(
        (script) => `${script.src.replace(/^.*\/|\?.*$/g, '')} ${script.type}`,
      );
      return {
        widgets,
        pluginScripts,
        placeholderStyles: document.querySelectorAll('style#kap-widgets-placeholders').length,
        injected: 'kapInjected' in window || document.querySelector('img[src="x"]') !== null,
      };
    }, WIDGETS);
    await page.close();
    return { ...seen, pluginRequests };
  });
}
