// dist/ as a host that lost the Spanish chunks would serve it: /no-spanish/dist/... is
// /dist/... except that every language pack (chunks/<tag>.es.js) answers 404. The loader
// builds chunk addresses from its own, so a page that loads /no-spanish/dist/kap-loader.js
// asks this path for every chunk. Koa middleware for the test runner's dev server.
const PREFIX = '/no-spanish';

export async function noSpanish(ctx, next) {
  if (ctx.path.startsWith(`${PREFIX}/dist/`)) {
    if (ctx.path.endsWith('.es.js')) {
      ctx.status = 404;
      return;
    }
    ctx.url = ctx.url.slice(PREFIX.length);
  }
  await next();
}
