import { ApiError, session } from './api.js';
import { contractView } from './views/contract.js';
import { escalationsView } from './views/escalations.js';
import { loginView } from './views/login.js';
import { vendorsView, vendorView } from './views/vendors.js';

const main = document.getElementById('main');
const status = document.getElementById('status');
const signOut = document.getElementById('sign-out');

const routes = [
  [/^\/vendors\/([\w-]+)$/, (m) => vendorView(main, m[1])],
  [/^\/contracts\/([\w-]+)$/, (m) => contractView(main, m[1])],
  [/^\/escalations$/, () => escalationsView(main)],
  [/^\/vendors$/, (_m, params) => vendorsView(main, params)],
];

function showVendors() {
  if (location.hash === '#/vendors') render();
  else location.hash = '#/vendors';
}

async function render() {
  status.textContent = '';
  signOut.hidden = !session.token;
  if (!session.token) return loginView(main, showVendors);
  const [path, query] = (location.hash.slice(1) || '/vendors').split('?');
  const route = routes.find(([pattern]) => pattern.test(path)) ?? routes[routes.length - 1];
  main.setAttribute('aria-busy', 'true');
  try {
    await route[1](path.match(route[0]) ?? [], new URLSearchParams(query));
    main.focus();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      session.token = null;
      return render();
    }
    status.textContent = error.message;
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
