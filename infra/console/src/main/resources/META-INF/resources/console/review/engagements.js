// Review engagements: the board by status and the list (same filters, kept in the address), one engagement with
// everything the API lets this caller see and the actions it offers, the overdue list and the published outcomes.
import { h, uid } from '../core/dom.js';
import { t, label, codesOf, localized } from '../core/i18n.js';
import { get, request } from '../core/api.js';
import { openRecord } from '../core/record.js';
import { date, number, vnd, yesNo } from '../core/format.js';
import { current, href, navigate, updateQuery } from '../core/router.js';
import { listPage } from '../core/list.js';
import { page, link, facts, section, table, timeline, badge, failure, notice } from '../core/ui.js';
import { actionBar, loadActions } from '../core/actions.js';
import { REVIEW_READERS } from '../core/roles.js';
import { historyTable } from '../membership/organizations.js';
import { engagementActions, PANEL_MEMBER_ACTIONS, rowActions, options, decisionText, labels, expertName } from './fields.js';

export const ENGAGEMENTS = '/api/review/engagements';

const TONES = { INCOMPLETE: 'warn', DECLINED: 'bad', CANCELLED: 'muted', CLOSED: 'ok', REPORT_SENT: 'ok',
                RESPONSE_RECEIVED: 'ok', INTERNAL_APPROVAL: 'warn' };
export const statusBadge = status => badge(label('EngagementStatus', status), TONES[status] || 'info');
const MEMBER_TONES = { ACCEPTED: 'info', CONFIRMED: 'ok', DECLINED: 'muted', REMOVED: 'bad', INVITED: 'warn' };
const memberBadge = code => badge(label('PanelInvitation', code), MEMBER_TONES[code] || 'info');
const ADOPTION_TONES = { ADOPTED: 'ok', PARTIALLY_ADOPTED: 'info', NOT_ADOPTED: 'bad', NO_RESPONSE: 'muted' };
export const adoptionBadge = code => (code ? badge(label('Adoption', code), ADOPTION_TONES[code]) : '');

const isReader = session => REVIEW_READERS.some(r => session.roles.includes(r));
/** Panel, opinions, drafts and money are in the view only for the union's people (the API cuts it per caller). */
const canPanel = (session, e) => isReader(session) && e.panel !== undefined;

export function engagementRoutes(route) {
  route('/review/outcomes', outcomes);
  route('/review/engagements', engagements, { signedIn: true });
  route('/review/engagements/:id', detail, { signedIn: true });
  route('/review/overdue', overdue, { signedIn: true });
}

const FILTERS = ['q', 'status', 'subjectType', 'year'];

function years() {
  const now = new Date().getFullYear();
  return Array.from({ length: now - 2014 + 2 }, (x, i) => String(now + 1 - i)).map(y => ({ value: y, label: y }));
}

function viewToggle(query) {
  const board = query.view === 'board';
  const keep = Object.fromEntries(FILTERS.filter(f => query[f]).map(f => [f, query[f]]));
  return h('nav', { class: 'view-toggle', 'aria-label': t('review.view') },
    h('a', { class: ['btn', board ? 'btn-secondary' : 'btn-primary'], href: href('/review/engagements', keep),
             'aria-current': board ? null : 'page' }, t('review.viewList')),
    h('a', { class: ['btn', board ? 'btn-primary' : 'btn-secondary'], href: href('/review/engagements', { ...keep, view: 'board' }),
             'aria-current': board ? 'page' : null }, t('review.viewBoard')));
}

function engagements(main, ctx) {
  const title = isReader(ctx.session) ? t('review.engagements') : t('review.myRequests');
  if (ctx.query.view === 'board') return board(main, ctx, title);
  return listPage(main, {
    title,
    search: t('review.search'),
    load: query => get(ENGAGEMENTS, { ...query, view: undefined }),
    toolbar: [viewToggle(ctx.query)],
    sorts: [
      { value: 'receivedAt', label: t('review.sort.oldestFirst') },
      { value: 'title', label: t('review.sort.title') },
      { value: 'reportDue', label: t('review.sort.reportDue') }
    ],
    filters: [
      { name: 'status', label: t('review.status'), options: options('EngagementStatus') },
      { name: 'subjectType', label: t('review.subjectType'), options: options('SubjectType') },
      { name: 'year', label: t('review.year'), options: years() }
    ],
    columns: [
      { label: t('review.title'), value: e => link(`/review/engagements/${e.id}`, e.title) },
      { label: t('review.requester'), value: e => e.requester?.name },
      { label: t('review.subjectType'), value: e => label('SubjectType', e.subjectType) },
      { label: t('review.status'), value: e => statusBadge(e.status) },
      { label: t('review.receivedAt'), value: e => date(e.receivedAt) },
      { label: t('review.reportDue'), value: e => date(e.plan?.reportDue || e.due?.reportDue) }
    ]
  });
}

/** One column per status, in the order the API's labels declare; each column is its own server-paged query. */
async function board(main, { query }, title) {
  const size = 20;
  const filters = { q: query.q, subjectType: query.subjectType, year: query.year };
  const statuses = query.status ? [query.status] : codesOf('EngagementStatus');
  let columns;
  try {
    // Usually one call: when every matching engagement fits in one page, the columns are that page by status;
    // otherwise each column is its own server-paged query.
    const all = await get(ENGAGEMENTS, { ...filters, status: query.status, size: 100 });
    columns = all.totalItems <= all.items.length
      ? statuses.map(status => {
          const items = all.items.filter(e => e.status === status);
          return { status, result: { items: items.slice(0, size), totalItems: items.length } };
        })
      : await Promise.all(statuses.map(async status => ({ status, result: await get(ENGAGEMENTS, { ...filters, status, size }) })));
  } catch (problem) {
    failure(main, problem);
    return;
  }
  page(main, title,
    h('div', { class: 'toolbar' }, viewToggle(query)),
    boardFilters(query),
    h('div', { class: 'board' }, columns.map(({ status, result }) => {
      const headingId = uid('col');
      return h('section', { class: 'board-column', 'aria-labelledby': headingId, 'data-status': status,
                           'data-empty': result.totalItems === 0 ? 'true' : null },
        h('h2', { id: headingId }, label('EngagementStatus', status), ' ',
          h('span', { class: 'count' }, t('review.columnCount', { count: number(result.totalItems) }))),
        result.items.length
          ? h('ul', {}, result.items.map(e => h('li', { class: 'board-card' },
              h('a', { href: href(`/review/engagements/${e.id}`) }, e.title),
              h('div', {}, e.requester?.name),
              h('div', {}, label('SubjectType', e.subjectType)),
              (e.plan?.reportDue || e.due?.reportDue)
                ? h('div', {}, t('review.dueOn', { date: date(e.plan?.reportDue || e.due?.reportDue) })) : null)))
          : h('p', { class: 'empty' }, t('review.columnEmpty')),
        result.totalItems > result.items.length
          ? h('p', {}, link('/review/engagements', t('review.columnMore', { count: number(result.totalItems) }),
                            { ...filters, status })) : null);
    })));
}

function boardFilters(query) {
  const q = uid('q');
  const subject = uid('subjectType');
  const year = uid('year');
  const select = (id, name, choices) => h('select', { id, name, on: { change: e => updateQuery({ [name]: e.target.value || undefined }) } },
    h('option', { value: '' }, t('list.all')), choices.map(o => h('option', { value: o.value, selected: query[name] === o.value }, o.label)));
  return h('form', { class: 'filters', role: 'search', on: { submit: e => {
    e.preventDefault();
    updateQuery({ q: e.target.elements.q.value.trim() || undefined });
  } } },
    h('div', { class: 'field' }, h('label', { for: q }, t('review.search')),
      h('input', { id: q, type: 'search', name: 'q', value: query.q || '', autocomplete: 'off' })),
    h('div', { class: 'field' }, h('label', { for: subject }, t('review.subjectType')), select(subject, 'subjectType', options('SubjectType'))),
    h('div', { class: 'field' }, h('label', { for: year }, t('review.year')), select(year, 'year', years())),
    h('button', { type: 'submit', class: 'btn btn-primary' }, t('list.find')));
}

async function detail(main, { params, session }) {
  const path = `${ENGAGEMENTS}/${encodeURIComponent(params.id)}`;
  const record = await openRecord(main, path, `/review/engagements/${params.id}`);
  if (!record) return;
  const e = record.data;
  const again = record.afterChange;
  const { actionsPath } = record;

  // The pool (names of experts who consented, for choosing and showing panel members): only the union's people read it.
  let pool = null;
  if (canPanel(session, e)) {
    try {
      pool = new Map((await get('/api/review/experts', { size: 100 })).items.map(x => [x.expertId, x]));
    } catch {
      pool = null;
    }
  }
  const offered = await loadActions(actionsPath);
  const actionsSlot = h('div', { class: 'action-slot' });
  const historySlot = h('div');
  const historySection = isReader(session) ? section(t('history.title'), historySlot) : null;
  const forms = engagementActions(e, pool);

  page(main, e.title,
    facts([
      [t('review.status'), statusBadge(e.status)],
      [t('review.statusSince'), date(e.statusSince)],
      [t('review.origin'), label('RequestOrigin', e.origin)],
      [t('review.requester'), e.requester ? `${e.requester.name} — ${label('RequesterKind', e.requester.kind)}` : ''],
      [t('review.subjectType'), label('SubjectType', e.subjectType)],
      [t('review.issuingLevel'), label('IssuingLevel', e.issuingLevel)],
      [t('review.sector'), e.sector],
      [t('review.draftingBody'), e.draftingBody],
      [t('review.reviewTypes'), labels('ReviewType', e.reviewTypes)],
      [t('review.forms'), labels('ReviewForm', e.forms || e.plan?.forms)],
      [t('review.receivedAt'), date(e.receivedAt)],
      [t('review.requestedDeadline'), date(e.requestedDeadline)],
      [t('review.confidential'), yesNo(e.confidential, t)],
      e.coOrganiser ? [t('review.coOrganiser'), e.coOrganiser] : null,
      e.leadOrg ? [t('review.leadOrg'), e.leadOrg] : null,
      [t('review.dossier'), (e.dossier || []).join('; ')],
      e.missingDocuments?.length ? [t('review.missing'), e.missingDocuments.join('; ')] : null,
      e.closedOn ? [t('review.closedOn'), date(e.closedOn)] : null,
      e.adoption ? [t('review.adoption'), adoptionBadge(e.adoption)] : null,
      [t('review.published'), e.published ? t('review.publishedOn', { date: date(e.publishedOn) }) : t('common.no')]
    ]),
    section(t('actions.title'), actionsSlot),
    e.due ? section(t('review.due'), facts([
      [t('review.acknowledgeBy'), date(e.due.acknowledgeBy)],
      [t('review.decideBy'), date(e.due.decideBy)],
      [t('review.reportDue'), date(e.plan?.reportDue || e.due.reportDue)],
      e.due.responseDue || e.sentReport?.responseDue ? [t('review.responseDue'), date(e.sentReport?.responseDue || e.due.responseDue)] : null,
      e.due.shortNotice ? [t('review.shortNotice'), t('common.yes')] : null,
      [t('review.regulation'), e.due.regulation]
    ])) : null,
    decisions(e),
    e.plan || e.costs ? planSection(e) : null,
    canPanel(session, e) ? panelSection(e, pool, offered, record, again) : null,
    e.opinions ? section(t('review.opinions'), table([
      { label: t('review.expert'), value: o => expertName(pool, o.expertId) },
      { label: t('review.version'), numeric: true, value: o => number(o.version) },
      { label: t('review.submittedOn'), value: o => date(o.submittedOn || o.submittedAt) },
      { label: t('review.opinionText'), value: o => h('div', { class: 'prose' }, o.text) }
    ], Object.values(e.opinions), { caption: t('review.opinions') })) : null,
    e.workshops?.length ? section(t('review.workshops'), table([
      { label: t('review.heldOn'), value: w => date(w.heldOn) },
      { label: t('review.attendees'), numeric: true, value: w => number(w.attendees) },
      { label: t('review.workshopSummary'), value: w => h('div', { class: 'prose' }, w.summary) }
    ], e.workshops, { caption: t('review.workshops') })) : null,
    e.drafts?.length ? section(t('review.drafts'), [...e.drafts].reverse().map(d =>
      h('article', { class: 'report' }, h('h3', {}, t('review.draftVersion', { version: d.version, at: date(d.draftedAt) })),
        reportBody(d, pool)))) : null,
    e.sentReport ? section(t('review.sentReport'),
      facts([
        [t('review.version'), number(e.sentReport.version)],
        [t('decision.title'), decisionText(e.sentReport.decision)],
        [t('review.signedBy'), e.sentReport.signedBy],
        [t('review.sentOn'), date(e.sentReport.sentOn)],
        [t('review.responseDue'), date(e.sentReport.responseDue)]
      ]), reportBody(e.sentReport, pool)) : null,
    e.response ? responseSection(e) : null,
    e.statusTimeline ? section(t('review.timeline'), timeline(e.statusTimeline.map(entry => ({
      when: date(entry.effectiveDate),
      title: label('EngagementStatus', entry.status),
      detail: [entry.decision ? decisionText(entry.decision) : null, entry.reason].filter(Boolean).join(' — '),
      by: entry.recordedAt ? t('history.recordedAt', { at: date(entry.recordedAt) }) : null
    })))) : null,
    historySection);

  const bar = await actionBar(actionsPath, forms, record, again, offered);
  actionsSlot.replaceChildren(bar || h('p', { class: 'empty' }, t('actions.none')));
  if (isReader(session)) {
    try {
      const history = await get(`${path}/history`, { size: 50 });
      historySlot.replaceChildren(historyTable(Array.isArray(history) ? history : history.items));
    } catch (problem) {
      if (problem?.status === 404) historySection.remove();
      else historySlot.replaceChildren(notice(t('history.unavailable')));
    }
  }
}

function decisions(e) {
  const rows = [
    e.proposalApproval ? [t('review.proposalApproval'), decisionText(e.proposalApproval)] : null,
    e.acceptance ? [t('review.acceptance'), decisionText(e.acceptance)] : null,
    e.decline ? [t('review.decline'), `${decisionText(e.decline.decision)} — ${e.decline.reason}`] : null
  ].filter(Boolean);
  return rows.length ? section(t('review.decisions'), facts(rows)) : null;
}

function planSection(e) {
  const p = e.plan;
  return section(t('review.planAndFunding'),
    p ? facts([
      [t('review.forms'), labels('ReviewForm', p.forms)],
      [t('review.fundingSource'), label('FundingSource', p.fundingSource)],
      [t('review.estimateVnd'), vnd(p.estimateVnd)],
      [t('review.planYear'), String(p.planYear)],
      [t('review.contractRef'), p.contractRef],
      [t('review.contractSignedOn'), date(p.contractSignedOn)],
      [t('review.reportDue'), date(p.reportDue)],
      e.costTotalVnd !== undefined ? [t('review.costTotal'), vnd(e.costTotalVnd)] : null
    ]) : null,
    e.costs ? table([
      { label: t('review.incurredOn'), value: c => date(c.incurredOn) },
      { label: t('review.costDescription'), value: c => c.description },
      { label: t('review.planYear'), value: c => String(c.planYear) },
      { label: t('review.amountVnd'), numeric: true, value: c => vnd(c.amountVnd) }
    ], e.costs, { caption: t('review.costs'), empty: t('review.noCosts') }) : null);
}

function panelSection(e, pool, offered, record, again) {
  const members = Object.values(e.panel || {});
  return section(t('review.panel'),
    facts([
      [t('review.panelFormedOn'), date(e.panelFormedOn)],
      e.panelSize !== undefined ? [t('review.panelSize'), number(e.panelSize)] : null
    ]),
    table([
      { label: t('review.expert'), value: m => expertName(pool, m.expertId) },
      { label: t('review.role'), value: m => label('PanelRole', m.role) },
      { label: t('review.invitation'), value: m => memberBadge(m.invitation) },
      { label: t('review.dates'), value: m => [
        t('review.invitedOnShort', { date: date(m.invitedOn) }),
        m.acceptedOn ? t('review.acceptedOnShort', { date: date(m.acceptedOn) }) : null,
        m.declinedOn ? t('review.declinedOnShort', { date: date(m.declinedOn) }) : null].filter(Boolean).join('; ') },
      { label: t('review.declaration'), value: m => (m.declaration ? [
        m.declaration.interests.length ? labels('InterestKind', m.declaration.interests) : t('review.noInterests'),
        t('review.signedOnShort', { date: date(m.declaration.signedOn) }),
        m.declaration.nonDisclosureSigned ? t('review.ndaSigned') : t('review.ndaMissing')].join('; ')
        : t('review.noDeclaration')) },
      { label: t('review.note'), value: m => m.declineReason || m.removalReason || '' },
      { label: t('actions.title'), value: m => rowActions(offered, PANEL_MEMBER_ACTIONS, 'panel', m.expertId, record, again,
                                                          expertName(pool, m.expertId)) || '' }
    ], members, { caption: t('review.panel'), empty: t('review.noPanel') }));
}

function reportBody(r, pool) {
  return [
    h('h4', {}, t('review.summary')), h('div', { class: 'prose' }, r.summary),
    r.findings ? [h('h4', {}, t('review.findings')), h('div', { class: 'prose' }, r.findings)] : null,
    h('h4', {}, t('review.recommendations')),
    h('ol', { class: 'recommendations' }, (r.recommendations || []).map(rec =>
      h('li', {}, h('strong', {}, rec.recommendationId), ' ', rec.text))),
    r.dissentingOpinions?.length ? [h('h4', {}, t('review.dissents')),
      h('ul', {}, r.dissentingOpinions.map(d => h('li', {}, d.expertId ? `${expertName(pool, d.expertId)}: ${d.text}` : d.text)))] : null
  ];
}

function responseSection(e) {
  const texts = new Map((e.sentReport?.recommendations || []).map(r => [r.recommendationId, r.text]));
  const counts = e.adoptionCounts;
  return section(t('review.response'),
    facts([
      [t('review.receivedOn'), date(e.response.receivedOn)],
      [t('review.adoption'), adoptionBadge(e.response.adoption || e.adoption)],
      counts ? [t('review.adoptionCounts'), t('review.counts', counts)] : null,
      [t('review.responseExplanation'), e.response.explanation]
    ]),
    table([
      { label: t('review.recommendation'), value: a => [h('strong', {}, a.recommendationId), ' ', texts.get(a.recommendationId) || ''] },
      { label: t('review.adoption'), value: a => adoptionBadge(a.adoption) },
      { label: t('review.answerExplanationShort'), value: a => a.explanation }
    ], e.response.answers, { caption: t('review.response') }));
}

function overdue(main) {
  return listPage(main, {
    title: t('review.overdue'),
    search: false,
    size: 50,
    load: query => get(`${ENGAGEMENTS}/overdue`, { page: query.page, size: query.size, on: query.on, knownAt: query.knownAt }),
    toolbar: current().query.on ? [notice(t('review.overdueOn', { date: date(current().query.on) }))] : null,
    columns: [
      { label: t('review.title'), value: o => link(`/review/engagements/${o.engagementId}`, o.title) },
      { label: t('review.requester'), value: o => o.requester },
      { label: t('review.status'), value: o => statusBadge(o.status) },
      { label: t('review.overdueWhat'), value: o => localized(o.what, o.whatEn) },
      { label: t('review.dueDate'), value: o => date(o.dueDate) },
      { label: t('review.daysLate'), numeric: true, value: o => number(o.daysLate) }
    ]
  });
}

/** Public: what the union chose to publish of its closed engagements. */
function outcomes(main) {
  return listPage(main, {
    title: t('review.outcomes'),
    search: false,
    load: query => get('/api/review/outcomes', { page: query.page, size: query.size }),
    columns: [
      { label: t('review.title'), value: o => o.title },
      { label: t('review.requester'), value: o => o.requester?.name },
      { label: t('review.subjectType'), value: o => label('SubjectType', o.subjectType) },
      { label: t('review.forms'), value: o => labels('ReviewForm', o.forms) },
      { label: t('review.closedOn'), value: o => date(o.closedOn) },
      { label: t('review.adoption'), value: o => adoptionBadge(o.adoption) },
      { label: t('review.adoptionCounts'), value: o => (o.adoptionCounts ? t('review.counts', o.adoptionCounts) : '') }
    ]
  });
}
