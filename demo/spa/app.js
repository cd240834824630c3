// A router of the smallest useful kind: the hash names a page, a <template> holds it, and
// showing a page replaces the previous one. The widgets inside are created, connected,
// disconnected and thrown away with each move, as any framework's router would do.
// Hash routes keep it working on any static host, where /fees would need a server rule.
const view = document.getElementById('view');
const siteName = 'Riverbend KAP';
const routes = new Map(
  [...document.querySelectorAll('template[data-route]')].map((template) => [template.dataset.route, template]),
);

function currentPath() {
  const path = location.hash.replace(/^#/, '');
  return path.startsWith('/') ? path : '/';
}

let firstRender = true;
function render() {
  const path = currentPath();
  const template = routes.get(path) ?? routes.get('*');
  view.replaceChildren(template.content.cloneNode(true));
  document.title = `${template.dataset.title} · ${siteName} (single-page app demo)`;
  for (const link of document.querySelectorAll('nav a')) {
    if (link.getAttribute('href') === `#${path}`) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  // A new page should be announced and read from its start, as after a real page load;
  // on the first render the browser is already at the start.
  if (!firstRender) {
    view.querySelector('h1')?.setAttribute('tabindex', '-1');
    view.querySelector('h1')?.focus();
    window.scrollTo(0, 0);
  }
  firstRender = false;
}

// Any same-page hash that is not a route (the skip link's #view) is left to the browser.
window.addEventListener('hashchange', () => {
  if (location.hash.startsWith('#/') || location.hash === '') render();
});
render();

const log = document.getElementById('event-log');
for (const name of [
  'kap-phase-toggle',
  'kap-estimate-change',
  'kap-screen-step',
  'kap-screen-complete',
  'kap-crisis-shown',
  'kap-booking-submit',
  'kap-booking-success',
  'kap-booking-error',
  'kap-config-error',
]) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    item.textContent = `${event.type} from <${event.composedPath()[0].localName}>`;
    log.prepend(item);
    while (log.children.length > 8) log.lastElementChild.remove();
  });
}
