// Dashboard: the statistics of every context that has them, as a leader puts them in a report, for any "as of" date
// (#/dashboard?asOf=YYYY-MM-DD; no date = today). Each figure comes from its context's statistics API with that date;
// a context this user may not read (403) is left out, one that fails is said so. Every chart has its table beside it,
// and every table leaves as CSV or XLSX. Each figure's value carries data-figure="<context>.<name>" and data-value.
import { h, uid } from '../core/dom.js';
import { t, label, localized } from '../core/i18n.js';
import { get } from '../core/api.js';
import { date, parseDate, today, number, fold, compare } from '../core/format.js';
import { updateQuery, href } from '../core/router.js';
import { page, section, table, notice, failure, link } from '../core/ui.js';
import { exportButtons } from '../core/export.js';
import { ROLE, UNION_OFFICE } from '../core/roles.js';
import { barChart, seriesChart, PALETTE } from './charts.js';

const READERS = [...UNION_OFFICE, ROLE.REVIEW_COORDINATOR];
const has = (session, roles) => roles.some(role => session.roles.includes(role));

const percentFormat = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = value => (value === null || value === undefined ? '—' : `${percentFormat.format(value)} %`);

export default {
  id: 'dashboard',
  bundle: '/console/dashboard/messages',
  routes(route) {
    route('/dashboard', dashboard, { signedIn: true });
  },
  menu(session) {
    return has(session, READERS) ? [{ path: '/dashboard', label: t('nav.dashboard') }] : [];
  },
  home(session) {
    return has(session, READERS) ? [{ path: '/dashboard', title: t('nav.dashboard'), text: t('home.dashboard') }] : [];
  }
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

async function dashboard(main, { query }) {
  const requested = query.asOf;
  const valid = requested && ISO_DAY.test(requested) && parseDate(date(requested)) === requested;
  const asOf = valid ? requested : today();
  const [membership, review, overdue] = await Promise.allSettled([
    get('/api/membership/statistics', { asOf }),
    get('/api/review/statistics', { asOf }),
    get('/api/review/engagements/overdue', { on: asOf, size: 50 })
  ]);
  const signedOut = [membership, review].find(r => r.status === 'rejected' && r.reason?.status === 401);
  if (signedOut) {
    failure(main, signedOut.reason);
    return;
  }
  const parts = [];
  const shown = [];
  for (const [context, result, render] of [['membership', membership, membershipPart], ['review', review, reviewPart]]) {
    if (result.status === 'fulfilled') {
      shown.push(context);
      parts.push(render(result.value, asOf, overdue));
    } else if (result.reason?.status !== 403) {
      parts.push(notice(t('dash.failed', { context: t(`dash.context.${context}`),
        detail: localized(result.reason?.body?.detail, result.reason?.body?.detailEn) || t('error.unexpected') }), 'error'));
    }
  }
  page(main, t('dash.title', { date: date(asOf) }),
    h('p', { class: 'lead' }, t('dash.lead')),
    requested && !valid ? notice(t('dash.badDate'), 'warn') : null,
    dateForm(asOf, Boolean(requested && valid)),
    parts,
    !parts.length ? notice(t('dash.nothing')) : null);
  main.querySelector('h1')?.setAttribute('data-as-of', asOf);
  main.querySelector('h1')?.setAttribute('data-contexts', shown.join(' '));
}

/** The "as of" date: dd/mm/yyyy, applied to the address (the page reloads from it), or back to today. */
function dateForm(asOf, chosen) {
  const id = uid('asOf');
  const errorId = `${id}-error`;
  const input = h('input', { id, name: 'asOf', type: 'text', inputmode: 'numeric', autocomplete: 'off',
    placeholder: t('form.datePlaceholder'), value: date(asOf), 'aria-describedby': errorId, required: true });
  const error = h('p', { class: 'field-error', id: errorId });
  return h('form', { class: 'filters as-of', on: { submit: event => {
    event.preventDefault();
    const value = parseDate(input.value);
    if (!value) {
      error.textContent = t('dash.badInput');
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    updateQuery({ asOf: value });
  } } },
    h('div', { class: 'field' }, h('label', { for: id }, t('dash.asOf')), input, error),
    h('button', { type: 'submit', class: 'btn btn-primary' }, t('dash.apply')),
    chosen ? h('button', { type: 'button', class: 'btn btn-secondary', on: { click: () => updateQuery({ asOf: undefined }) } },
      t('dash.today')) : null);
}

// ---------------------------------------------------------------------------------------------------------------
// Building blocks: key figures, a figure table with export, one statistics block.

function figureValue(context, name, value, text) {
  return h('span', { class: 'value', 'data-figure': `${context}.${name}`,
                     'data-value': value === null || value === undefined ? '' : String(value) }, text ?? number(value));
}

/** The headline numbers of a context: [{name, label, value, text?, note?}]. */
function figures(context, items) {
  return h('dl', { class: 'figures' }, items.map(item => h('div', { class: 'figure' },
    h('dt', {}, item.label),
    h('dd', {}, figureValue(context, item.name, item.value, item.text)),
    item.note ? h('dd', { class: 'figure-note' }, item.note) : null)));
}

const fileName = (title, asOf) => `${fold(title).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${asOf}`;

/**
 * A table of figures and its export. columns: [{label, value(row) raw, text(row)?, figure(row)? → name, numeric}].
 * The exported rows are the table's rows, raw numbers kept numbers, with a header row.
 */
function figureTable(context, title, asOf, columns, rows) {
  const shown = columns.map(c => ({
    label: c.label, numeric: c.numeric,
    value: row => {
      const text = c.text ? c.text(row) : c.numeric ? number(c.value(row)) : c.value(row);
      return c.figure ? figureValue(context, c.figure(row), c.value(row), text) : text;
    }
  }));
  const exported = () => [columns.map(c => c.label), ...rows.map(row => columns.map(c => {
    const value = c.value(row);
    return value === null || value === undefined ? '' : value;
  }))];
  return [table(shown, rows, { caption: title }), exportButtons(h, t, fileName(title, asOf), exported)];
}

/** A chart with its table beside it (under it on a phone). */
function pair(chart, ...table) {
  return h('div', { class: 'chart-row' }, chart, h('div', { class: 'chart-table' }, table));
}

function block(name, title, ...content) {
  return h('section', { class: 'stat', 'data-section': name, 'aria-label': title }, h('h3', {}, title), ...content);
}

/** A breakdown [{code, label, count}] as a bar chart and a table with export. */
function breakdown(context, name, title, asOf, rows, { categoryLabel, countLabel = t('dash.count'), color } = {}) {
  return block(`${context}.${name}`, title,
    pair(barChart({ title, rows: rows.map(r => ({ label: r.label, value: r.count })), color }),
      figureTable(context, title, asOf, [
        { label: categoryLabel || t('dash.category'), value: r => r.label },
        { label: countLabel, numeric: true, value: r => r.count, figure: r => `${name}.${r.code}` }
      ], rows)));
}

const counts = list => (list || []).map(c => ({ code: c.code, label: localized(c.labelVi, c.labelEn), count: c.count }));
const fromMap = (type, map) => Object.entries(map || {}).map(([code, count]) => ({ code, label: label(type, code), count }));

// ---------------------------------------------------------------------------------------------------------------
// Membership: GET /api/membership/statistics (MembershipStatistics.Report; docs/domain/reports.md#r-m1, #r-m2).

function membershipPart(report, asOf) {
  const M = 'membership';
  const orgs = report.organizations;
  const s = orgs.summary;
  const persons = report.persons;
  const active = orgs.byStatus.find(c => c.code === 'ACTIVE')?.count ?? 0;
  const headline = [
    { name: 'organizations', label: t('dash.m.organizations'), value: orgs.total },
    { name: 'memberOrganizations', label: t('dash.m.memberOrganizations'), value: s.memberOrganizations },
    { name: 'activeOrganizations', label: t('dash.m.activeOrganizations'), value: active },
    { name: 'members', label: t('dash.m.members'), value: s.members,
      note: t('dash.m.reportingNote', { reporting: number(s.organizationsReportingCounts), of: number(s.memberOrganizations) }) },
    { name: 'intellectualMembers', label: t('dash.m.intellectualMembers'), value: s.intellectualMembers },
    { name: 'organizationsReportingCounts', label: t('dash.m.reporting'), value: s.organizationsReportingCounts }
  ];
  const headlineTitle = t('dash.m.headline');
  return section(t('dash.context.membership'),
    block('membership.headline', headlineTitle, figures(M, headline),
      exportButtons(h, t, fileName(headlineTitle, asOf),
        () => [[t('dash.measure'), t('dash.count')], ...headline.map(f => [f.label, f.value])])),
    byKindBlock(M, asOf, orgs),
    breakdown(M, 'organizationsByStatus', t('dash.m.byStatus'), asOf, counts(orgs.byStatus),
      { categoryLabel: t('dash.m.status') }),
    membersBlock(M, asOf, s),
    personsBlock(M, asOf, persons),
    structureBlock(M, asOf, report.intellectualStructure));
}

/** Organisations known on the date by kind, split into those that are members and the others. */
function byKindBlock(M, asOf, orgs) {
  const title = t('dash.m.byKind');
  const members = new Map(orgs.summary.memberOrganizationsByKind.map(c => [c.code, c.count]));
  const rows = orgs.byKind.map(c => ({ code: c.code, label: localized(c.labelVi, c.labelEn), total: c.count,
                                       members: members.get(c.code) ?? 0 }));
  return block('membership.organizationsByKind', title,
    pair(seriesChart({ title, mode: 'stacked',
      series: [{ label: t('dash.m.kindMembers') }, { label: t('dash.m.kindOthers'), color: '#a3b8ad' }],
      rows: rows.map(r => ({ label: r.label, values: [r.members, Math.max(0, r.total - r.members)] })) }),
    figureTable(M, title, asOf, [
      { label: t('dash.m.kind'), value: r => r.label },
      { label: t('dash.m.kindTotal'), numeric: true, value: r => r.total, figure: r => `organizationsByKind.${r.code}` },
      { label: t('dash.m.kindMembers'), numeric: true, value: r => r.members,
        figure: r => `memberOrganizationsByKind.${r.code}` }
    ], rows)));
}

/** R-M2: members and intellectual members of the member organisations, with and without the outliers. */
function membersBlock(M, asOf, s) {
  const title = t('dash.m.membersTitle');
  const rows = [
    { code: 'all', label: t('dash.m.allOrganizations'), members: s.members, intellectuals: s.intellectualMembers },
    ...(s.outliers.length ? [{ code: 'withoutOutliers', label: t('dash.m.withoutOutliers'),
                               members: s.membersWithoutOutliers, intellectuals: s.intellectualMembersWithoutOutliers }] : [])
  ];
  const outliersTitle = t('dash.m.outliers');
  return block('membership.members', title,
    h('p', { class: 'hint' }, t('dash.m.reportingNote', { reporting: number(s.organizationsReportingCounts),
                                                          of: number(s.memberOrganizations) })),
    pair(seriesChart({ title, mode: 'grouped',
      series: [{ label: t('dash.m.members') }, { label: t('dash.m.intellectualMembers') }],
      rows: rows.map(r => ({ label: r.label, values: [r.members, r.intellectuals] })) }),
    figureTable(M, title, asOf, [
      { label: t('dash.m.scope'), value: r => r.label },
      { label: t('dash.m.members'), numeric: true, value: r => r.members, figure: r => `summary.${r.code}.members` },
      { label: t('dash.m.intellectualMembers'), numeric: true, value: r => r.intellectuals,
        figure: r => `summary.${r.code}.intellectualMembers` }
    ], rows)),
    s.outliers.length ? [h('h4', {}, outliersTitle), h('p', { class: 'hint' }, t('dash.m.outliersHint')),
      figureTable(M, outliersTitle, asOf, [
        { label: t('dash.m.organization'), value: o => o.name, text: o => link(`/organizations/${o.organizationId}`, o.name) },
        { label: t('dash.m.members'), numeric: true, value: o => o.members, figure: o => `outliers.${o.organizationId}.members` },
        { label: t('dash.m.share'), numeric: true, value: o => Math.round(o.share * 10000) / 100,
          text: o => percent(o.share * 100) }
      ], s.outliers)] : null);
}

/** Registered persons: how many, intellectuals, individual members, and by degree group, field and sector. */
function personsBlock(M, asOf, p) {
  const title = t('dash.m.persons');
  const headline = [
    { name: 'persons', label: t('dash.m.personsTotal'), value: p.total },
    { name: 'intellectuals', label: t('dash.m.intellectuals'), value: p.intellectuals },
    { name: 'individualMembers', label: t('dash.m.individualMembers'), value: p.members },
    { name: 'intellectualIndividualMembers', label: t('dash.m.intellectualIndividualMembers'), value: p.intellectualMembers }
  ];
  return [
    block('membership.persons', title, h('p', { class: 'hint' }, t('dash.m.personsHint')), figures(M, headline),
      barChart({ title, color: PALETTE[2], rows: headline.map(f => ({ label: f.label, value: f.value })) }),
      exportButtons(h, t, fileName(title, asOf),
        () => [[t('dash.measure'), t('dash.count')], ...headline.map(f => [f.label, f.value])])),
    breakdown(M, 'persons.byDegreeBucket', t('dash.m.byDegree'), asOf, counts(p.byDegreeBucket),
      { categoryLabel: t('dash.m.degree'), color: PALETTE[2] }),
    breakdown(M, 'persons.byField', t('dash.m.byField'), asOf, counts(p.byField),
      { categoryLabel: t('dash.m.field'), color: PALETTE[2] }),
    breakdown(M, 'persons.bySector', t('dash.m.bySector'), asOf, counts(p.bySector),
      { categoryLabel: t('dash.m.sector'), color: PALETTE[2] })
  ];
}

/** R-M1: the structure of the intellectual workforce, from the latest snapshot dated on or before the date. */
function structureBlock(M, asOf, s) {
  const title = t('dash.m.structure');
  if (!s) return block('membership.intellectualStructure', title, h('p', { class: 'empty' }, t('dash.m.noStructure')));
  const headline = [
    { name: 'totalCivilServants', label: t('dash.m.totalCivilServants'), value: s.totalCivilServants },
    { name: 'intellectualsTotal', label: t('dash.m.intellectualsTotal'), value: s.intellectualsTotal },
    { name: 'intellectualSharePercent', label: t('dash.m.intellectualShare'), value: s.intellectualSharePercent,
      text: `${number(s.intellectualSharePercent)} %`, note: percent(s.intellectualShare) }
  ];
  const shares = (key, heading, list, categoryLabel) => {
    const rows = (list || []).map(x => ({ code: x.key, label: localized(x.labelVi, x.labelEn), count: x.count,
                                          percent: Number(x.percent) }));
    return [h('h4', {}, heading),
      pair(barChart({ title: heading, color: PALETTE[4], rows: rows.map(r => ({ label: r.label, value: r.count })) }),
      figureTable(M, heading, asOf, [
        { label: categoryLabel, value: r => r.label },
        { label: t('dash.count'), numeric: true, value: r => r.count, figure: r => `intellectualStructure.${key}.${r.code}` },
        { label: t('dash.m.shareOfIntellectuals'), numeric: true, value: r => r.percent, text: r => percent(r.percent),
          figure: r => `intellectualStructure.${key}.${r.code}.percent` }
      ], rows))];
  };
  return block('membership.intellectualStructure', title,
    h('p', { class: 'hint' }, t('dash.m.structureSource', { date: date(s.asOfDate), source: s.source || '—' })),
    figures(M, headline),
    exportButtons(h, t, fileName(title, asOf),
      () => [[t('dash.measure'), t('dash.count')], ...headline.map(f => [f.label, f.value])]),
    shares('bySector', t('dash.m.structureBySector'), s.bySector, t('dash.m.sector')),
    shares('byDegreeBucket', t('dash.m.structureByDegree'), s.byDegreeBucket, t('dash.m.degree')),
    shares('byField', t('dash.m.structureByField'), s.byField, t('dash.m.field')));
}

// ---------------------------------------------------------------------------------------------------------------
// Review: GET /api/review/statistics (ReviewSummary, docs/domain/reports.md#r-r1) and the overdue list of the date.

function reviewPart(summary, asOf, overdueResult) {
  const R = 'review';
  const rate = summary.adoption?.rate;
  const overdue = overdueResult.status === 'fulfilled' ? overdueResult.value : null;
  const headline = [
    { name: 'requestsReceived', label: t('dash.r.requestsReceived'), value: summary.requestsReceived },
    { name: 'engagements', label: t('dash.r.engagements'), value: summary.engagements },
    { name: 'reportsSent', label: t('dash.r.reportsSent'), value: summary.reportsSent },
    { name: 'closed', label: t('dash.r.closed'), value: summary.closed },
    { name: 'declined', label: t('dash.r.declined'), value: summary.declined },
    { name: 'cancelled', label: t('dash.r.cancelled'), value: summary.cancelled },
    { name: 'draftLawsCommented', label: t('dash.r.draftLawsCommented'), value: summary.draftLawsCommented },
    { name: 'workshopsHeld', label: t('dash.r.workshopsHeld'), value: summary.workshopsHeld },
    { name: 'adoptionRate', label: t('dash.r.adoptionRate'),
      value: rate === null || rate === undefined ? null : Math.round(rate * 10000) / 100, text: percent(rate === null || rate === undefined ? null : rate * 100) },
    ...(overdue ? [{ name: 'overdue', label: t('dash.r.overdue'), value: overdue.totalItems }] : [])
  ];
  const headlineTitle = t('dash.r.headline');
  const progress = headline.slice(0, 6);
  const requesters = Object.entries(summary.byRequester || {}).map(([name, count]) => ({ code: name, label: name, count }))
    .sort((a, b) => b.count - a.count || compare(a.label, b.label));
  return section(t('dash.context.review'),
    block('review.headline', headlineTitle, figures(R, headline),
      barChart({ title: t('dash.r.progress'), color: PALETTE[1], rows: progress.map(f => ({ label: f.label, value: f.value })) }),
      exportButtons(h, t, fileName(headlineTitle, asOf),
        () => [[t('dash.measure'), t('dash.count')], ...headline.map(f => [f.label, f.value ?? ''])])),
    breakdown(R, 'byForm', t('dash.r.byForm'), asOf, fromMap('ReviewForm', summary.byForm),
      { categoryLabel: t('dash.r.form'), countLabel: t('dash.r.engagementCount'), color: PALETTE[1] }),
    breakdown(R, 'bySubjectType', t('dash.r.bySubjectType'), asOf, fromMap('SubjectType', summary.bySubjectType),
      { categoryLabel: t('dash.r.subjectType'), countLabel: t('dash.r.engagementCount'), color: PALETTE[1] }),
    breakdown(R, 'byOrigin', t('dash.r.byOrigin'), asOf, fromMap('RequestOrigin', summary.byOrigin),
      { categoryLabel: t('dash.r.origin'), countLabel: t('dash.r.engagementCount'), color: PALETTE[1] }),
    breakdown(R, 'byRequesterKind', t('dash.r.byRequesterKind'), asOf, fromMap('RequesterKind', summary.byRequesterKind),
      { categoryLabel: t('dash.r.requesterKind'), countLabel: t('dash.r.engagementCount'), color: PALETTE[1] }),
    block('review.byRequester', t('dash.r.byRequester'),
      figureTable(R, t('dash.r.byRequester'), asOf, [
        { label: t('dash.r.requester'), value: r => r.label },
        { label: t('dash.r.engagementCount'), numeric: true, value: r => r.count, figure: r => `byRequester.${r.code}` }
      ], requesters)),
    adoptionBlock(R, asOf, summary.adoption || {}),
    overdueBlock(R, asOf, overdueResult));
}

/** Closed engagements by overall adoption, and their answered recommendations; the rate leaves out no-response. */
function adoptionBlock(R, asOf, adoption) {
  const title = t('dash.r.adoption');
  const recTitle = t('dash.r.recommendations');
  const recommendations = Object.entries(adoption.recommendations || {})
    .map(([code, count]) => ({ code, label: t(`dash.r.rec.${code}`), count }));
  return block('review.adoption', title,
    h('p', { class: 'hint' }, t('dash.r.rateHint')),
    h('h4', {}, t('dash.r.adoptionEngagements')),
    pair(barChart({ title: t('dash.r.adoptionEngagements'), color: PALETTE[0],
      rows: fromMap('Adoption', adoption.engagements).map(r => ({ label: r.label, value: r.count })) }),
    figureTable(R, t('dash.r.adoptionEngagements'), asOf, [
      { label: t('dash.r.adoptionLevel'), value: r => r.label },
      { label: t('dash.r.engagementCount'), numeric: true, value: r => r.count, figure: r => `adoption.engagements.${r.code}` }
    ], fromMap('Adoption', adoption.engagements))),
    h('h4', {}, recTitle),
    pair(seriesChart({ title: recTitle, mode: 'stacked',
      series: recommendations.map((r, i) => ({ label: r.label, color: [PALETTE[0], PALETTE[4], PALETTE[3], PALETTE[5]][i] })),
      rows: [{ label: t('dash.r.recommendationsAll'), values: recommendations.map(r => r.count) }] }),
    figureTable(R, recTitle, asOf, [
      { label: t('dash.r.adoptionLevel'), value: r => r.label },
      { label: t('dash.r.recommendationCount'), numeric: true, value: r => r.count,
        figure: r => `adoption.recommendations.${r.code}` }
    ], recommendations)));
}

/** Requests and engagements past a recorded due date on the date (most days late first). */
function overdueBlock(R, asOf, result) {
  const title = t('dash.r.overdueTitle');
  if (result.status === 'rejected') {
    return result.reason?.status === 403 ? null
      : block('review.overdue', title, notice(t('dash.failed', { context: title,
          detail: localized(result.reason?.body?.detail, result.reason?.body?.detailEn) || t('error.unexpected') }), 'error'));
  }
  const list = result.value;
  return block('review.overdue', title,
    list.totalItems > list.items.length
      ? h('p', { class: 'hint' }, t('dash.r.overdueShown', { shown: number(list.items.length), total: number(list.totalItems) }))
      : null,
    list.totalItems ? h('p', {}, link('/review/overdue', t('dash.r.overdueAll'), { on: asOf })) : null,
    figureTable(R, title, asOf, [
      { label: t('dash.r.engagement'), value: o => o.title, text: o => h('a', { href: href(`/review/engagements/${o.engagementId}`) }, o.title) },
      { label: t('dash.r.requester'), value: o => o.requester },
      { label: t('dash.r.status'), value: o => label('EngagementStatus', o.status) },
      { label: t('dash.r.what'), value: o => localized(o.what, o.whatEn) },
      { label: t('dash.r.dueDate'), value: o => date(o.dueDate) },
      { label: t('dash.r.daysLate'), numeric: true, value: o => o.daysLate, figure: o => `overdue.${o.engagementId}.daysLate` }
    ], list.items));
}
