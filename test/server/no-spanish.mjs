// dist/ as two hosts would serve it, Koa middleware for the test runner's dev server. Under
// /no-spanish/dist/... every language pack (chunks/<tag>.es.js) answers 404, as from a host
// that lost them; under /slow-spanish/dist/... they arrive 600 ms late, as over a slow link.
// Everything else is /dist/... The loader builds chunk addresses from its own, so a page that
// loads <prefix>/dist/kap-loader.js asks the prefix for every chunk.
const PACK_DELAY_MS = 600;

function packHost(prefix, servePack) {
  return async (ctx, next) => {
    if (ctx.path.startsWith(`${prefix}/dist/`)) {
      ctx.url = ctx.url.slice(prefix.length);
      if (ctx.path.endsWith('.es.js') && !(await servePack(ctx))) return;
    }
    await next();
  };
}

export const noSpanish = packHost('/no-spanish', (ctx) => {
  ctx.status = 404;
  return false;
});

export const slowSpanish = packHost('/slow-spanish', async () => {
  await new Promise((resolve) => setTimeout(resolve, PACK_DELAY_MS));
  return true;
});
