// The pages the benchmark loads, and the small server that serves them with dist/ on
// 127.0.0.1. Every widget page holds one widget and a paragraph below it, like a section of a
// practice's site; the practice page holds all four in a practice's sections, as README.md's
// snippet puts them. Each has the placeholder CSS that README.md tells therapists to paste.
// Like any web host, the server compresses what it sends (brotli, else gzip).
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { serveFile } from '../scripts/http.mjs';
// README.md's own placeholder CSS: the benchmark measures exactly what therapists are told to paste.
import { PLACEHOLDER_CSS } from '../scripts/placeholder-css.mjs';

export const WIDGETS = ['kap-process-timeline', 'kap-cost-estimator', 'kap-booking-request', 'kap-intake-screen'];

/** How the widget gets onto the page: the whole bundle, the loader, or no script at all. */
export const MODES = {
  bundle: '<script type="module" src="/dist/kap-widgets.js"></script>',
  loader: '<script type="module" src="/dist/kap-loader.js"></script>',
  floor: '',
};

/**
 * Runs first on every widget's page, before any other script: records long tasks, layout shifts,
 * how far the paragraph below the widget moved in the frames before the widget was drawn (the
 * placeholder CSS should hold it still; layout-shift entries missed a frame in which a defined
 * but not yet drawn widget had no height) and the moment the widget is first drawn. "Drawn" is
 * the end of the first frame in which the widget's base part has a size: a task posted from
 * requestAnimationFrame runs once that frame's style, layout and paint are done. Same rule for
 * the floor and for the widgets.
 */
const PROBE = `<script>
window.__bench = { longTasks: [], layoutShift: 0, drawn: null, moved: 0 };
__bench.whenDrawn = new Promise((resolve) => { __bench.resolveDrawn = resolve; });
new PerformanceObserver((list) => { for (const entry of list.getEntries()) __bench.longTasks.push(entry.duration); })
  .observe({ type: 'longtask', buffered: true });
new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) __bench.layoutShift += entry.value; })
  .observe({ type: 'layout-shift', buffered: true });
function afterThisFrame(callback) {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => callback(performance.now());
  channel.port2.postMessage(null);
}
let belowAt = null;
(function poll() {
  const below = document.querySelector('[data-bench] ~ p');
  if (below) {
    const top = below.getBoundingClientRect().top;
    belowAt ??= top;
    __bench.moved = Math.max(__bench.moved, Math.abs(top - belowAt));
  }
  const base = document.querySelector('[data-bench]')?.shadowRoot?.querySelector('[part~="base"]');
  if (base && base.getBoundingClientRect().height > 0) afterThisFrame((now) => { __bench.drawn = now; __bench.resolveDrawn(now); });
  else requestAnimationFrame(poll);
})();
</script>`;

/**
 * The floor: the same widget's DOM as static HTML, a declarative shadow root holding the
 * markup and the styles the widget rendered, and no script. It is what the same pixels cost
 * a browser with no JavaScript at all. A <div> hosts it, so the placeholder CSS (which is for
 * undefined kap-* elements) does not apply to it.
 */
function floorMarkup({ css, html }) {
  return `<div data-bench><template shadowrootmode="open"><style>${css}</style>${html}</template></div>`;
}

function page(mode, widget, floors) {
  const body = mode === 'floor' ? floorMarkup(floors.get(widget)) : `<${widget} data-bench></${widget}>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench: ${widget} (${mode})</title>
<style>body { margin: 16px; font-family: system-ui, sans-serif; }${PLACEHOLDER_CSS}</style>
${PROBE}
${MODES[mode]}
</head>
<body>
${body}
<p>The practice's page goes on below the widget: if the widget's height differs from its placeholder, this paragraph moves.</p>
</body>
</html>`;
}

const SECTIONS = [
  ['How ketamine-assisted psychotherapy works', 'KAP is a process of preparation, the medicine sessions themselves, and integration work. Each phase plays its part in your safety and in what the treatment can do for you.', '<kap-process-timeline date-picker></kap-process-timeline>'],
  ['Investment in your healing', 'Medicine sessions are $555 per 3-hour session; preparation and integration sessions are $185 per 50-minute session. Most insurance plans do not cover ketamine therapy, but out-of-network benefits may reimburse part of it.', '<kap-cost-estimator></kap-cost-estimator>'],
  ['Is this treatment right for you?', 'This private self-screen stays in your browser: nothing you answer is sent anywhere. It helps you decide whether to talk with me about KAP.', '<kap-intake-screen booking-url="#contact"></kap-intake-screen>'],
  ['Ready to explore a new path forward?', 'I am here to answer your questions, assess whether KAP is right for you, and support you through every phase of this healing journey.', '<kap-booking-request id="contact"></kap-booking-request>'],
];

/**
 * A practice's page: a header and an introduction filling most of a phone's first screen,
 * then a section per widget, inside <kap-practice> as README.md's snippet has it, with the
 * default settings: the placeholder heights README.md gives are those the widgets draw with
 * them, and a setting that adds text (a contact address) makes a widget taller. Mode
 * `floor` is the same page without the widgets and without a script: what the page costs
 * before any widget is added.
 */
function practicePage(mode) {
  const sections = SECTIONS.map(
    ([title, intro, widget]) => `<section><h2>${title}</h2><p>${intro}</p>${mode === 'floor' ? '' : widget}</section>`,
  ).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ketamine-Assisted Psychotherapy, a practice in Washington State (${mode})</title>
<meta name="description" content="Ketamine-assisted psychotherapy in Washington State: how it works, what it costs, a private self-screen and a consultation request.">
<style>body { margin: 0; font: 17px/1.55 system-ui, sans-serif; color: #1d2326; } header, main, footer { padding: 0 16px; max-width: 60rem; margin: 0 auto; } h1 { font-size: 1.9rem; line-height: 1.2; } section { margin: 2.5rem 0; }
${PLACEHOLDER_CSS}</style>
${MODES[mode]}
</head>
<body>
<header><p><strong>Ketamine-Assisted Psychotherapy</strong>, a therapist's practice in Washington State</p></header>
<main>
<h1>A transformative approach to healing treatment-resistant depression and anxiety</h1>
<p>If you have tried several medications and months or years of therapy and still find yourself struggling with depression or anxiety that will not lift, you are not alone, and you are not out of options.</p>
<p>Ketamine-assisted psychotherapy pairs a legal medicine, given in a safe setting, with the work of therapy before and after it.</p>
<kap-practice>
${sections}
</kap-practice>
</main>
<footer><p>If you are in crisis, call or text 988.</p></footer>
</body>
</html>`;
}

/** Compressed once per file and encoding, as a host's cache of compressed files would. */
const compressed = new Map();
function encode(body, accepted) {
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
  if (!encoding) return { body, headers: {} };
  const key = `${encoding}|${body}`;
  if (!compressed.has(key)) {
    compressed.set(
      key,
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }),
    );
  }
  return { body: compressed.get(key), headers: { 'content-encoding': encoding, vary: 'accept-encoding' } };
}

/** Serves dist/ and the generated pages (/bench/<mode>/<widget or practice>.html) on an ephemeral port. */
export async function startServer(floors) {
  const root = resolve('.');
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (type, body) => {
      const { body: bytes, headers } = encode(body, request.headers['accept-encoding'] ?? '');
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      response.end(bytes);
    };
    const match = /^\/bench\/(\w+)\/([\w-]+)\.html$/.exec(pathname);
    if (match && MODES[match[1]] !== undefined && WIDGETS.includes(match[2])) return send('text/html; charset=utf-8', page(match[1], match[2], floors));
    if (match && MODES[match[1]] !== undefined && match[2] === 'practice') return send('text/html; charset=utf-8', practicePage(match[1]));
    if (pathname === '/bench/blank.html') return send('text/html; charset=utf-8', '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
    const accepted = request.headers['accept-encoding'] ?? '';
    if (await serveFile(response, pathname, { root, dirs: ['dist'], headers: { 'cache-control': 'no-store' }, encode: (body) => encode(body, accepted) })) return;
    response.writeHead(404);
    response.end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
