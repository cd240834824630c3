// The pages the benchmark loads, and the small server that serves them with dist/ on
// 127.0.0.1. Every page holds one widget and a paragraph below it, like a section of a
// practice's site, with the placeholder CSS that README.md tells therapists to paste.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serveFile } from '../scripts/http.mjs';

export const WIDGETS = ['kap-process-timeline', 'kap-cost-estimator', 'kap-booking-request', 'kap-intake-screen'];

/** How the widget gets onto the page: the whole bundle, the loader, or no script at all. */
export const MODES = {
  bundle: '<script type="module" src="/dist/kap-widgets.js"></script>',
  loader: '<script type="module" src="/dist/kap-loader.js"></script>',
  floor: '',
};

/**
 * The placeholder CSS of README.md ("To keep the page from jumping"), read from the README
 * itself so the benchmark measures exactly what therapists are told to paste.
 */
const README = await readFile(new URL('../README.md', import.meta.url), 'utf8');
export const PLACEHOLDER_CSS = /To keep the page from jumping[\s\S]*?```css\n([\s\S]*?)```/.exec(README)?.[1];
if (!PLACEHOLDER_CSS) throw new Error('README.md has lost its placeholder CSS block');

/**
 * Runs first on every page, before any other script: records long tasks, layout shifts and
 * the moment the widget is first drawn. "Drawn" is the end of the first frame in which the
 * widget's base part has a size: a task posted from requestAnimationFrame runs once that
 * frame's style, layout and paint are done. Same rule for the floor and for the widgets.
 */
const PROBE = `<script>
window.__bench = { longTasks: [], layoutShift: 0, drawn: null };
new PerformanceObserver((list) => { for (const entry of list.getEntries()) __bench.longTasks.push(entry.duration); })
  .observe({ type: 'longtask', buffered: true });
new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) __bench.layoutShift += entry.value; })
  .observe({ type: 'layout-shift', buffered: true });
function afterThisFrame(callback) {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => callback(performance.now());
  channel.port2.postMessage(null);
}
(function poll() {
  const base = document.querySelector('[data-bench]')?.shadowRoot?.querySelector('[part~="base"]');
  if (base && base.getBoundingClientRect().height > 0) afterThisFrame((now) => { __bench.drawn = now; });
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

/** Serves dist/ and the generated pages (/bench/<mode>/<widget>.html) on an ephemeral port. */
export async function startServer(floors) {
  const root = resolve('.');
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const match = /^\/bench\/(\w+)\/([\w-]+)\.html$/.exec(pathname);
    if (match && MODES[match[1]] !== undefined && WIDGETS.includes(match[2])) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(page(match[1], match[2], floors));
      return;
    }
    if (pathname === '/bench/blank.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
      return;
    }
    if (await serveFile(response, pathname, { root, dirs: ['dist'], headers: { 'cache-control': 'no-store' } })) return;
    response.writeHead(404);
    response.end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
