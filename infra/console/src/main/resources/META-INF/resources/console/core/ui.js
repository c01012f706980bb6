// The page pattern every context uses: a heading, a toolbar, tables, definition lists, a timeline, messages.
import { h, show } from './dom.js';
import { t, localized } from './i18n.js';
import { href } from './router.js';

export function page(main, title, ...content) {
  document.title = `${title} · ${t('app.name')}`;
  const heading = h('h1', { tabindex: '-1' }, title);
  show(main, heading, ...content);
  heading.focus();
  return main;
}

export function link(path, text, query) {
  return h('a', { href: href(path, query) }, text);
}

export function button(text, onClick, kind = 'secondary', extra = {}) {
  return h('button', { type: 'button', class: ['btn', `btn-${kind}`], on: { click: onClick }, ...extra }, text);
}

export function badge(text, tone) {
  return h('span', { class: ['badge', tone && `badge-${tone}`] }, text);
}

/** A definition list of [label, value] rows; empty values show a dash. */
export function facts(rows) {
  return h('dl', { class: 'facts' }, rows.filter(Boolean).map(([term, value]) => [
    h('dt', {}, term),
    h('dd', {}, value === '' || value === null || value === undefined ? '—' : value)
  ]));
}

export function section(title, ...content) {
  return h('section', { class: 'card' }, h('h2', {}, title), ...content);
}

/**
 * A table: columns are {label, value(row) → text|Node, numeric?}. Empty data shows the given empty text.
 */
export function table(columns, rows, options = {}) {
  if (!rows || rows.length === 0) return h('p', { class: 'empty' }, options.empty || t('list.empty'));
  return h('div', { class: 'table-wrap' }, h('table', { class: 'data' },
    options.caption ? h('caption', {}, options.caption) : null,
    h('thead', {}, h('tr', {}, columns.map(c => h('th', { scope: 'col', class: c.numeric ? 'num' : null },
                                                        c.header ? c.header() : c.label)))),
    h('tbody', {}, rows.map(row => h('tr', {}, columns.map(c =>
      h('td', { class: c.numeric ? 'num' : null, 'data-label': c.label }, c.value(row))))))));
}

/** What happened, newest last: each entry {when, title, detail, by}. */
export function timeline(entries) {
  if (!entries.length) return h('p', { class: 'empty' }, t('list.empty'));
  return h('ol', { class: 'timeline' }, entries.map(entry => h('li', {},
    h('div', { class: 'when' }, entry.when),
    h('div', { class: 'what' }, h('strong', {}, entry.title), entry.detail ? h('div', {}, entry.detail) : null,
      entry.by ? h('div', { class: 'by' }, entry.by) : null))));
}

export function notice(text, tone = 'info') {
  return h('div', { class: ['notice', `notice-${tone}`], role: tone === 'error' ? 'alert' : 'status' }, text);
}

/** A failed load, said plainly: not found, not allowed, or the server's own words. */
export function failure(main, problem) {
  const status = problem?.status;
  const text = status === 404 ? t('error.notFound')
    : status === 403 ? t('error.forbidden')
    : status === 401 ? t('error.signedOut')
    : localized(problem?.body?.detail, problem?.body?.detailEn) || t('error.unexpected');
  page(main, t('error.title'), notice(text, 'error'), h('p', {}, link('/', t('nav.home'))));
}

let toastTimer;
export function toast(text) {
  const box = document.getElementById('toast');
  box.textContent = text;
  box.classList.add('visible');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => box.classList.remove('visible'), 4000);
}
