// Annual review plans (kế hoạch TVPB năm): the list by year and status, one plan with its items, estimate and
// costs in đồng, its history, and the actions the API offers on the plan and on each item.
import { h } from '../core/dom.js';
import { t, label } from '../core/i18n.js';
import { get, request } from '../core/api.js';
import { openRecord } from '../core/record.js';
import { date, number, vnd } from '../core/format.js';
import { navigate } from '../core/router.js';
import { listPage } from '../core/list.js';
import { page, link, facts, section, table, badge, failure, notice, toast } from '../core/ui.js';
import { actionBar, loadActions } from '../core/actions.js';
import { openActionDialog } from '../core/forms.js';
import { ROLE } from '../core/roles.js';
import { historyTable } from '../membership/organizations.js';
import { PLAN_ACTIONS, PLAN_ITEM_ACTIONS, rowActions, options, decisionText, labels } from './fields.js';

const PLANS = '/api/review/plans';
/** Who drafts, lists and costs plans (ReviewAccess WORKERS). */
export const PLAN_WRITERS = [ROLE.UNION_ADMIN, ROLE.UNION_STAFF, ROLE.REVIEW_COORDINATOR];

const TONES = { DRAFT: 'muted', SUBMITTED: 'info', APPROVED: 'ok' };
const statusBadge = status => badge(label('PlanStatus', status), TONES[status] || 'info');
const over = flag => (flag ? badge(t('review.overEstimate'), 'bad') : '');

export function planRoutes(route) {
  route('/review/plans', list, { signedIn: true });
  route('/review/plans/:id', detail, { signedIn: true });
}

function yearOptions() {
  const now = new Date().getFullYear();
  return Array.from({ length: now - 2014 + 3 }, (x, i) => String(now + 2 - i)).map(y => ({ value: y, label: y }));
}

function list(main, { session }) {
  const writer = PLAN_WRITERS.some(r => session.roles.includes(r));
  return listPage(main, {
    title: t('review.plans'),
    search: false,
    load: query => get(PLANS, { year: query.year, status: query.status, page: query.page, size: query.size }),
    filters: [
      { name: 'year', label: t('review.year'), options: yearOptions() },
      { name: 'status', label: t('review.status'), options: options('PlanStatus') }
    ],
    toolbar: writer ? [h('button', { type: 'button', class: 'btn btn-primary', on: { click: draft } }, t('review.newPlan'))] : null,
    columns: [
      { label: t('review.year'), value: p => link(`/review/plans/${p.id}`, String(p.year)) },
      { label: t('review.planTitle'), value: p => link(`/review/plans/${p.id}`, p.title) },
      { label: t('review.status'), value: p => statusBadge(p.status) },
      { label: t('review.items'), numeric: true, value: p => number(p.items?.length) },
      { label: t('review.estimateTotal'), numeric: true, value: p => vnd(p.estimateTotalVnd) },
      { label: t('review.actualTotal'), numeric: true, value: p => [vnd(p.actualTotalVnd), ' ', over(p.overEstimate)] }
    ]
  });
}

async function draft() {
  const created = await openActionDialog({
    title: t('review.newPlan'),
    fields: [
      { name: 'year', label: t('review.year'), type: 'number', required: true, value: new Date().getFullYear() + 1 },
      { name: 'title', label: t('review.planTitle'), required: true }
    ],
    submit: values => request(PLANS, { method: 'POST', body: values }),
    reload: async () => null
  });
  if (created) {
    toast(t('review.planDrafted'));
    const id = created.data?.id || created.location?.split('/').pop();
    setTimeout(() => navigate(`/review/plans/${id}`), 300);
  }
}

async function detail(main, { params }) {
  const path = `${PLANS}/${encodeURIComponent(params.id)}`;
  const record = await openRecord(main, path, `/review/plans/${params.id}`);
  if (!record) return;
  const plan = record.data;
  const again = record.afterChange;
  const { actionsPath } = record;
  const offered = await loadActions(actionsPath);
  const actionsSlot = h('div', { class: 'action-slot' });
  const historySlot = h('div');
  const titles = new Map(plan.items.map(i => [i.itemId, i.title]));

  page(main, `${plan.title} (${plan.year})`,
    facts([
      [t('review.status'), statusBadge(plan.status)],
      [t('review.year'), String(plan.year)],
      [t('review.estimateTotal'), vnd(plan.estimateTotalVnd)],
      plan.approvedEstimateVnd !== null && plan.approvedEstimateVnd !== undefined
        ? [t('review.approvedEstimate'), vnd(plan.approvedEstimateVnd)] : null,
      [t('review.actualTotal'), [vnd(plan.actualTotalVnd), ' ', over(plan.overEstimate)]],
      [t('review.planSubmittedOn'), date(plan.submittedOn)],
      plan.approval ? [t('review.planApproval'), decisionText(plan.approval)] : null
    ]),
    section(t('actions.title'), actionsSlot),
    section(t('review.items'), table([
      { label: t('review.itemTitle'), value: i => i.title },
      { label: t('review.subjectType'), value: i => label('SubjectType', i.subjectType) },
      { label: t('review.forms'), value: i => labels('ReviewForm', i.forms) },
      { label: t('review.engagement'), value: i => (i.engagementId ? link(`/review/engagements/${i.engagementId}`, t('review.open')) : '') },
      { label: t('review.estimateVnd'), numeric: true, value: i => vnd(i.estimateVnd) },
      { label: t('review.actualVnd'), numeric: true, value: i => [vnd(i.actualVnd), ' ', over(i.overEstimate)] },
      { label: t('actions.title'), value: i => rowActions(offered, PLAN_ITEM_ACTIONS, 'items', i.itemId, record, again, i.title) || '' }
    ], plan.items, { caption: t('review.items'), empty: t('review.noItems') })),
    section(t('review.costs'), table([
      { label: t('review.incurredOn'), value: c => date(c.incurredOn) },
      { label: t('review.itemTitle'), value: c => titles.get(c.itemId) || c.itemId || '' },
      { label: t('review.engagement'), value: c => (c.engagementId ? link(`/review/engagements/${c.engagementId}`, t('review.open')) : '') },
      { label: t('review.costDescription'), value: c => c.description },
      { label: t('review.amountVnd'), numeric: true, value: c => [vnd(c.amountVnd), ' ', over(c.overEstimate)] }
    ], plan.costs, { caption: t('review.costs'), empty: t('review.noCosts') })),
    plan.returns?.length ? section(t('review.returns'), table([
      { label: t('review.returnedOn'), value: r => date(r.on) },
      { label: t('field.reason'), value: r => r.reason }
    ], plan.returns, { caption: t('review.returns') })) : null,
    section(t('history.title'), historySlot));

  const bar = await actionBar(actionsPath, PLAN_ACTIONS, record, again, offered);
  actionsSlot.replaceChildren(bar || h('p', { class: 'empty' }, t('actions.none')));
  try {
    historySlot.replaceChildren(historyTable(await get(`${path}/history`)));
  } catch {
    historySlot.replaceChildren(notice(t('history.unavailable')));
  }
}
