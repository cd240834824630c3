// dist/ as hosts that lose or slow some chunks would serve it, Koa middleware for the test
// runner's dev server. Under /no-spanish/dist/... every language pack (chunks/<tag>.es.js)
// answers 404, as from a host that lost them; under /slow-spanish/dist/... they arrive 600 ms
// late, as over a slow link. Under /lost-rules/<run>/dist/... the booking request's rules
// (chunks/booking-checks.js) get no answer, the connection dropped, until the test asks for
// /lost-rules/<run>/back; under /slow-rules/dist/... they arrive a second late.
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

const rulesBack = new Set();

export async function lostRules(ctx, next) {
  const run = /^\/lost-rules\/([\w-]+)\//.exec(ctx.path);
  if (run && ctx.path === `${run[0]}back`) {
    rulesBack.add(run[1]);
    ctx.status = 204;
    return;
  }
  if (run && ctx.path.startsWith(`${run[0]}dist/`)) {
    ctx.url = ctx.url.slice(run[0].length - 1);
    if (ctx.path.endsWith('/chunks/booking-checks.js') && !rulesBack.has(run[1])) {
      // The connection drops: no answer at all (and none the test server could keep and serve again).
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
  }
  await next();
}

const RULES_DELAY_MS = 1_000;

export async function slowRules(ctx, next) {
  if (ctx.path.startsWith('/slow-rules/dist/')) {
    ctx.url = ctx.url.slice('/slow-rules'.length);
    if (ctx.path.endsWith('/chunks/booking-checks.js')) await new Promise((resolve) => setTimeout(resolve, RULES_DELAY_MS));
  }
  await next();
}
