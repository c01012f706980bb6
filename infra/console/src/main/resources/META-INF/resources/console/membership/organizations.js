// Organisations: the directory (public), the union office's full list, a record with its status timeline, its
// history (who, when, which decision) and the actions its state allows this user.
import { h } from '../core/dom.js';
import { t, label, localized } from '../core/i18n.js';
import { get, request, readAfterWrite } from '../core/api.js';
import { openRecord } from '../core/record.js';
import { date, number } from '../core/format.js';
import { navigate } from '../core/router.js';
import { listPage } from '../core/list.js';
import { page, link, facts, section, table, timeline, badge, failure, toast, notice } from '../core/ui.js';
import { actionBar } from '../core/actions.js';
import { buildForm } from '../core/forms.js';
import { UNION_OFFICE, RECORD_KEEPERS, ROLE } from '../core/roles.js';
import { ORGANIZATION_ACTIONS, options, decisionText } from './fields.js';

const ORGS = '/api/membership/organizations';

const TONES = { ACTIVE: 'ok', SUSPENDED: 'warn', REJECTED: 'bad', EXPELLED: 'bad', DISSOLVED: 'muted', WITHDRAWN: 'muted' };
export const statusBadge = status => badge(label('OrganizationStatus', status), TONES[status] || 'info');

export function organizationRoutes(route) {
  route('/organizations', list);
  route('/organizations/new', apply, { signedIn: true });
  route('/organizations/:id', detail);
}

function list(main, { session }) {
  const office = UNION_OFFICE.some(r => session.roles.includes(r));
  return listPage(main, {
    title: office ? t('nav.organizations') : t('nav.directory'),
    search: t('org.search'),
    load: query => get(ORGS, query),
    filters: [
      { name: 'kind', label: t('org.kind'), options: options('OrganizationKind') },
      ...(office ? [{ name: 'status', label: t('org.status'), options: options('OrganizationStatus') }] : [])
    ],
    sorts: [
      { value: 'name', label: t('org.sort.name') },
      { value: '-name', label: t('org.sort.nameDesc') },
      { value: '-admittedOn', label: t('org.sort.admittedNewest') },
      { value: 'admittedOn', label: t('org.sort.admittedOldest') },
      ...(office ? [{ value: 'status', label: t('org.sort.status') }] : [])
    ],
    toolbar: RECORD_KEEPERS.some(r => session.roles.includes(r))
      ? [h('a', { class: 'btn btn-primary', href: '#/organizations/new' }, t('org.apply'))] : null,
    columns: [
      { label: t('org.name'), value: o => link(`/organizations/${o.id}`, o.name) },
      { label: t('org.kind'), value: o => label('OrganizationKind', o.kind) },
      { label: t('org.field'), value: o => o.field },
      { label: t('org.status'), value: o => statusBadge(o.status) },
      { label: t('org.admittedOn'), value: o => date(o.admittedOn) },
      { label: t('org.members'), numeric: true, value: o => number(o.latestMemberCount?.members) }
    ]
  });
}

async function detail(main, { params, session }) {
  const record = await openRecord(main, `${ORGS}/${encodeURIComponent(params.id)}`, `/organizations/${params.id}`);
  if (!record) return;
  const org = record.data;
  record.onReload = fresh => render(fresh);
  const staffOrOwn = UNION_OFFICE.some(r => session.roles.includes(r))
    || (session.roles.includes(ROLE.MEMBER_ORG_ADMIN) && session.organizationId === org.id);
  const actionsSlot = h('div', { class: 'action-slot' });
  const historySlot = h('div');
  const summary = h('div');

  function render(current) {
    summary.replaceChildren(facts([
      [t('org.status'), statusBadge(current.status)],
      [t('org.statusSince'), date(current.statusSince)],
      [t('org.kind'), label('OrganizationKind', current.kind)],
      [t('org.field'), current.field],
      [t('org.shortName'), current.shortName],
      [t('org.appliedOn'), date(current.appliedOn)],
      [t('org.admittedOn'), date(current.admittedOn)],
      current.admission ? [t('org.admission'), decisionText(current.admission)] : null,
      current.latestMemberCount ? [t('org.members'), t('org.membersAsOf', {
        members: number(current.latestMemberCount.members),
        intellectual: number(current.latestMemberCount.intellectualMembers),
        date: date(current.latestMemberCount.asOf) })] : null,
      current.dossier ? [t('org.dossier'), current.dossier.map(d => label('DossierDocument', d)).join('; ')] : null
    ]));
  }
  render(org);

  page(main, org.name, summary,
    session.authenticated && staffOrOwn ? section(t('actions.title'), actionsSlot) : null,
    org.statusTimeline ? section(t('org.timeline'), timeline(org.statusTimeline.map(entry => ({
      when: date(entry.effectiveDate),
      title: label('OrganizationStatus', entry.status),
      detail: [entry.decision ? decisionText(entry.decision) : null, entry.reason].filter(Boolean).join(' — '),
      by: entry.recordedAt ? t('history.recordedAt', { at: date(entry.recordedAt) }) : null
    })))) : null,
    staffOrOwn ? section(t('history.title'), historySlot) : null,
    org.nameHistory && org.nameHistory.length > 1 ? section(t('org.names'), table([
      { label: t('org.name'), value: n => n.name },
      { label: t('field.from'), value: n => date(n.from) },
      { label: t('decision.title'), value: n => (n.decision ? decisionText(n.decision) : '') }
    ], org.nameHistory)) : null);

  if (session.authenticated && staffOrOwn) {
    const forms = { ...ORGANIZATION_ACTIONS, flags: { ...ORGANIZATION_ACTIONS.flags, initial: () => org },
                    name: { ...ORGANIZATION_ACTIONS.name, initial: () => ({ name: org.name, shortName: org.shortName }) },
                    field: { ...ORGANIZATION_ACTIONS.field, initial: () => ({ field: org.field }) } };
    const bar = await actionBar(record.actionsPath, forms, record, record.afterChange);
    actionsSlot.replaceChildren(bar || h('p', { class: 'empty' }, t('actions.none')));
  }
  if (staffOrOwn) {
    try {
      const history = await get(`${ORGS}/${encodeURIComponent(org.id)}/history`, { size: 50 });
      historySlot.replaceChildren(historyTable(history.items));
    } catch {
      historySlot.replaceChildren(notice(t('history.unavailable')));
    }
  }
}

/** The register of decisions: what changed, when it took effect, when it was recorded, by whom, under which decision. */
export function historyTable(items) {
  return table([
    { label: t('history.what'), value: e => localized(e.summaryVi, e.summaryEn) },
    { label: t('history.effective'), value: e => date(e.effectiveDate) },
    { label: t('history.recorded'), value: e => date(e.recordedAt) },
    { label: t('history.by'), value: e => e.actingUser },
    { label: t('decision.title'), value: e => (e.decision ? decisionText(e.decision) : '') }
  ], items);
}

/** An application for membership, as the union office records it from the paper dossier. */
function apply(main) {
  const form = buildForm([
    { name: 'name', label: t('org.name'), required: true },
    { name: 'shortName', label: t('org.shortName') },
    { name: 'kind', label: t('org.kind'), type: 'select', required: true, options: options('OrganizationKind') },
    { name: 'field', label: t('org.field'), required: true },
    { name: 'appliedOn', label: t('org.appliedOn'), type: 'date' },
    { name: 'dossier', label: t('org.dossier'), type: 'checkboxes', options: options('DossierDocument') }
  ]);
  const send = h('button', { type: 'submit', class: 'btn btn-primary' }, t('org.applySubmit'));
  page(main, t('org.apply'), h('form', { class: 'card form', novalidate: true, on: { submit: async event => {
    event.preventDefault();
    const values = form.values();
    if (!values) return;
    send.disabled = true;
    try {
      const created = await request(ORGS, { method: 'POST', body: values });
      toast(t('org.applied'));
      const id = created.data?.id || created.location?.split('/').pop();
      await readAfterWrite(`${ORGS}/${encodeURIComponent(id)}`, created.data?.version).catch(() => null);
      navigate(`/organizations/${id}`);
    } catch (problem) {
      form.showProblem(problem);
    } finally {
      send.disabled = false;
    }
  } } }, form.rows, form.message, h('div', { class: 'buttons' }, send)));
}
