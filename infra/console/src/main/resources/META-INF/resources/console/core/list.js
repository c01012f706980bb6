// Every list is the same: the server pages, filters and sorts; the address keeps the state (q, filters, sort,
// page counted from 1), so a list can be bookmarked and shared.
import { h, uid } from './dom.js';
import { t } from './i18n.js';
import { number } from './format.js';
import { current, updateQuery } from './router.js';
import { page, table, failure } from './ui.js';

/**
 * spec: {title, load(apiQuery) → PageResult, columns, filters: [{name, label, options: [{value, label}]}],
 *        search: label|false, sorts: [{value: the API's sort value, e.g. '-admittedOn', label}] (the API's default
 *        order comes first), toolbar: [Node], size}
 */
export async function listPage(main, spec) {
  const { query } = current();
  const size = Number(spec.size || 20);
  const pageNumber = Math.max(1, Number.parseInt(query.page || '1', 10) || 1);
  const apiQuery = { ...query, page: pageNumber - 1, size };
  let result;
  try {
    result = await spec.load(apiQuery);
  } catch (problem) {
    failure(main, problem);
    return;
  }
  page(main, spec.title,
    spec.toolbar ? h('div', { class: 'toolbar' }, spec.toolbar) : null,
    controls(spec, query),
    h('p', { class: 'count', role: 'status' }, t('list.total', { count: number(result.totalItems) })),
    table(spec.columns, result.items, { caption: spec.title }),
    pager(pageNumber, result.totalPages));
}

function controls(spec, query) {
  const fields = [];
  if (spec.search !== false) {
    const id = uid('q');
    const input = h('input', { id, type: 'search', name: 'q', value: query.q || '', autocomplete: 'off' });
    fields.push(h('div', { class: 'field' }, h('label', { for: id }, spec.search || t('list.search')), input));
  }
  for (const filter of spec.filters || []) {
    const id = uid(filter.name);
    const select = h('select', { id, name: filter.name, on: { change: e => updateQuery({ [filter.name]: e.target.value, page: undefined }) } },
      h('option', { value: '' }, t('list.all')),
      filter.options.map(o => h('option', { value: o.value, selected: query[filter.name] === o.value }, o.label)));
    fields.push(h('div', { class: 'field' }, h('label', { for: id }, filter.label), select));
  }
  if (spec.sorts) {
    const id = uid('sort');
    fields.push(h('div', { class: 'field' }, h('label', { for: id }, t('list.sort')),
      h('select', { id, name: 'sort', on: { change: e => updateQuery({ sort: e.target.value, page: undefined }) } },
        h('option', { value: '' }, t('list.sortDefault')),
        spec.sorts.map(o => h('option', { value: o.value, selected: query.sort === o.value }, o.label)))));
  }
  if (!fields.length) return null;
  return h('form', { class: 'filters', role: 'search', on: { submit: e => {
    e.preventDefault();
    updateQuery({ q: e.target.elements.q?.value.trim() || undefined, page: undefined });
  } } }, fields, spec.search !== false ? h('button', { type: 'submit', class: 'btn btn-primary' }, t('list.find')) : null);
}

function pager(pageNumber, totalPages) {
  if (totalPages <= 1) return null;
  const go = target => () => updateQuery({ page: target === 1 ? undefined : target });
  return h('nav', { class: 'pager', 'aria-label': t('list.pages') },
    h('button', { type: 'button', class: 'btn', disabled: pageNumber <= 1, on: { click: go(pageNumber - 1) } }, t('list.previous')),
    h('span', {}, t('list.pageOf', { page: pageNumber, pages: totalPages })),
    h('button', { type: 'button', class: 'btn', disabled: pageNumber >= totalPages, on: { click: go(pageNumber + 1) } }, t('list.next')));
}
