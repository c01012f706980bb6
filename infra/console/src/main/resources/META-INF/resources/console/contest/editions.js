// Contest editions: the list by programme and status; one edition with its rules (every version, each under its
// committee decision), the jury's sub-panels, the results and prizes, national forwarding; its standings (raw and
// normalised totals, with each judge's mean and spread so the jury can defend its ranking); and the public gallery.
import { h } from '../core/dom.js';
import { t, label, codesOf } from '../core/i18n.js';
import { get } from '../core/api.js';
import { openRecord } from '../core/record.js';
import { date, number, vnd } from '../core/format.js';
import { listPage } from '../core/list.js';
import { page, link, facts, section, table, badge, failure, notice } from '../core/ui.js';

export const EDITIONS = '/api/contest/editions';

const TONES = { DRAFT: 'muted', RULES_ISSUED: 'info', OPEN: 'ok', CANCELLED: 'bad', ARCHIVED: 'muted' };
export const editionBadge = status => badge(label('EditionStatus', status), TONES[status] || 'info');
export const options = type => codesOf(type).map(code => ({ value: code, label: label(type, code) }));
export const decisionText = d => (d ? `${d.number} (${date(d.date)})` : '');
/** A field's name as the edition's rules call it. */
export const fieldName = (terms, code) => terms?.fields?.find(f => f.code === code)?.labelVi || code;

export function editionRoutes(route) {
  route('/contest/editions', list, { signedIn: true });
  route('/contest/editions/:id', detail, { signedIn: true });
  route('/contest/editions/:id/standings', standings, { signedIn: true });
  route('/contest/gallery', gallery, { signedIn: false });
}

function list(main) {
  return listPage(main, {
    title: t('contest.editions'),
    search: false,
    load: query => get(EDITIONS, { type: query.type, status: query.status, page: query.page, size: query.size }),
    filters: [
      { name: 'type', label: t('contest.type'), options: options('ContestType') },
      { name: 'status', label: t('contest.status'), options: options('EditionStatus') }
    ],
    columns: [
      { label: t('contest.edition'), value: e => link(`/contest/editions/${e.id}`, e.label) },
      { label: t('contest.type'), value: e => label('ContestType', e.type) },
      { label: t('contest.awardYear'), numeric: true, value: e => String(e.awardYear) },
      { label: t('contest.status'), value: e => editionBadge(e.status) },
      { label: t('contest.submissionClose'), value: e => date(e.terms?.submissionClose) },
      { label: t('contest.prizes'), numeric: true, value: e => number(e.awards?.length) }
    ]
  });
}

async function detail(main, { params, session }) {
  const path = `${EDITIONS}/${encodeURIComponent(params.id)}`;
  const record = await openRecord(main, path, `/contest/editions/${params.id}`);
  if (!record) return;
  const e = record.data;
  const terms = e.terms || {};
  const office = !session.roles.every(r => r === 'JUDGE');
  page(main, e.label,
    facts([
      [t('contest.type'), label('ContestType', e.type)],
      [t('contest.ordinal'), String(e.ordinal)],
      [t('contest.awardYear'), String(e.awardYear)],
      [t('contest.status'), editionBadge(e.status)],
      [t('contest.window'), `${date(terms.submissionOpen)} – ${date(terms.submissionClose)}`],
      [t('contest.postmark'), terms.postmarkRule ? t('contest.yes') : t('contest.no')],
      [t('contest.blind'), terms.blindJudging ? t('contest.yes') : t('contest.no')],
      e.nationalEdition ? [t('contest.nationalEdition'), String(e.nationalEdition)] : null,
      e.juryDecision ? [t('contest.juryDecision'), decisionText(e.juryDecision)] : null,
      e.resultsDecision ? [t('contest.resultsDecision'), decisionText(e.resultsDecision)] : null
    ]),
    h('div', { class: 'toolbar' },
      link('/contest/entries', t('contest.entriesOfEdition'), { editionId: e.id }), ' ',
      office ? link(`/contest/editions/${e.id}/standings`, t('contest.standings')) : null),
    section(t('contest.rulesVersions'), table([
      { label: t('contest.version'), numeric: true, value: v => String(v.version) },
      { label: t('contest.decision'), value: v => decisionText(v.decision) },
      { label: t('contest.criteria'), value: v => (v.scoring?.criteria || []).map(c => `${c.nameVi} ${c.maxPoints}`).join(' · ') },
      { label: t('contest.appliedSince'), value: v => (v.eligibility?.appliedSinceYear ? String(v.eligibility.appliedSinceYear) : '—') },
      { label: t('contest.submissionClose'), value: v => date(v.submissionClose) }
    ], e.versions.length ? e.versions : [terms], { caption: t('contest.rulesVersions') })),
    section(t('contest.subPanels'), table([
      { label: t('contest.field'), value: p => fieldName(terms, p.field) },
      { label: t('contest.judges'), value: p => p.judges.map(j => (j.judgeId === p.chairId ? `${j.name} (${t('contest.chair')})` : j.name)).join(', ') }
    ], e.subPanels, { caption: t('contest.subPanels'), empty: t('contest.noJury') })),
    section(t('contest.awards'), table([
      { label: t('contest.entryNo'), value: a => link(`/contest/entries/${a.entryId}`, a.entryNo) },
      { label: t('contest.title'), value: a => a.title },
      { label: t('contest.field'), value: a => fieldName(terms, a.field) },
      { label: t('contest.level'), value: a => label('PrizeLevel', a.level) },
      { label: t('contest.total'), numeric: true, value: a => number(a.total) },
      { label: t('contest.amount'), numeric: true, value: a => vnd(a.amountVnd) }
    ], e.awards, { caption: t('contest.awards'), empty: t('contest.noAwards') })),
    e.proposal ? section(t('contest.proposal'), notice(`${e.proposal.minutes} — ${date(e.proposal.proposedOn)}`)) : null,
    e.nominations.length ? section(t('contest.nominations'), table([
      { label: t('contest.target'), value: n => label('NationalTarget', n.target) },
      { label: t('contest.nationalEdition'), value: n => (n.nationalEdition ? String(n.nationalEdition) : '') },
      { label: t('contest.sentOn'), value: n => date(n.sentOn) },
      { label: t('contest.entriesSent'), numeric: true, value: n => number(n.entryIds.length) }
    ], e.nominations, { caption: t('contest.nominations') })) : null,
    e.nationalResults.length ? section(t('contest.nationalResults'), table([
      { label: t('contest.entry'), value: r => link(`/contest/entries/${r.entryId}`, t('contest.open')) },
      { label: t('contest.level'), value: r => (r.level ? label('PrizeLevel', r.level) : t('contest.notAwarded')) },
      { label: t('contest.medal'), value: r => label('Medal', r.medal) },
      { label: t('contest.year'), value: r => String(r.year) }
    ], e.nationalResults, { caption: t('contest.nationalResults') })) : null,
    e.revocations.length ? section(t('contest.revocations'), table([
      { label: t('contest.entry'), value: r => link(`/contest/entries/${r.entryId}`, t('contest.open')) },
      { label: t('contest.level'), value: r => label('PrizeLevel', r.level) },
      { label: t('field.reason'), value: r => r.reason },
      { label: t('contest.decision'), value: r => decisionText(r.decision) }
    ], e.revocations, { caption: t('contest.revocations') })) : null);
}

async function standings(main, { params }) {
  let edition;
  let result;
  try {
    edition = await get(`${EDITIONS}/${encodeURIComponent(params.id)}`);
    result = await get(`${EDITIONS}/${encodeURIComponent(params.id)}/standings`);
  } catch (problem) {
    failure(main, problem);
    return;
  }
  const how = row => (row.how?.adjustments || []).map(a =>
    `${a.judgeId}: ${number(a.raw)} → ${number(a.normalised)} (${t('contest.judgeMean')} ${number(a.judgeMean)}, `
    + `${t('contest.judgeSd')} ${number(a.judgeSd)}${a.adjusted ? '' : `, ${t('contest.notAdjusted')}`})`).join('; ');
  page(main, `${t('contest.standings')} — ${edition.label}`,
    notice(result.rankedBy === 'NORMALISED' ? t('contest.rankedNormalised') : t('contest.rankedRaw')),
    table([
      { label: t('contest.field'), value: r => fieldName(edition.terms, r.field) },
      { label: t('contest.rank'), numeric: true, value: r => String(r.rankInField) },
      { label: t('contest.entryNo'), value: r => link(`/contest/entries/${r.entryId}`, r.entryNo) },
      { label: t('contest.title'), value: r => r.title },
      { label: t('contest.rawMean'), numeric: true, value: r => number(r.rawMean) },
      { label: t('contest.normalisedMean'), numeric: true, value: r => number(r.normalisedMean) },
      { label: t('contest.qualifies'), value: r => (r.qualifies ? badge(t('contest.yes'), 'ok') : badge(t(r.disqualifiedBy === 'contest.scoring.below-minimum' ? 'contest.belowMinimum' : 'contest.notQualified'), 'muted')) },
      { label: t('contest.how'), value: how }
    ], result.rows, { caption: t('contest.standings'), empty: t('contest.noStandings') }));
}

async function gallery(main) {
  let editions;
  try {
    editions = await get('/api/contest/gallery');
  } catch (problem) {
    failure(main, problem);
    return;
  }
  page(main, t('contest.gallery'),
    h('p', { class: 'lead' }, t('contest.galleryLead')),
    editions.length ? editions.map(e => section(`${e.label} (${e.awardYear})`, table([
      { label: t('contest.level'), value: s => s.levelVi },
      { label: t('contest.title'), value: s => s.title },
      { label: t('contest.authors'), value: s => [s.authors.join(', '), s.authorsNotShown ? ` (+${s.authorsNotShown})` : ''] }
    ], e.solutions, { caption: e.label }))) : notice(t('contest.galleryEmpty')));
}
