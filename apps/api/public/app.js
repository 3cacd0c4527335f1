import { ApiError, session } from './api.js';
import { contractView } from './views/contract.js';
import { escalationsView } from './views/escalations.js';
import { loginView } from './views/login.js';
import { vendorsView, vendorView } from './views/vendors.js';

const main = document.getElementById('main');
const status = document.getElementById('status');
const nav = document.getElementById('nav');
const signOut = document.getElementById('sign-out');

const routes = [
  [/^\/vendors\/([\w-]+)$/, (m) => vendorView(main, m[1]), 'Vendor'],
  [/^\/contracts\/([\w-]+)$/, (m) => contractView(main, m[1]), 'Contract'],
  [/^\/escalations$/, () => escalationsView(main), 'Open escalations'],
  [/^\/vendors$/, (_m, params) => vendorsView(main, params), 'Vendors'],
];

function showVendors() {
  if (location.hash === '#/vendors') render();
  else location.hash = '#/vendors';
}

function markCurrent(path) {
  for (const link of nav.querySelectorAll('a')) {
    const section = link.getAttribute('href').slice(1);
    if (path === section || path.startsWith(`${section}/`)) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

async function render() {
  status.textContent = '';
  const signedIn = Boolean(session.token);
  signOut.hidden = !signedIn;
  nav.hidden = !signedIn;
  if (!signedIn) {
    document.title = 'Sign in · Vendorwatch';
    return loginView(main, showVendors);
  }
  const [path, query] = (location.hash.slice(1) || '/vendors').split('?');
  const route = routes.find(([pattern]) => pattern.test(path)) ?? routes[routes.length - 1];
  markCurrent(path);
  main.setAttribute('aria-busy', 'true');
  main.innerHTML = '<p class="loading">Loading…</p>';
  try {
    await route[1](path.match(route[0]) ?? [], new URLSearchParams(query));
    document.title = `${main.querySelector('h1')?.textContent.trim() || route[2]} · Vendorwatch`;
    window.scrollTo(0, 0);
    main.focus({ preventScroll: true });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      session.token = null;
      return render();
    }
    main.innerHTML = '';
    status.textContent =
      error instanceof ApiError && error.status === 404
        ? 'Not found: it does not exist or you may not see it.'
        : error.message;
  } finally {
    main.removeAttribute('aria-busy');
  }
}

signOut.addEventListener('click', () => {
  session.token = null;
  render();
});
window.addEventListener('hashchange', render);
window.addEventListener('error', (event) => (status.textContent = event.message));
render();
