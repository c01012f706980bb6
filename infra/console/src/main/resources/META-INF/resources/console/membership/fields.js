// The membership forms' fields, named as the API's request bodies name them (so field errors land on them).
import { t, label, codesOf } from '../core/i18n.js';
import { date } from '../core/format.js';

/** Choices for a labelled type of the API (its codes and words come from GET /api/<context>/labels). */
export const options = (type, codes = codesOf(type)) => codes.map(code => ({ value: code, label: label(type, code) }));

export function decisionFields(required = true) {
  return [
    { name: 'decision.number', label: t('decision.number'), required, hint: t('decision.numberHint') },
    { name: 'decision.date', label: t('decision.date'), type: 'date', required },
    { name: 'decision.issuedBy', label: t('decision.issuedBy'), type: 'select', required,
      options: options('DecisionBody') },
    { name: 'decision.signer', label: t('decision.signer') }
  ];
}

export const reason = required => ({ name: 'reason', label: t('field.reason'), type: 'textarea', required });
export const on = () => ({ name: 'on', label: t('field.on'), type: 'date', hint: t('field.onHint') });

/** The form of every organisation action the API may offer, by its name. */
export const ORGANIZATION_ACTIONS = {
  'supplement-requests': { fields: () => [reason(true), on()] },
  resubmissions: { fields: () => [{ name: 'addedDocuments', label: t('org.dossier'), type: 'checkboxes',
                                    options: options('DossierDocument') }, on()] },
  verification: { fields: () => [{ name: 'note', label: t('field.note'), type: 'textarea' }, on()] },
  recommendation: { fields: () => [...decisionFields(), reason(false)] },
  admission: { fields: () => [...decisionFields(), reason(false)] },
  rejection: { fields: () => [...decisionFields(), reason(true)], danger: true },
  suspension: { fields: () => [...decisionFields(), reason(true)], danger: true },
  reinstatement: { fields: () => [...decisionFields(), reason(false)] },
  withdrawal: { fields: () => [...decisionFields(), reason(true)], danger: true },
  expulsion: { fields: () => [...decisionFields(), reason(true)], danger: true },
  dissolution: { fields: () => [...decisionFields(), reason(true)], danger: true },
  name: { fields: () => [{ name: 'name', label: t('org.name'), required: true },
                         { name: 'shortName', label: t('org.shortName') },
                         { name: 'effectiveDate', label: t('field.effectiveDate'), type: 'date' },
                         ...decisionFields(false)],
          body: values => (values.decision && Object.keys(values.decision).length ? values : { ...values, decision: undefined }) },
  field: { fields: () => [{ name: 'field', label: t('org.field'), required: true }] },
  flags: { fields: () => [
    { name: 'foundingMember', label: t('org.foundingMember'), type: 'checkbox' },
    { name: 'specialStatus', label: t('org.specialStatus'), type: 'checkbox' },
    { name: 'stateStaffed', label: t('org.stateStaffed'), type: 'checkbox' }] },
  /** An officer (or the office) enrols a member by who they are (the answer never says whom the union knew). */
  members: { fields: () => [
    { name: 'person.fullName', label: t('person.fullName'), required: true },
    { name: 'person.dateOfBirth', label: t('person.dateOfBirth'), type: 'date', hint: t('member.identityHint') },
    { name: 'person.nationalId', label: t('member.nationalId') },
    { name: 'person.gender', label: t('person.gender'), type: 'select', options: options('Gender') },
    { name: 'person.degree', label: t('person.degree'), type: 'select', required: true, options: options('Degree') },
    { name: 'person.workSector', label: t('person.sector'), type: 'select', options: options('WorkSector') },
    { name: 'person.field', label: t('person.field'), type: 'select', options: options('PersonField') },
    { name: 'person.employer', label: t('person.employer') },
    { name: 'person.tradeUnionMember', label: t('person.tradeUnion'), type: 'checkbox' },
    { name: 'memberType', label: t('person.memberType'), type: 'select', required: true, options: options('MemberType') },
    { name: 'since', label: t('field.from'), type: 'date', required: true }] },
  'member-counts': { fields: () => [
    { name: 'asOf', label: t('org.countsAsOf'), type: 'date', required: true },
    { name: 'members', label: t('org.members'), type: 'number', required: true },
    { name: 'intellectualMembers', label: t('org.intellectualMembers'), type: 'number', required: true }] }
};

/** "21/QĐ-LHH ngày 20/03/2024 — Ban Chấp hành (Chủ tịch)" */
export function decisionText(decision) {
  if (!decision) return '';
  const parts = [decision.number];
  if (decision.date) parts.push(t('decision.onDate', { date: date(decision.date) }));
  let text = parts.join(' ');
  if (decision.issuedBy) text += ` — ${label('DecisionBody', decision.issuedBy)}`;
  if (decision.signer) text += ` (${decision.signer})`;
  return text;
}
