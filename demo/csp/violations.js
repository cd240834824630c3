// Counts Content-Security-Policy violations on this page from its first moment, before the
// widgets load, and shows the count: a person sees at a glance that nothing was blocked, and
// the hardening test reads window.cspViolations. A classic script, so it runs first.
window.cspViolations = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    // The element at fault, even inside a widget's shadow root: "span.progress-fill in <kap-intake-screen>".
    const [origin] = event.composedPath();
    const host = origin instanceof Element && origin.getRootNode() instanceof ShadowRoot ? origin.getRootNode().host : null;
    window.cspViolations.push({
      directive: event.effectiveDirective,
      element: origin instanceof Element ? `${origin.localName}${origin.className ? `.${origin.className}` : ''}${host ? ` in <${host.localName}>` : ''}` : '',
      blocked: event.blockedURI,
      sample: event.sample,
      source: `${event.sourceFile}:${event.lineNumber}`,
    });
    showCount();
  },
  true,
);

function showCount() {
  const status = document.getElementById('csp-status');
  if (!status) return;
  const count = window.cspViolations.length;
  status.textContent =
    count === 0
      ? 'Content-Security-Policy: no violations on this page.'
      : `Content-Security-Policy: ${count} violation${count === 1 ? '' : 's'}: ${window.cspViolations
          .map((violation) => `${violation.directive} blocked ${violation.blocked || violation.sample} ${violation.element}`)
          .join('; ')}`;
  status.parentElement?.classList.toggle('bad', count > 0);
}
document.addEventListener('DOMContentLoaded', showCount);
