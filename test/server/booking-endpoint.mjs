// A Formspree-compatible booking endpoint for the browser tests, as Koa middleware on the test
// runner's own dev server (127.0.0.1). Each test takes a fresh session id, so tests running in
// parallel never see each other's requests:
//
//   POST /test-api/booking/<session>/<scenario>   the form posts here
//   GET  /test-api/booking/<session>/log          what this session's endpoint received
//   POST /test-api/booking/<session>/up           brings a "down" session's server back
//
// Scenarios (the last path segment of the POST):
//   ok         200 {ok, next}; a repeated idempotency key is answered 200 but not delivered twice
//   invalid    422 with Formspree `errors: [{field, code, message}]` (email and phone)
//   reject     403 {error} without field errors: a closed or missing form
//   fail-once  500 for the first request with a key, then as "ok" (a retry is recognised)
//   fail       500 always
//   busy       429 with Retry-After (?retry-after=<value>, default "1") the first time, then "ok"
//   slow       answers as "ok" after ?ms= (default 2000); ?times=1 slows only the first request
//   down       drops the connection without an answer until "up" is posted, then as "ok"
//   fail-then-drop  500 for the first request with a key; takes the second, then drops the
//              connection before answering (the client cannot know it arrived); then as "ok"
//
// The log: { requests: [{scenario, method, headers, body, key}], delivered: [body], keys: {key: count} }
// "requests" is everything that reached the server; "delivered" is what a practice would get.
// The key is the Idempotency-Key header of a same-origin request, or the `idempotencyKey` in
// the form-encoded body of a cross-origin one (test/server/cross-origin.mjs serves these same
// endpoints on other origins).

import { hangUp, readPayload, send } from './koa.mjs';

const PREFIX = '/test-api/booking/';
const sessions = new Map();

function session(id) {
  let entry = sessions.get(id);
  if (!entry) {
    entry = { requests: [], delivered: [], keys: {}, up: false, seen: new Set() };
    sessions.set(id, entry);
  }
  return entry;
}

/** Takes the request once per idempotency key, the way a careful receiver would. */
function take(entry, key, body) {
  if (!key || !entry.seen.has(key)) {
    if (key) entry.seen.add(key);
    entry.delivered.push(body);
  }
}

function deliver(ctx, entry, key, body) {
  take(entry, key, body);
  send(ctx, 200, { ok: true, next: 'https://example.com/thanks' });
}

/** Resolves after `ms`, or early with false when the client hangs up first. */
function waitUnlessGone(ctx, ms) {
  return new Promise((resolve) => {
    const gone = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      ctx.res.off('close', gone);
      resolve(true);
    }, ms);
    ctx.res.once('close', gone);
  });
}

export async function bookingEndpoint(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const [id, action] = ctx.path.slice(PREFIX.length).split('/');
  if (!id || !action) return send(ctx, 404, { error: 'Use /test-api/booking/<session>/<scenario>.' });
  const entry = session(id);

  if (ctx.method === 'GET' && action === 'log') {
    return send(ctx, 200, { requests: entry.requests, delivered: entry.delivered, keys: entry.keys });
  }
  if (ctx.method === 'POST' && action === 'up') {
    entry.up = true;
    return send(ctx, 200, { ok: true });
  }
  if (ctx.method !== 'POST') return send(ctx, 405, { error: 'POST only.' }, { Allow: 'POST' });

  let body, key, header;
  try {
    ({ body, key, header } = await readPayload(ctx));
  } catch {
    return send(ctx, 400, { error: 'Send JSON or form fields.' });
  }
  const count = key ? (entry.keys[key] = (entry.keys[key] ?? 0) + 1) : 1;
  entry.requests.push({
    scenario: action,
    method: ctx.method,
    headers: {
      accept: ctx.get('Accept'),
      'content-type': ctx.get('Content-Type'),
      'idempotency-key': header,
      cookie: ctx.get('Cookie'),
    },
    body,
    key,
  });

  switch (action) {
    case 'ok':
      return deliver(ctx, entry, key, body);
    case 'invalid':
      return send(ctx, 422, {
        error: 'Validation errors',
        errors: [
          { field: 'email', code: 'TYPE_EMAIL', message: 'should be an email' },
          { field: 'phone', code: 'TYPE_TEXT', message: 'is not a phone number we can call' },
        ],
      });
    case 'reject':
      return send(ctx, 403, { error: 'Form not found or disabled' });
    case 'fail-once':
      return count === 1 ? send(ctx, 500, { error: 'Internal error' }) : deliver(ctx, entry, key, body);
    case 'fail':
      return send(ctx, 500, { error: 'Internal error' });
    case 'busy':
      return count === 1
        ? send(ctx, 429, { error: 'Too many requests' }, { 'Retry-After': String(ctx.query['retry-after'] ?? '1') })
        : deliver(ctx, entry, key, body);
    case 'slow': {
      const times = Number(ctx.query.times ?? Infinity);
      if (entry.requests.length <= times) {
        const stillThere = await waitUnlessGone(ctx, Number(ctx.query.ms ?? 2000));
        if (!stillThere) return hangUp(ctx, 408);
      }
      return deliver(ctx, entry, key, body);
    }
    case 'fail-then-drop':
      if (count === 1) return send(ctx, 500, { error: 'Internal error' });
      if (count > 2) return deliver(ctx, entry, key, body);
      take(entry, key, body);
      ctx.req.socket.destroy();
      return hangUp(ctx, 503);
    case 'down':
      if (entry.up) return deliver(ctx, entry, key, body);
      ctx.req.socket.destroy();
      return hangUp(ctx, 503);
    default:
      return send(ctx, 404, { error: `Unknown scenario "${action}".` });
  }
}
