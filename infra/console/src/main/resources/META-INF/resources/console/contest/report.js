// The contest's cumulative report as of any date (R-C1 for the technical contest, R-C2 for the youth contest) with
// each edition's result (R-C3), including the editions imported from before the platform. Both author measures are
// shown, each with its name: author participations (every author of every entry) and distinct authors.
import { h } from '../core/dom.js';
import { t, label, codesOf } from '../core/i18n.js';
import { get } from '../core/api.js';
import { date, number, today } from '../core/format.js';
import { current, navigate } from '../core/router.js';
import { page, section, table, failure } from '../core/ui.js';
import { buildForm } from '../core/forms.js';
import { options } from './editions.js';

export function reportRoutes(route) {
  route('/contest/report', report, { signedIn: true });
}

/** Counts by code, in the order the API lists the codes (prize levels from the highest). */
const counts = (map, type) => {
  const order = codesOf(type);
  return Object.entries(map || {}).map(([code, count]) => ({ code, count }))
    .sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code));
};

async function report(main) {
  const { query } = current();
  const type = query.type || 'TECH_INNOVATION';
  const asOf = query.asOf || today();
  let r;
  try {
    r = await get('/api/contest/statistics', { type, asOf });
  } catch (problem) {
    failure(main, problem);
    return;
  }
  const form = buildForm([
    { name: 'type', label: t('contest.type'), type: 'select', required: true, options: options('ContestType'), value: type },
    { name: 'asOf', label: t('contest.asOf'), type: 'date', required: true, value: asOf }
  ]);
  const show = h('form', { class: 'filters', on: { submit: event => {
    event.preventDefault();
    const values = form.values();
    if (values) navigate('/contest/report', { type: values.type, asOf: values.asOf });
  } } }, form.rows, form.message, h('button', { type: 'submit', class: 'btn btn-primary' }, t('contest.show')));
  page(main, `${t('contest.report')} — ${label('ContestType', type)}`,
    show,
    h('p', { class: 'lead' }, t('contest.reportAsOf', { date: date(r.asOf) })),
    section(t('contest.headline'), table([
      { label: t('contest.measure'), value: m => m.labelVi },
      { label: t('contest.value'), numeric: true, value: m => number(m.value) }
    ], r.measures, { caption: t('contest.headline') })),
    section(t('contest.byLevel'), table([
      { label: t('contest.level'), value: c => label('PrizeLevel', c.code) },
      { label: t('contest.count'), numeric: true, value: c => number(c.count) }
    ], counts(r.awardedByLevel, 'PrizeLevel'), { caption: t('contest.byLevel'), empty: t('contest.none') })),
    section(t('contest.national'), table([
      { label: t('contest.nationalEdition'), value: n => (n.nationalEdition ? String(n.nationalEdition) : '—') },
      { label: t('contest.year'), value: n => String(n.year) },
      { label: t('contest.level'), value: n => (n.level ? label('PrizeLevel', n.level) : t('contest.notAwarded')) },
      { label: t('contest.medal'), value: n => label('Medal', n.medal) },
      { label: t('contest.count'), numeric: true, value: n => number(n.count) }
    ], r.national, { caption: t('contest.national'), empty: t('contest.none') })),
    section(t('contest.byEdition'), table([
      { label: t('contest.ordinal'), numeric: true, value: e => String(e.ordinal) },
      { label: t('contest.awardYear'), numeric: true, value: e => String(e.awardYear) },
      { label: t('contest.entries'), numeric: true, value: e => number(e.entries) },
      { label: t('contest.participations'), numeric: true, value: e => number(e.authorParticipations) },
      { label: t('contest.units'), numeric: true, value: e => number(e.units) },
      { label: t('contest.prizes'), numeric: true, value: e => number(Object.values(e.awardedByLevel || {}).reduce((a, b) => a + b, 0)) },
      { label: t('contest.sentToNational'), numeric: true, value: e => number(e.sentToNational) },
      { label: t('contest.source'), value: e => (e.past ? t('contest.imported') : t('contest.onPlatform')) }
    ], r.byEdition, { caption: t('contest.byEdition'), empty: t('contest.none') })));
}
