// A booking receiver with a bad day, for the soak test: Koa middleware on the test runner's
// own dev server (127.0.0.1). Each run takes its own id, so parallel runs never mix:
//
//   POST /hardening/flaky-booking/<run>?fail=0.3&hold=<ms>   the client posts here
//   GET  /hardening/flaky-booking/<run>/stats                 what this run's receiver saw
//
// A share `fail` of attempts (chosen by a generator seeded from the run id, so a run can be
// replayed) goes wrong in one of four ways, a quarter each:
//   500          answers 500 before taking the request
//   drop-before  drops the connection before taking the request
//   drop-after   takes the request, then drops the connection: the client never hears "ok"
//   timeout      takes the request, then answers only after `hold` ms, past the client's limit
// The last two are why the receiver de-duplicates by idempotency key, as a practice's form
// backend must: the client cannot tell them from a lost request and sends again. The key is the
// Idempotency-Key header (same origin) or the body's `idempotencyKey` (a form-encoded request
// from another origin: test/server/cross-origin.mjs serves this receiver there too).
//
// Stats: { attempts, failures: {mode: count}, delivered: {key: body}, deliveries: {key: count},
//          copies: [{name, reference, key, header, mode}] }, one copy per attempt, in order
//          of arrival, so a test can check what each repeat carried.

import { hangUp, readPayload, send } from '../../server/koa.mjs';

const PREFIX = '/hardening/flaky-booking/';
const MODES = ['500', 'drop-before', 'drop-after', 'timeout'];
const runs = new Map();

/** mulberry32: a small seeded generator, so the same run id fails the same attempts. */
function seeded(text) {
  let state = [...text].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 2654435761) >>> 0, 7);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function run(id) {
  let entry = runs.get(id);
  if (!entry) {
    entry = {
      random: seeded(id),
      attempts: 0,
      failures: Object.fromEntries(MODES.map((mode) => [mode, 0])),
      delivered: {},
      deliveries: {},
      copies: [],
    };
    runs.set(id, entry);
  }
  return entry;
}

/** Leaves the client without an answer; the status only keeps the runner from logging a 404. */
function dropConnection(ctx) {
  ctx.req.socket.destroy();
  hangUp(ctx, 503);
}

/** Takes a request once per key: a repeat is answered "ok" but not delivered again. */
function take(entry, key, body) {
  entry.deliveries[key] = (entry.deliveries[key] ?? 0) + 1;
  if (entry.deliveries[key] === 1) entry.delivered[key] = body;
}

export async function flakyBooking(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const [id, action] = ctx.path.slice(PREFIX.length).split('/');
  if (!id) return send(ctx, 404, { error: 'Use /hardening/flaky-booking/<run>.' });
  const entry = run(id);
  if (ctx.method === 'GET' && action === 'stats') {
    const { random: _random, ...stats } = entry;
    return send(ctx, 200, stats);
  }
  if (ctx.method !== 'POST' || action) return send(ctx, 405, { error: 'POST to /hardening/flaky-booking/<run>.' });

  let body, key, header;
  try {
    ({ body, key, header } = await readPayload(ctx, Infinity));
  } catch {
    return send(ctx, 400, { error: 'Send JSON or form fields.' });
  }
  if (!key) return send(ctx, 400, { error: 'Send an idempotency key.' });
  entry.attempts += 1;

  const failShare = Number(ctx.query.fail ?? 0.3);
  const mode = entry.random() < failShare ? MODES[Math.floor(entry.random() * MODES.length)] : 'ok';
  if (mode !== 'ok') entry.failures[mode] += 1;
  entry.copies.push({ name: body.name, reference: body.reference, key, header, mode });
  switch (mode) {
    case '500':
      return send(ctx, 500, { error: 'Internal error' });
    case 'drop-before':
      return dropConnection(ctx);
    case 'drop-after':
      take(entry, key, body);
      return dropConnection(ctx);
    case 'timeout':
      take(entry, key, body);
      await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.hold ?? 2000)));
      return send(ctx, 200, { ok: true });
    default:
      take(entry, key, body);
      return send(ctx, 200, { ok: true });
  }
}
