// The expert's own page: their signed engagement record (GET /api/review/experts/{expertId}/record, JSON with a
// detached JWS, ADR 0011) to download as issued, and their invitations as that record lists them. There is no
// separate "my invitations" endpoint: the record is every engagement the expert was invited to.
import { h } from '../core/dom.js';
import { t, label } from '../core/i18n.js';
import { get, download } from '../core/api.js';
import { date } from '../core/format.js';
import { navigate } from '../core/router.js';
import { page, facts, section, table, badge, failure, notice, button } from '../core/ui.js';
import { loadActions } from '../core/actions.js';
import { PANEL_MEMBER_ACTIONS, rowActions } from './fields.js';
import { statusBadge, adoptionBadge } from './engagements.js';

const OPEN = ['INVITED', 'ACCEPTED'];

export function expertRoutes(route) {
  route('/review/my-record', myRecord, { signedIn: true });
}

async function myRecord(main, { session }) {
  if (!session.expertId) {
    page(main, t('review.myRecord'), notice(t('review.noExpertLink')));
    return;
  }
  const path = `/api/review/experts/${encodeURIComponent(session.expertId)}/record`;
  let record;
  try {
    record = await get(path);
  } catch (problem) {
    failure(main, problem);
    return;
  }
  const rows = record.engagements || [];
  const again = () => setTimeout(() => navigate('/review/my-record'), 300);
  const save = button(t('review.download'), async event => {
    const target = event.currentTarget;
    target.disabled = true;
    try {
      await download(path, `expert-record-${session.expertId}.json`);
    } catch {
      status.replaceChildren(notice(t('review.downloadFailed'), 'error'));
    } finally {
      target.disabled = false;
    }
  }, 'primary');
  const status = h('div');
  const open = rows.filter(r => OPEN.includes(r.outcome) && r.engagementStatus === 'PANEL_FORMING');
  const openSlot = h('div');

  page(main, t('review.myRecord'),
    h('p', { class: 'lead' }, t('review.myRecordLead')),
    facts([
      [t('review.expertId'), record.expertId],
      [t('review.issuer'), record.issuer],
      [t('review.issuedAt'), date(record.issuedAt)],
      [t('review.recordFormat'), record.format]
    ]),
    h('div', { class: 'toolbar' }, save, ' ', h('a', { href: '/api/review/record-keys' }, t('review.recordKeys'))),
    status,
    open.length ? section(t('review.openInvitations'), openSlot) : null,
    section(t('review.myEngagements'), table([
      { label: t('review.title'), value: r => r.title },
      { label: t('review.subjectType'), value: r => label('SubjectType', r.subjectType) },
      { label: t('review.role'), value: r => label('PanelRole', r.role) },
      { label: t('review.invitation'), value: r => badge(label('PanelInvitation', r.outcome)) },
      { label: t('review.invitedOn'), value: r => date(r.invitedOn) },
      { label: t('review.endedOn'), value: r => date(r.acceptedOn || r.declinedOn) },
      { label: t('review.status'), value: r => (r.engagementStatus ? statusBadge(r.engagementStatus) : '') },
      { label: t('review.reportSentOn'), value: r => date(r.reportSentOn) },
      { label: t('review.adoption'), value: r => adoptionBadge(r.adoption) }
    ], rows, { caption: t('review.myEngagements'), empty: t('review.noEngagements') })));

  // Answering an invitation: the actions the API offers this expert on that engagement (their own expert id only).
  if (open.length) {
    const items = await Promise.all(open.map(async r => {
      const offered = await loadActions(`/api/review/engagements/${encodeURIComponent(r.engagementId)}/actions`) || [];
      const buttons = rowActions(offered, PANEL_MEMBER_ACTIONS, 'panel', session.expertId, { etag: null, reload: async () => null },
                                 again, r.title);
      return h('li', {}, h('strong', {}, r.title), ' ', badge(label('PanelInvitation', r.outcome)),
        buttons || h('p', { class: 'empty' }, t('review.answerOnPaper')));
    }));
    openSlot.replaceChildren(h('ul', { class: 'invitations' }, items));
  }
}
