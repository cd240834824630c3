// The strict Content-Security-Policy a careful practice site sends, and the demo pages that
// prove the widgets work under it. Sent by scripts/serve.mjs (npm start) and by the test
// runner's dev server (test/server/csp.mjs).
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
export const CSP_PAGES = new Set(['/demo/csp.html']);
