// The console's shell: language, session, menu by role, and the router that renders each page.
import { h, show } from './core/dom.js';
import { loadMessages, loadLabels, t, lang, setLanguage } from './core/i18n.js';
import { loadSession, currentSession, loginHref, logout } from './core/session.js';
import { whenUnauthenticated, get } from './core/api.js';
import { route, start, current as currentRoute, href } from './core/router.js';
import { page, notice } from './core/ui.js';
import { CONTEXTS } from './contexts.js';

const main = document.getElementById('main');

async function boot() {
  await Promise.all([loadMessages(CONTEXTS.map(c => c.bundle).filter(Boolean)), loadSession(), loadLabels(CONTEXTS.flatMap(c => c.labels || []))]);
  whenUnauthenticated(() => {
    if (currentSession().authenticated) document.getElementById('user').append(
      h('span', { class: 'expired', role: 'alert' }, t('error.sessionExpired'), ' ', h('a', { href: loginHref() }, t('session.signIn'))));
  });
  route('/', home);
  for (const context of CONTEXTS) context.routes(route);
  document.getElementById('menu-toggle').addEventListener('click', event => {
    const nav = document.getElementById('nav');
    const open = nav.classList.toggle('open');
    event.currentTarget.setAttribute('aria-expanded', String(open));
  });
  start(render);
}

function render() {
  chrome();
  const { route: found, params, query } = currentRoute();
  document.getElementById('nav').classList.remove('open');
  if (!found) {
    page(main, t('error.title'), notice(t('error.notFound'), 'error'));
    return;
  }
  if (found.signedIn && !currentSession().authenticated) {
    page(main, t('session.required'), notice(t('session.requiredText')),
      h('p', {}, h('a', { class: 'btn btn-primary', href: loginHref() }, t('session.signIn'))));
    return;
  }
  Promise.resolve(found.render(main, { params, query, session: currentSession() })).catch(error => {
    console.error(error);
    page(main, t('error.title'), notice(t('error.unexpected'), 'error'));
  });
}

/** Menu, user and language: rebuilt on every page so the current entry is marked and the language applies. */
function chrome() {
  const session = currentSession();
  document.getElementById('brand').textContent = t('app.name');
  document.querySelector('.skip').textContent = t('app.skip');
  document.getElementById('menu-toggle').setAttribute('aria-label', t('app.menu'));
  const path = currentRoute().path;
  const entries = [{ path: '/', label: t('nav.home') }, ...CONTEXTS.flatMap(c => c.menu(session))];
  // The entry for this page is the one whose path matches it most closely (my organisation before the directory).
  const matches = entry => (entry.path === '/' ? path === '/' : path === entry.path || path.startsWith(`${entry.path}/`));
  const current = entries.filter(matches).sort((a, b) => b.path.length - a.path.length)[0];
  show(document.getElementById('nav'), h('ul', {}, entries.map(entry =>
    h('li', {}, h('a', { href: href(entry.path, entry.query), 'aria-current': entry === current ? 'page' : null }, entry.label)))));
  const other = lang() === 'vi' ? 'en' : 'vi';
  const switcher = h('button', { type: 'button', class: 'btn btn-link', lang: other, on: { click: () => {
    setLanguage(other);
    render();
  } } }, t('app.otherLanguage'));
  const user = session.authenticated
    ? [h('span', { class: 'who' }, h('strong', {}, session.displayName || session.username),
         h('span', { class: 'org', id: 'user-org' }),
         h('span', { class: 'roles' }, session.roles.map(r => t(`role.${r}`)).join(', '))),
       h('button', { type: 'button', class: 'btn btn-secondary', on: { click: logout } }, t('session.signOut'))]
    : [h('a', { class: 'btn btn-primary', href: loginHref() }, t('session.signIn'))];
  show(document.getElementById('user'), switcher, user);
  if (session.organizationId) organisationName(session.organizationId);
}

const names = new Map();
async function organisationName(id) {
  if (!names.has(id)) names.set(id, get(`/api/membership/organizations/${encodeURIComponent(id)}`).then(o => o.name).catch(() => ''));
  const name = await names.get(id);
  const slot = document.getElementById('user-org');
  if (slot) slot.textContent = name;
}

/** The first page: what the union publishes, and for a signed-in user where their work is. */
function home(target, { session }) {
  const cards = CONTEXTS.flatMap(c => c.home ? c.home(session) : []);
  page(target, t('home.title'),
    h('p', { class: 'lead' }, t('home.lead')),
    session.authenticated ? null : notice([t('home.signInHint'), ' ', h('a', { href: loginHref() }, t('session.signIn'))]),
    h('div', { class: 'cards' }, cards.map(card => h('a', { class: 'tile', href: href(card.path, card.query) },
      h('strong', {}, card.title), h('span', {}, card.text)))));
}

boot();
