// The review forms' fields, named exactly as review-service's request records name them (EngagementRequests,
// PlanRequests), so the server's field errors land on their fields. Decisions use membership's decisionFields().
import { t, label } from '../core/i18n.js';
import { actionButtons } from '../core/actions.js';
import { options, decisionFields, decisionText } from '../membership/fields.js';

export { options, decisionText };

const reason = (required = true) => ({ name: 'reason', label: t('field.reason'), type: 'textarea', required });
const day = (name, key, required = false) => ({ name, label: t(key), type: 'date', required,
                                                hint: required ? null : t('field.onHint') });

/** A textarea of one entry per line, sent as a list of strings. */
const lines = text => (text || '').split(/\r?\n/).map(line => line.trim()).filter(Boolean);
const linesOf = (values, ...names) => {
  const body = { ...values };
  for (const name of names) if (body[name] !== undefined) body[name] = lines(body[name]);
  return body;
};

/** Choices of experts: the pool's (when loaded) or the engagement's panel, by name when the expert consented to it. */
export function expertName(pool, expertId) {
  const known = pool?.get(expertId);
  return known?.displayName ? `${known.displayName} (${expertId})` : expertId;
}

function expertField(name, ids, pool, required = true) {
  if (!ids.length) return { name, label: t('review.expert'), required, hint: t('review.expertIdHint') };
  return { name, label: t('review.expert'), type: 'select', required,
           options: ids.map(id => ({ value: id, label: expertName(pool, id) })) };
}

/**
 * The form of every engagement action the API may offer (GET …/engagements/{id}/actions), by its name: the endpoint
 * path after /{id}/. e is the engagement as read (its panel and sent report fill the choices), pool a Map of the
 * expert pool (or null). Panel-member actions are keyed without the expert: see PANEL_MEMBER_ACTIONS.
 */
export function engagementActions(e, pool) {
  const members = Object.values(e.panel || {});
  const confirmed = e.confirmedExperts?.length ? e.confirmedExperts
    : members.filter(m => ['ACCEPTED', 'CONFIRMED'].includes(m.invitation)).map(m => m.expertId);
  const recommendations = e.sentReport?.recommendations || [];
  const latest = e.drafts?.at(-1);
  return {
    'proposal-approval': { fields: () => decisionFields() },
    'dossier/incomplete': { fields: () => [
      { name: 'missing', label: t('review.missing'), type: 'textarea', required: true, hint: t('review.onePerLine') },
      day('markedOn', 'review.markedOn')], body: v => linesOf(v, 'missing') },
    'dossier/completion': { fields: () => [
      { name: 'documents', label: t('review.documents'), type: 'textarea', required: true, hint: t('review.onePerLine'),
        value: (e.missingDocuments || []).join('\n') },
      day('completedOn', 'review.completedOn')], body: v => linesOf(v, 'documents') },
    acceptance: { fields: () => decisionFields() },
    decline: { fields: () => [reason(), ...decisionFields()], danger: true },
    plan: { fields: () => [
      { name: 'forms', label: t('review.forms'), type: 'checkboxes', options: options('ReviewForm') },
      { name: 'fundingSource', label: t('review.fundingSource'), type: 'select', required: true,
        options: options('FundingSource') },
      { name: 'estimateVnd', label: t('review.estimateVnd'), type: 'number', required: true },
      { name: 'planYear', label: t('review.planYear'), type: 'number', required: true,
        value: e.year || new Date().getFullYear() },
      { name: 'contractRef', label: t('review.contractRef') },
      { name: 'reportDueDate', label: t('review.reportDueDate'), type: 'date', value: e.due?.reportDue }],
      initial: () => e.plan ? { ...e.plan, reportDueDate: e.plan.reportDue } : {} },
    contract: { fields: () => [
      { name: 'contractRef', label: t('review.contractRef'), required: true, value: e.plan?.contractRef },
      day('signedOn', 'review.signedOn', true)] },
    'panel/invitations': { fields: () => [
      expertField('expertId', pool ? [...pool.keys()].filter(id => !e.panel?.[id]) : [], pool),
      { name: 'role', label: t('review.role'), type: 'select', required: true, options: options('PanelRole') },
      day('invitedOn', 'review.invitedOn')] },
    'panel/confirmation': { fields: () => [day('formedOn', 'review.formedOn')] },
    opinions: { fields: () => [
      expertField('expertId', confirmed, pool),
      { name: 'text', label: t('review.opinionText'), type: 'textarea', required: true },
      day('submittedOn', 'review.submittedOn')] },
    workshops: { fields: () => [
      day('heldOn', 'review.heldOn', true),
      { name: 'attendees', label: t('review.attendees'), type: 'number', required: true },
      { name: 'summary', label: t('review.workshopSummary'), type: 'textarea', required: true }] },
    'collection-closure': { intro: t('review.collectionClosureIntro'), fields: () => [], body: () => undefined },
    'report/drafts': { fields: () => [
      { name: 'summary', label: t('review.summary'), type: 'textarea', required: true },
      { name: 'findings', label: t('review.findings'), type: 'textarea' },
      { name: 'recommendations', label: t('review.recommendations'), type: 'textarea', required: true,
        hint: t('review.onePerLine') },
      { name: 'dissentingOpinions', label: t('review.dissents'), type: 'textarea', hint: t('review.dissentHint') }],
      initial: () => latest ? {
        summary: latest.summary, findings: latest.findings,
        recommendations: latest.recommendations.map(r => r.text).join('\n'),
        dissentingOpinions: (latest.dissentingOpinions || []).map(d => (d.expertId ? `${d.expertId}: ${d.text}` : d.text)).join('\n')
      } : {},
      body: v => ({ ...linesOf(v, 'recommendations'), dissentingOpinions: lines(v.dissentingOpinions).map(line => {
        const match = /^([\w.-]{1,64}):\s+(.+)$/.exec(line);
        return match && (e.panel?.[match[1]] || confirmed.includes(match[1]))
          ? { expertId: match[1], text: match[2] } : { text: line };
      }) }) },
    'report/submission': { intro: t('review.submissionIntro'), fields: () => [], body: () => undefined },
    'report/return': { fields: () => [reason()], danger: true },
    'report/sending': { intro: t('review.sendingIntro'), fields: () => [
      ...decisionFields(),
      { name: 'signedBy', label: t('review.signedBy'), required: true },
      day('sentOn', 'review.sentOn')] },
    response: { fields: () => [
      day('receivedOn', 'review.receivedOn', true),
      ...recommendations.flatMap((r, i) => [
        { name: `answers[${i}].adoption`, label: t('review.answerFor', { id: r.recommendationId, text: r.text }),
          type: 'select', required: true, options: options('Adoption').filter(o => o.value !== 'NO_RESPONSE') },
        { name: `answers[${i}].explanation`, label: t('review.answerExplanation', { id: r.recommendationId }),
          type: 'textarea' }]),
      { name: 'explanation', label: t('review.responseExplanation'), type: 'textarea' }],
      body: v => ({ receivedOn: v.receivedOn, explanation: v.explanation,
                    answers: recommendations.map((r, i) => ({ recommendationId: r.recommendationId,
                                                              ...(v[`answers[${i}]`] || {}) })) }) },
    closure: { fields: () => [day('closedOn', 'review.closedOn')] },
    publication: { intro: t('review.publicationIntro'), fields: () => [
      { name: 'publish', label: t('review.publish'), type: 'checkbox', value: !e.published }] },
    withdrawal: { label: 'review.action.withdrawal', intro: t('review.withdrawalIntro'), fields: () => [reason(), day('withdrawnOn', 'review.withdrawnOn')], danger: true },
    cancellation: { fields: () => [reason(), ...decisionFields()], danger: true },
    costs: { fields: () => [
      { name: 'amountVnd', label: t('review.amountVnd'), type: 'number', required: true },
      { name: 'description', label: t('review.costDescription'), required: true },
      day('incurredOn', 'review.incurredOn')] }
  };
}

/**
 * Actions on one panel member (…/panel/{expertId}/acceptance, declaration, decline, removal). The actions list gives
 * them with the expert in the href; they are keyed by the name without the expert ("panel/acceptance"), whichever
 * way the name comes (memberActionName), and offered on that member's row.
 */
export const PANEL_MEMBER_ACTIONS = {
  'panel/acceptance': { fields: () => [day('acceptedOn', 'review.acceptedOn')] },
  'panel/declaration': { get intro() { return t('review.declarationIntro'); }, fields: () => [
    { name: 'interests', label: t('review.interests'), type: 'checkboxes', options: options('InterestKind') },
    day('signedOn', 'review.signedOn', true),
    { name: 'nonDisclosureSigned', label: t('review.nonDisclosureSigned'), type: 'checkbox' }] },
  'panel/decline': { fields: () => [reason(), day('declinedOn', 'review.declinedOn')], danger: true },
  'panel/removal': { fields: () => [reason()], danger: true }
};

/** The forms of an annual plan's actions (POST /api/review/plans/{id}/…), by the path after /{id}/. */
export const PLAN_ACTIONS = {
  items: { fields: () => [
    { name: 'title', label: t('review.itemTitle'), required: true },
    { name: 'subjectType', label: t('review.subjectType'), type: 'select', required: true, options: options('SubjectType') },
    { name: 'forms', label: t('review.forms'), type: 'checkboxes', options: options('ReviewForm') },
    { name: 'estimateVnd', label: t('review.estimateVnd'), type: 'number', required: true },
    { name: 'engagementId', label: t('review.engagementId') }] },
  submission: { get intro() { return t('review.planSubmissionIntro'); }, fields: () => [], body: () => undefined },
  approval: { fields: () => decisionFields() },
  return: { fields: () => [reason()], danger: true },
  costs: { fields: () => [
    { name: 'itemId', label: t('review.itemId') },
    { name: 'engagementId', label: t('review.engagementId') },
    { name: 'amountVnd', label: t('review.amountVnd'), type: 'number', required: true },
    { name: 'description', label: t('review.costDescription'), required: true },
    day('incurredOn', 'review.incurredOn', true)] }
};

/** Actions on one plan item (…/items/{itemId}/removal, …/engagement), keyed without the item: "items/removal". */
export const PLAN_ITEM_ACTIONS = {
  'items/removal': { fields: () => [], danger: true, body: () => undefined },
  'items/engagement': { fields: () => [{ name: 'engagementId', label: t('review.engagementId'), required: true }] }
};

/** "panel/E-1/acceptance" or "panel/acceptance" → "panel/acceptance" (likewise "items/{itemId}/removal"). */
export function memberActionName(action, segment) {
  const match = new RegExp(`^${segment}/[^/]+/([\\w-]+)$`).exec(action.name);
  return match ? `${segment}/${match[1]}` : action.name;
}

/**
 * The buttons for one row (a panel member, a plan item): the offered actions whose href names this member, each
 * opening its form — the same dialog, version and 409 handling as the record's action bar.
 */
export function rowActions(offered, forms, segment, memberId, record, onDone, subject) {
  const marker = `/${segment}/${encodeURIComponent(memberId)}/`;
  return actionButtons((offered || []).filter(a => a.href.includes(marker)), forms, record, onDone,
    { nameOf: action => memberActionName(action, segment), subject });
}

/** "Chủ tịch hội đồng" etc. for a code list. */
export const labels = (type, codes) => (codes || []).map(code => label(type, code)).join('; ');
