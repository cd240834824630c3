// npm start: serves the demo site and the built files on 127.0.0.1, with a small booking
// receiver that prints each request it gets, the way a practice's form backend would see it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { CSP_PAGES, STRICT_CSP } from './csp.mjs';

const ROOT = resolve('.');
const SERVED = ['demo', 'dist'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const received = new Map();

async function readBody(request) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > 64 * 1024) throw new Error('too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function bookingReceiver(request, response) {
  let body;
  try {
    body = JSON.parse(await readBody(request));
  } catch {
    response.writeHead(400, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: 'Send JSON.' }));
    return;
  }
  const key = request.headers['idempotency-key'] ?? body?.idempotencyKey;
  const repeat = key && received.has(key);
  if (!repeat) {
    received.set(key ?? `anon-${received.size}`, body);
    console.log(`\nBooking request received (${new Date().toLocaleString()}):`);
    console.log(JSON.stringify(body, null, 2));
  }
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ ok: true, next: '/demo/#contact' }));
}

async function serveFile(pathname, response) {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, '');
  const top = relative.split(/[/\\]/)[0];
  if (!SERVED.includes(top)) return false;
  let file = join(ROOT, relative);
  if (!file.startsWith(join(ROOT, top))) return false;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    // Pages that prove the widgets work under a strict policy get one.
    if (CSP_PAGES.has(pathname)) headers['content-security-policy'] = STRICT_CSP;
    response.writeHead(200, headers);
    response.end(body);
    return true;
  } catch {
    return false;
  }
}

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (pathname === '/') {
    response.writeHead(302, { location: '/demo/' });
    response.end();
    return;
  }
  if (pathname === '/api/booking' && request.method === 'POST') return bookingReceiver(request, response);
  if (request.method === 'GET' && (await serveFile(pathname, response))) return;
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('Not found');
});

const wanted = Number(process.env.PORT ?? 8080);
function listen(port, triesLeft) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && triesLeft > 0) listen(port + 1, triesLeft - 1);
    else throw error;
  });
  server.listen(port, '127.0.0.1', () => {
    const base = `http://127.0.0.1:${port}`;
    console.log(`\nkap-widgets demo: ${base}/demo/`);
    console.log(`Booking requests sent from the demo are printed here. Press Ctrl+C to stop.\n`);
  });
}
listen(wanted, 20);
