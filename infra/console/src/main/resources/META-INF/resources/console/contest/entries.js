// Contest entries: the list (a judge's is their own sub-panel's, cut by the API), one entry with its dossier (without
// its authors when the edition judges blind), the judges of each round and every score as given — re-scores beside
// the first scores, never in their place; the judge's own assignments and the scoring screen, where the criteria
// and their maxima are the edition's rules in force.
import { h } from '../core/dom.js';
import { t, label } from '../core/i18n.js';
import { get, request } from '../core/api.js';
import { openRecord } from '../core/record.js';
import { date, number } from '../core/format.js';
import { listPage } from '../core/list.js';
import { page, link, facts, section, table, badge, failure, notice, toast, button } from '../core/ui.js';
import { openActionDialog } from '../core/forms.js';
import { EDITIONS, fieldName, options } from './editions.js';

const ENTRIES = '/api/contest/entries';
const TONES = { SUBMITTED: 'info', INCOMPLETE: 'muted', ELIGIBLE: 'ok', INELIGIBLE: 'bad', WITHDRAWN: 'muted',
  IN_JUDGING: 'info', RESCORING: 'bad', SCORED: 'ok' };
const entryBadge = status => badge(label('EntryStatus', status), TONES[status] || 'info');
const ROUND_OF = { PRELIMINARY_ROUND: 'PRELIMINARY', FINAL_ROUND: 'FINAL' };

export function entryRoutes(route) {
  route('/contest/entries', list, { signedIn: true });
  route('/contest/entries/:id', detail, { signedIn: true });
  route('/contest/my-assignments', mine, { signedIn: true });
}

function list(main) {
  return listPage(main, {
    title: t('contest.entries'),
    load: query => get(ENTRIES, { editionId: query.editionId, status: query.status, q: query.q, page: query.page,
                                  size: query.size }),
    filters: [{ name: 'status', label: t('contest.status'), options: options('EntryStatus') }],
    columns: [
      { label: t('contest.entryNo'), value: e => link(`/contest/entries/${e.id}`, e.entryNo) },
      { label: t('contest.title'), value: e => link(`/contest/entries/${e.id}`, e.dossier?.title) },
      { label: t('contest.field'), value: e => e.dossier?.field },
      { label: t('contest.status'), value: e => entryBadge(e.status) },
      { label: t('contest.prize'), value: e => (e.prize ? label('PrizeLevel', e.prize.level) : '') }
    ]
  });
}

/** What the judge still has to score: assigned in the edition's current round, not scored by them in it. */
function pending(entry, me, round) {
  const assigned = entry.assignments.some(a => a.judgeId === me && a.round === round);
  const scored = entry.scores.some(s => s.judgeId === me && s.round === round && !s.rescore);
  const rescoreDue = entry.status === 'RESCORING' && entry.panelJudges.includes(me)
    && !entry.scores.some(s => s.judgeId === me && s.round === round && s.rescore)
    && !entry.recusals.some(r => r.judgeId === me);
  return (assigned && !scored) || rescoreDue;
}

async function mine(main, { session }) {
  const me = session.personId;
  if (!me) {
    page(main, t('contest.mine'), notice(t('contest.noPersonLink')));
    return;
  }
  let result;
  try {
    result = await get(ENTRIES, { size: 100 });
  } catch (problem) {
    failure(main, problem);
    return;
  }
  const editions = new Map();
  for (const id of new Set(result.items.map(e => e.editionId))) {
    editions.set(id, await get(`${EDITIONS}/${encodeURIComponent(id)}`).catch(() => null));
  }
  const roundOf = e => ROUND_OF[editions.get(e.editionId)?.status];
  const mineOnly = result.items.filter(e => e.assignments.some(a => a.judgeId === me) || e.panelJudges.includes(me));
  const todo = mineOnly.filter(e => roundOf(e) && pending(e, me, roundOf(e)));
  const done = mineOnly.filter(e => !todo.includes(e) && e.scores.some(s => s.judgeId === me));
  const columns = [
    { label: t('contest.edition'), value: e => editions.get(e.editionId)?.label || '' },
    { label: t('contest.entryNo'), value: e => link(`/contest/entries/${e.id}`, e.entryNo) },
    { label: t('contest.title'), value: e => link(`/contest/entries/${e.id}`, e.dossier?.title) },
    { label: t('contest.field'), value: e => fieldName(editions.get(e.editionId)?.terms, e.dossier?.field) },
    { label: t('contest.status'), value: e => entryBadge(e.status) }
  ];
  page(main, t('contest.mine'),
    h('p', { class: 'lead' }, t('contest.mineLead')),
    section(t('contest.toScore'), table(columns, todo, { caption: t('contest.toScore'), empty: t('contest.nothingToScore') })),
    section(t('contest.scoredByMe'), table(columns, done, { caption: t('contest.scoredByMe'), empty: t('contest.noneScored') })));
}

async function detail(main, { params, session }) {
  const path = `${ENTRIES}/${encodeURIComponent(params.id)}`;
  const record = await openRecord(main, path, `/contest/entries/${params.id}`);
  if (!record) return;
  const e = record.data;
  const edition = await get(`${EDITIONS}/${encodeURIComponent(e.editionId)}`).catch(() => null);
  const terms = edition?.terms;
  const criteria = terms?.scoring?.criteria || [];
  const d = e.dossier || {};
  const me = session.personId;
  const round = ROUND_OF[edition?.status];
  const rescore = e.status === 'RESCORING';
  const scoring = me && round && pending(e, me, round);
  const score = scoring ? button(rescore ? t('contest.rescore') : t('contest.score'),
    () => scoreDialog(e, criteria, rescore, record), 'primary', { 'data-action': rescore ? 'rescores' : 'scores' }) : null;

  page(main, `${e.entryNo} — ${d.title}`,
    facts([
      [t('contest.edition'), edition ? link(`/contest/editions/${edition.id}`, edition.label) : e.editionId],
      [t('contest.status'), entryBadge(e.status)],
      [t('contest.field'), fieldName(terms, d.field)],
      [t('contest.entrantType'), label('EntrantType', d.entrantType)],
      d.organisationName ? [t('contest.organisation'), d.organisationName] : null,
      [t('contest.submittedOn'), date(e.submittedOn)],
      e.postmarkedOn ? [t('contest.postmarkedOn'), date(e.postmarkedOn)] : null,
      [t('contest.appliedSince'), d.appliedSinceYear ? String(d.appliedSinceYear) : '—'],
      d.applicationSites?.length ? [t('contest.sites'), d.applicationSites.join(', ')] : null,
      e.prize ? [t('contest.prize'), [label('PrizeLevel', e.prize.level), e.prize.revoked ? [' ', badge(t('contest.revoked'), 'bad')] : '']] : null
    ]),
    score ? h('div', { class: 'toolbar' }, score) : null,
    e.blind && !d.authors?.length ? notice(t('contest.blindNotice')) : section(t('contest.authors'), table([
      { label: t('contest.author'), value: a => a.name },
      { label: t('contest.principal'), value: a => (a.principal ? t('contest.yes') : '') },
      { label: t('contest.share'), numeric: true, value: a => `${a.sharePercent} %` },
      { label: t('contest.workplace'), value: a => a.workplace || '' }
    ], d.authors || [], { caption: t('contest.authors') })),
    section(t('contest.evidence'), table([
      { label: t('contest.evidenceType'), value: v => label('EvidenceType', v.type) },
      { label: t('contest.issuer'), value: v => v.issuer || '' },
      { label: t('contest.date'), value: v => date(v.date) }
    ], d.evidence || [], { caption: t('contest.evidence'), empty: t('contest.noEvidence') })),
    section(t('contest.assignments'), table([
      { label: t('contest.judge'), value: a => judgeName(edition, a.judgeId) },
      { label: t('contest.round'), value: a => label('Round', a.round) },
      { label: t('contest.date'), value: a => date(a.assignedOn) }
    ], e.assignments, { caption: t('contest.assignments'), empty: t('contest.noAssignments') })),
    section(t('contest.scores'), table([
      { label: t('contest.judge'), value: s => [judgeName(edition, s.judgeId), s.rescore ? [' ', badge(t('contest.rescoreBadge'), 'info')] : ''] },
      { label: t('contest.round'), value: s => label('Round', s.round) },
      ...criteria.map(c => ({ label: `${c.nameVi} (${c.maxPoints})`, numeric: true, value: s => number(s.points?.[c.code]) })),
      { label: t('contest.total'), numeric: true, value: s => number(s.total) },
      { label: t('contest.date'), value: s => date(s.scoredOn) }
    ], e.scores, { caption: t('contest.scores'), empty: t('contest.noScores') })),
    e.divergences.length ? notice(t('contest.divergence', { gap: number(e.divergences[0].gap), threshold: number(e.divergences[0].threshold) }), 'warning') : null,
    e.completion ? notice(t('contest.completed', { total: number(e.completion.meanTotal) })) : null,
    e.recusals.length ? section(t('contest.recusals'), table([
      { label: t('contest.judge'), value: r => judgeName(edition, r.judgeId) },
      { label: t('field.reason'), value: r => r.reason },
      { label: t('contest.date'), value: r => date(r.on) }
    ], e.recusals, { caption: t('contest.recusals') })) : null);
}

function judgeName(edition, id) {
  for (const panel of edition?.subPanels || []) {
    const judge = panel.judges.find(j => j.judgeId === id);
    if (judge) return judge.name;
  }
  return id;
}

async function scoreDialog(entry, criteria, rescore, record) {
  const done = await openActionDialog({
    title: rescore ? t('contest.rescore') : t('contest.score'),
    intro: rescore ? t('contest.rescoreIntro') : t('contest.scoreIntro'),
    fields: [
      ...criteria.map(c => ({ name: `points.${c.code}`, label: `${c.nameVi} (0–${c.maxPoints})`, type: 'number',
                              step: '0.1', required: true })),
      { name: 'comment', label: t('contest.comment'), type: 'textarea' }
    ],
    etag: record.etag,
    submit: (values, version) => request(`${ENTRIES}/${encodeURIComponent(entry.id)}/${rescore ? 'rescores' : 'scores'}`,
      { method: 'POST', body: values, etag: version }),
    reload: () => record.reload()
  });
  if (done) {
    toast(t('contest.scored'));
    record.afterChange(done.data);
  }
}
