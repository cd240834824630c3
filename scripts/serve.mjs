// npm start: serves the demo site and the built files on 127.0.0.1, with a small booking
// receiver that prints each request it gets, the way a practice's form backend would see it.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { CSP_PAGES, STRICT_CSP } from './csp.mjs';
import { readBody, serveFile } from './http.mjs';

const ROOT = resolve('.');
const SERVED = ['demo', 'dist'];

const received = new Map();

async function bookingReceiver(request, response) {
  let body;
  try {
    body = JSON.parse(await readBody(request, 64 * 1024));
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

// Pages that prove the widgets work under a strict policy get one.
function headersFor(pathname) {
  const headers = { 'cache-control': 'no-cache' };
  if (CSP_PAGES.has(pathname)) headers['content-security-policy'] = STRICT_CSP;
  return headers;
}

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (pathname === '/') {
    response.writeHead(302, { location: '/demo/' });
    response.end();
    return;
  }
  if (pathname === '/api/booking' && request.method === 'POST') return bookingReceiver(request, response);
  if (request.method === 'GET' && (await serveFile(response, pathname, { root: ROOT, dirs: SERVED, headers: headersFor(pathname) }))) return;
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
