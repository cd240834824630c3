// The strict Content-Security-Policy a careful practice site sends, on the page that proves
// the widgets work under it (the same header scripts/serve.mjs sends for npm start). Koa
// middleware for the test runner's dev server.
import { CSP_PAGES, STRICT_CSP } from '../../scripts/csp.mjs';

export async function cspHeader(ctx, next) {
  await next();
  if (CSP_PAGES.has(ctx.path)) ctx.set('Content-Security-Policy', STRICT_CSP);
}
