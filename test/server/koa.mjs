// Answers for the test endpoints, which are Koa middleware on the test runner's dev server.

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
