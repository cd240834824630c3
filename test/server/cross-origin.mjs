// Form services on other origins, for the browser tests: the same endpoints the test runner
// serves on its own origin (booking-endpoint.mjs, ../hardening/server/flaky-booking.mjs), each
// served again by two Node HTTP servers on 127.0.0.1 at ports of their own, so a request to
// them is a cross-origin one with the browser's CORS rules enforced:
//
//   strict        answers a preflight (OPTIONS) allowing POST with only Content-Type and Accept,
//                 as a service that does not list Idempotency-Key would
//   no-preflight  answers no preflight at all (405 without CORS headers): only a CORS-simple
//                 request gets through
//
// Both let any origin read their answers (Access-Control-Allow-Origin: *), as Formspree does,
// and keep a list of the preflights they were sent:
//
//   GET /preflights        [{method, path, headers}] of every OPTIONS request so far
//
// The ports are picked by the system (two engineers' test runs never collide); a test page
// reads them from GET /test-api/cross-origin on its own origin: {strict: url, 'no-preflight': url}.
import { createServer } from 'node:http';
import { flakyBooking } from '../hardening/server/flaky-booking.mjs';
import { bookingEndpoint } from './booking-endpoint.mjs';
import { send } from './koa.mjs';

const ALLOWED_HEADERS = 'Content-Type, Accept';

/** CORS as a form service does it, with the preflight answered per `policy`. */
function cors(policy, preflights) {
  return async (ctx, next) => {
    ctx.set('Access-Control-Allow-Origin', '*');
    if (ctx.method === 'OPTIONS') {
      preflights.push({
        path: ctx.path,
        method: ctx.get('Access-Control-Request-Method'),
        headers: ctx.get('Access-Control-Request-Headers'),
      });
      if (policy === 'no-preflight') {
        ctx.remove('Access-Control-Allow-Origin');
        return send(ctx, 405, { error: 'POST only.' }, { Allow: 'POST' });
      }
      ctx.set('Access-Control-Allow-Methods', 'POST');
      ctx.set('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      return send(ctx, 204, '');
    }
    if (ctx.method === 'GET' && ctx.path === '/preflights') return send(ctx, 200, preflights);
    return next();
  };
}

/** Starts one server with the dev server's own Koa class, on a free port of 127.0.0.1. */
function start(Koa, policy) {
  const app = new Koa();
  app.use(cors(policy, []));
  app.use(bookingEndpoint);
  app.use(flakyBooking);
  const server = createServer(app.callback());
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

const POLICIES = ['strict', 'no-preflight'];

/** A test runner plugin: starts the servers with the dev server and stops them with it. */
export function crossOriginServers() {
  const servers = new Map();
  return {
    name: 'kap-cross-origin-servers',
    async serverStart({ app }) {
      for (const policy of POLICIES) servers.set(policy, await start(app.constructor, policy));
    },
    async serverStop() {
      await Promise.all(
        [...servers.values()].map((server) => {
          server.closeAllConnections();
          return new Promise((resolve) => server.close(resolve));
        }),
      );
      servers.clear();
    },
    serve(context) {
      if (context.path !== '/test-api/cross-origin') return undefined;
      const origins = Object.fromEntries(
        [...servers].map(([policy, server]) => [policy, `http://127.0.0.1:${server.address().port}`]),
      );
      return { body: JSON.stringify(origins), type: 'json', headers: { 'cache-control': 'no-store' } };
    },
  };
}
