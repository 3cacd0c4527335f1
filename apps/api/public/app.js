import { ApiError, session } from './api.js';
import { flash, html } from './dom.js';
import { calendarsView } from './views/calendars.js';
import { contractsView } from './views/contracts.js';
import { contractView } from './views/contract.js';
import { escalationView } from './views/escalation.js';
import { escalationsView } from './views/escalations.js';
import { loginView } from './views/login.js';
import { notFoundView } from './views/not-found.js';
import { rankingView, supportDebtView } from './views/reports.js';
import { reviewsView, reviewView } from './views/reviews.js';
import { evidenceView, slaView } from './views/sla.js';
import { vendorsView } from './views/vendors.js';
import { vendorView } from './views/vendor.js';

const main = document.getElementById('main');
const status = document.getElementById('status');
const notice = document.getElementById('notice');
const nav = document.getElementById('nav');
const who = document.getElementById('who');
const signOut = document.getElementById('sign-out');

const STAFF = ['admin', 'procurement', 'ops_manager', 'qa_reviewer', 'auditor'];
const ROLE_NAMES = {
  admin: 'Administrator',
  procurement: 'Procurement',
  ops_manager: 'Operations manager',
  qa_reviewer: 'QA reviewer',
  auditor: 'Auditor',
  vendor: 'Vendor',
};

/** The menu: each entry lists the roles whose daily work it is (SPEC §2's read and write rules). */
const MENU = [
  ['/vendors', 'Vendors', STAFF],
  ['/contracts', 'Contracts', [...STAFF, 'vendor']],
  ['/escalations', 'Escalations', ['admin', 'ops_manager', 'auditor', 'procurement', 'vendor']],
  ['/qa', 'QA reviews', ['admin', 'qa_reviewer', 'ops_manager', 'auditor', 'vendor']],
  ['/calendars', 'Calendars', ['admin', 'ops_manager', 'procurement', 'auditor']],
  ['/ranking', 'Vendor ranking', ['admin', 'procurement', 'ops_manager', 'auditor']],
];

const routes = [
  [/^\/vendors$/, () => vendorsView(main)],
  [/^\/vendors\/([\w-]+)$/, (m, q) => vendorView(main, m[1], q)],
  [/^\/contracts$/, () => contractsView(main)],
  [/^\/contracts\/([\w-]+)$/, (m, q) => contractView(main, m[1], q)],
  [/^\/contracts\/([\w-]+)\/support-debt$/, (m) => supportDebtView(main, m[1])],
  [/^\/slas\/([\w-]+)$/, (m) => slaView(main, m[1])],
  [/^\/slas\/([\w-]+)\/periods\/(\d{4}-\d{2}-\d{2})$/, (m) => evidenceView(main, m[1], m[2])],
  [/^\/escalations$/, () => escalationsView(main)],
  [/^\/escalations\/([\w-]+)$/, (m) => escalationView(main, m[1])],
  [/^\/qa$/, () => reviewsView(main)],
  [/^\/qa\/([\w-]+)$/, (m) => reviewView(main, m[1])],
  [/^\/calendars$/, () => calendarsView(main)],
  [/^\/ranking$/, () => rankingView(main)],
];

function menuFor(user) {
  const mine = (roles) => user.roles.some((role) => roles.includes(role));
  const entries = MENU.filter(([, , roles]) => mine(roles));
  if (user.vendorId) entries.unshift([`/vendors/${user.vendorId}`, 'My company']);
  return entries;
}

function homeOf(user) {
  if (user.vendorId) return `/vendors/${user.vendorId}`;
  if (user.roles.includes('qa_reviewer')) return '/qa';
  if (user.roles.includes('ops_manager')) return '/escalations';
  return '/vendors';
}

function drawNav(user, path) {
  nav.innerHTML = html`<ul>
    ${menuFor(user).map(([href, label]) => {
      const current = path === href || path.startsWith(`${href}/`);
      return html`<li><a href="#${href}" ${current ? html`aria-current="page"` : ''}>${label}</a></li>`;
    })}
  </ul>`;
  who.textContent = `${user.email} · ${user.roles.map((r) => ROLE_NAMES[r] ?? r).join(', ')}`;
}

/**
 * One render at a time: a page still loading when the address changes finishes first, so two pages never write
 * into `main` at once; each render reads the address when it starts.
 */
let rendering = Promise.resolve();
const render = () => (rendering = rendering.then(renderNow, renderNow));

async function renderNow() {
  status.textContent = '';
  const user = session.token ? session.user : null;
  signOut.hidden = nav.hidden = who.hidden = !user;
  if (!user) {
    document.title = 'Sign in · Vendorwatch';
    return loginView(main, () => (location.hash = `#${homeOf(session.user)}`));
  }
  const [path, query] = (location.hash.slice(1) || '/').split('?');
  if (path === '/' || path === '') return location.replace(`#${homeOf(user)}`);
  drawNav(user, path);
  const route = routes.find(([pattern]) => pattern.test(path));
  main.setAttribute('aria-busy', 'true');
  main.innerHTML = '<p class="loading">Loading…</p>';
  try {
    if (route) await route[1](path.match(route[0]), new URLSearchParams(query));
    else notFoundView(main, path);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      session.token = null;
      return renderNow();
    }
    if (error instanceof ApiError && error.status === 404) notFoundView(main, path);
    else {
      main.innerHTML = html`<h1>Something went wrong</h1>`;
      status.textContent = error.message;
    }
  } finally {
    main.removeAttribute('aria-busy');
  }
  notice.textContent = flash.message;
  flash.message = '';
  document.title = `${main.querySelector('h1')?.textContent.trim() || 'Vendorwatch'} · Vendorwatch`;
}

async function navigate() {
  await render();
  window.scrollTo(0, 0);
  main.focus({ preventScroll: true });
}

signOut.addEventListener('click', () => {
  session.token = null;
  location.hash = '#/';
  render();
});
window.addEventListener('hashchange', navigate);
window.addEventListener('vendorwatch:reload', async () => {
  const y = window.scrollY;
  await render();
  window.scrollTo(0, y);
  notice.focus?.();
});
window.addEventListener('error', (event) => (status.textContent = event.message));
window.addEventListener('unhandledrejection', (event) => (status.textContent = event.reason?.message ?? ''));
navigate();
