// Answers for the test endpoints, which are Koa middleware on the test runner's dev server
// (and on the cross-origin servers of cross-origin.mjs).
import { readBody } from '../../scripts/http.mjs';

/** Answers `status` with `body` (JSON for an object) and never lets it be cached. */
export function send(ctx, status, body, headers = {}) {
  ctx.status = status;
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  ctx.set('Cache-Control', 'no-store');
  ctx.body = body;
}

/**
 * Leaves the connection without an answer. The status is never sent; it only keeps the test
 * runner from reporting the path as a missing file.
 */
export function hangUp(ctx, status) {
  ctx.status = status;
  ctx.respond = false;
}

/**
 * A request's body and idempotency key. Same-origin forms post JSON with an `Idempotency-Key`
 * header; a request to another origin is CORS-simple, so it comes form-encoded with the key in
 * its body (`idempotencyKey`). Throws on a body that is neither JSON nor form fields.
 */
export async function readPayload(ctx, maxBytes = 256 * 1024) {
  const text = await readBody(ctx.req, maxBytes);
  const form = ctx.get('Content-Type').startsWith('application/x-www-form-urlencoded');
  const body = form ? Object.fromEntries(new URLSearchParams(text)) : text ? JSON.parse(text) : {};
  if (typeof body !== 'object' || body === null) throw new Error('not an object');
  const header = ctx.get('Idempotency-Key');
  const key = header || (typeof body.idempotencyKey === 'string' ? body.idempotencyKey : '');
  return { body, key, header };
}
