// npm run build:wordpress: dist/kap-widgets-wordpress.zip, the WordPress plugin in wordpress/
// with what it must not keep a copy of, written here from the build: the loader and its chunks,
// the settings table (from the core's SETTINGS, with the core's own messages), one block.json
// per widget (from custom-elements.json), and README.md's placeholder CSS. Needs `npm run build`
// first; runs it when dist/ is missing.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { PLACEHOLDER_CSS, SPANISH_PLACEHOLDER_CSS } from './placeholder-css.mjs';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const STAGE = join(DIST, 'wordpress', 'kap-widgets');
const ZIP = join(DIST, 'kap-widgets-wordpress.zip');

if (!['kap-loader.js', 'lib/core/index.js'].every((file) => existsSync(join(DIST, file))) || !existsSync(join(ROOT, 'custom-elements.json'))) {
  execFileSync('node', [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
}

const core = await import(join(DIST, 'lib/core/index.js'));
const { DOCUMENTED_SETTINGS: SETTINGS, parseSettingAttributes, parseByRule, propertyOf } = core;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));

const plugin = readFileSync(join(ROOT, 'wordpress/kap-widgets.php'), 'utf8');
const version = /^ \* Version:\s*(\S+)/m.exec(plugin)?.[1];
if (version !== pkg.version) fail(`wordpress/kap-widgets.php says Version ${version}, package.json ${pkg.version}.`);

/**
 * The values that make each rule kind fail in each of its ways. The PHP check decides which way
 * a value fails; the words it then shows are the core's own, read here by feeding the core
 * these values. A rule kind missing here has no check in PHP either, so the build stops.
 */
const PROBES = {
  text: (rule) => ({ empty: '', long: 'x'.repeat(rule.max + 1) }),
  currency: () => ({ bad: 'dollars' }),
  locale: () => ({ bad: '!' }),
  timezone: () => ({ bad: 'Mars/Base' }),
  money: () => ({ bad: 'x' }),
  count: () => ({ bad: 'x' }),
  states: () => ({ bad: 'ZZ' }),
  url: () => ({ bad: 'x' }),
  email: () => ({ bad: 'x' }),
  phone: () => ({ bad: 'x' }),
  npi: () => ({ format: 'x', check: '1234567890' }),
  ein: () => ({ bad: 'x' }),
  'service-code': () => ({ bad: 'x', ...(DELETED_CODES.length ? { deleted: DELETED_CODES[0] } : {}) }),
};

/** What the core answers for one attribute alone: the words after `attribute="value" can't be used. `. */
function accepted(attribute, value, extra = {}) {
  const { issues } = parseSettingAttributes({ ...extra, [attribute]: value });
  const issue = issues.find((found) => found.attribute === attribute);
  if (!issue) fail(`the core accepts ${attribute}="${value}", which should be refused.`);
  const prefix = core.issueMessage(attribute, value, '');
  if (!issue.message.startsWith(prefix)) fail(`the core's message for ${attribute} does not start with "${prefix}".`);
  return issue.message.slice(prefix.length);
}

const currencies = Object.fromEntries(Intl.supportedValuesOf('currency').map((code) => [code, core.minorDigits(code)]));
/** The money words depend on the currency's decimals only: one text per count, with the code left open. */
function moneyMessages(attribute) {
  const byDigits = {};
  for (const [code, digits] of Object.entries(currencies)) {
    if (String(digits) in byDigits) continue;
    byDigits[digits] = accepted(attribute, 'x', { currency: code }).replaceAll(code, '{currency}');
  }
  return byDigits;
}

/** The service codes the core refuses although they are well formed (deleted from CPT); their message names the code. */
const DELETED_CODES = [...core.DELETED_SERVICE_CODES];

/** Words that name the value itself (a deleted code) keep a place for it: `{code}`. */
function messagesFor(setting, probes) {
  if (setting.rule.kind === 'money') return moneyMessages(setting.attribute);
  return Object.fromEntries(
    Object.entries(probes).map(([mode, value]) => {
      const words = accepted(setting.attribute, value);
      return [mode, mode === 'deleted' ? words.replaceAll(value, '{code}') : words];
    }),
  );
}

const settings = SETTINGS.map((setting) => {
  const probes = PROBES[setting.rule.kind];
  if (!probes) fail(`no PHP check for the rule kind "${setting.rule.kind}" of ${setting.attribute}.`);
  const { key, attribute, group, rule, label, meaning, hint } = setting;
  // The README's markdown backticks mean nothing on a settings page or in the block editor.
  const defaultText = setting.defaultText.replaceAll('`', '');
  return { key, attribute, property: propertyOf(attribute), group, rule, label, meaning, defaultText, hint, messages: messagesFor(setting, probes(rule)) };
});

/** Language subtags the browser formats numbers for; any well-formed tag starting with one is accepted. */
const letters = 'abcdefghijklmnopqrstuvwxyz';
const candidates = [...letters].flatMap((a) => [...letters].flatMap((b) => [a + b, ...[...letters].map((c) => a + b + c)]));
const languages = candidates.filter((tag) => Intl.NumberFormat.supportedLocalesOf(tag).length > 0);

const table = {
  generatedFrom: `kap-widgets ${pkg.version}: dist/lib/core/index.js`,
  issueFormat: core.issueMessage('{attribute}', '{value}', '{accepted}'),
  settings,
  data: {
    currencies,
    languages,
    timeZones: [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])],
    usStates: core.US_STATES,
    maxCents: core.MAX_CENTS,
    deletedServiceCodes: DELETED_CODES,
    emailPattern: core.EMAIL_PATTERN.source,
  },
};

/** The widgets and their own attributes (the practice settings among them), from the manifest. */
const SETTING_BY_ATTRIBUTE = new Map(settings.map((setting) => [setting.attribute, setting]));
const ICONS = { 'kap-process-timeline': 'calendar-alt', 'kap-cost-estimator': 'calculator', 'kap-booking-request': 'email-alt', 'kap-intake-screen': 'clipboard' };
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName in ICONS);
if (declarations.length !== Object.keys(ICONS).length) fail('custom-elements.json does not declare every widget.');
const widgets = declarations.map((declaration) => {
  const slug = declaration.tagName.replace(/^kap-/, '');
  const attributes = (declaration.attributes ?? []).map((attribute) => {
    const type = attribute.type?.text ?? 'string';
    const choices = [...type.matchAll(/'([^']+)'/g)].map((match) => match[1]);
    const setting = SETTING_BY_ATTRIBUTE.get(attribute.name);
    return {
      attribute: attribute.name,
      property: attribute.fieldName,
      kind: type === 'boolean' ? 'boolean' : 'string',
      ...(choices.length ? { choices } : {}),
      group: setting ? 'practice' : 'widget',
      description: attribute.description ?? '',
      ...(setting ? { label: setting.label, defaultText: setting.defaultText } : {}),
    };
  });
  return {
    block: `kap/${slug}`,
    tag: declaration.tagName,
    shortcode: declaration.tagName.replaceAll('-', '_'),
    title: slug.replace(/^./, (c) => c.toUpperCase()).replaceAll('-', ' '),
    summary: declaration.summary ?? '',
    icon: ICONS[declaration.tagName],
    attributes,
  };
});

rmSync(join(DIST, 'wordpress'), { recursive: true, force: true });
cpSync(join(ROOT, 'wordpress'), STAGE, { recursive: true });
mkdirSync(join(STAGE, 'assets/chunks'), { recursive: true });
cpSync(join(DIST, 'kap-loader.js'), join(STAGE, 'assets/kap-loader.js'));
for (const file of readdirSync(join(DIST, 'chunks')).filter((name) => name.endsWith('.js'))) {
  cpSync(join(DIST, 'chunks', file), join(STAGE, 'assets/chunks', file));
}
mkdirSync(join(STAGE, 'generated'), { recursive: true });
writeJson(join(STAGE, 'generated/settings.json'), table);
writeJson(join(STAGE, 'generated/widgets.json'), widgets);
// README.md's placeholder heights, English then Spanish: the plugin prints them before the first widget.
writeFileSync(join(STAGE, 'generated/placeholders.css'), `${PLACEHOLDER_CSS}${SPANISH_PLACEHOLDER_CSS}`);
for (const widget of widgets) {
  const dir = join(STAGE, 'blocks', widget.block.slice('kap/'.length));
  mkdirSync(dir, { recursive: true });
  writeJson(join(dir, 'block.json'), {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 2,
    name: widget.block,
    version: pkg.version,
    title: `KAP ${widget.title.toLowerCase()}`,
    category: 'widgets',
    icon: widget.icon,
    description: widget.summary,
    keywords: ['kap', 'ketamine', 'therapy'],
    textdomain: 'kap-widgets',
    attributes: Object.fromEntries(
      widget.attributes.map((attribute) => [
        attribute.property,
        attribute.kind === 'boolean' ? { type: 'boolean', default: false } : { type: 'string' },
      ]),
    ),
    supports: { html: false, align: ['wide', 'full'] },
    editorScript: 'kap-widgets-editor',
  });
}

writeFileSync(ZIP, zip(STAGE, 'kap-widgets'));
console.log(`Wrote ${relative(ROOT, ZIP)} (${(statSync(ZIP).size / 1024).toFixed(0)} KB): kap-widgets ${pkg.version}, ${settings.length} settings, ${widgets.length} blocks.`);

function writeJson(path, value) {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

function fail(message) {
  console.error(`build:wordpress: ${message}`);
  process.exit(1);
}

/**
 * A zip archive of a folder (deflate, no extras), as WordPress's plugin uploader and `unzip`
 * read it. Written here because a fresh machine may have neither `zip` nor Python.
 */
function zip(folder, prefix) {
  const entries = [];
  const walk = (dir, name) => {
    entries.push({ name: `${name}/`, data: Buffer.alloc(0) });
    for (const child of readdirSync(dir).sort()) {
      const path = join(dir, child);
      if (statSync(path).isDirectory()) walk(path, `${name}/${child}`);
      else entries.push({ name: `${name}/${child}`, data: readFileSync(path) });
    }
  };
  walk(folder, prefix);
  const locals = [];
  const centrals = [];
  let offset = 0;
  // 1 January 2026, 00:00, in MS-DOS form: the same input gives the same archive.
  const dosTime = 0;
  const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const isDir = entry.name.endsWith('/');
    const packed = isDir ? entry.data : deflateRawSync(entry.data, { level: 9 });
    const crc = crc32(entry.data);
    // The local header and the central directory share these fields, at offsets 4 and 6.
    const common = (header, at) => {
      header.writeUInt16LE(20, at); // version needed: 2.0, deflate
      header.writeUInt16LE(0x0800, at + 2); // names are UTF-8
      header.writeUInt16LE(isDir ? 0 : 8, at + 4);
      header.writeUInt16LE(dosTime, at + 6);
      header.writeUInt16LE(dosDate, at + 8);
      header.writeUInt32LE(crc, at + 10);
      header.writeUInt32LE(packed.length, at + 14);
      header.writeUInt32LE(entry.data.length, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    common(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so the modes below are read
    common(central, 6);
    central.writeUInt32LE(((isDir ? 0o40755 : 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function crc32(data) {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}
