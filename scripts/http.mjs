// What the repository's small HTTP servers share: reading a request's body, and answering
// with a file from disk. Used by scripts/serve.mjs (npm start), the browser tests' endpoints
// in test/server/ and the bench's server (bench/pages.mjs); it listens on nothing itself.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

/** A request's body as text; throws once it grows past `maxBytes`. */
export async function readBody(stream, maxBytes = Infinity) {
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > maxBytes) throw new Error('body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

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

/**
 * Answers `pathname` with a file from one of the folders `dirs` of `root` (a folder's own
 * address gives its index.html), with `headers` besides the content type; `encode` may
 * compress the body, giving the headers that say how. Returns false, having sent nothing,
 * when there is no such file there.
 */
export async function serveFile(response, pathname, { root, dirs, headers = {}, encode = (body) => ({ body, headers: {} }) }) {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, '');
  const top = relative.split(/[/\\]/)[0];
  if (!dirs.includes(top)) return false;
  let file = join(root, relative);
  if (!file.startsWith(join(root, top))) return false;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const encoded = encode(await readFile(file));
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers, ...encoded.headers });
    response.end(encoded.body);
    return true;
  } catch {
    return false;
  }
}
