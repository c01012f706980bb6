// Persons and intellectuals with their memberships; experts with verification and consent.
import { h } from '../core/dom.js';
import { t, label, localized } from '../core/i18n.js';
import { get } from '../core/api.js';
import { openRecord } from '../core/record.js';
import { date, yesNo } from '../core/format.js';
import { listPage } from '../core/list.js';
import { page, link, facts, section, table, timeline, badge, failure, notice } from '../core/ui.js';
import { actionBar } from '../core/actions.js';
import { options } from './fields.js';
import { historyTable } from './organizations.js';

const PERSONS = '/api/membership/persons';
const EXPERTS = '/api/membership/experts';

export function peopleRoutes(route) {
  route('/persons', persons, { signedIn: true });
  route('/persons/:id', person, { signedIn: true });
  route('/experts', experts, { signedIn: true });
  route('/experts/:id', expert, { signedIn: true });
}

function persons(main) {
  return listPage(main, {
    title: t('nav.persons'),
    sorts: [{ value: 'fullName', label: t('person.sort.name') }, { value: '-fullName', label: t('person.sort.nameDesc') }],
    search: t('person.search'),
    load: query => get(PERSONS, query),
    filters: [
      { name: 'degree', label: t('person.degree'), options: options('Degree') },
      { name: 'sector', label: t('person.sector'), options: options('WorkSector') },
      { name: 'field', label: t('person.field'), options: options('PersonField') }
    ],
    columns: [
      { label: t('person.fullName'), value: p => link(`/persons/${p.id}`, p.fullName) },
      { label: t('person.degree'), value: p => label('Degree', p.degree) },
      { label: t('person.intellectual'), value: p => yesNo(p.intellectual, t) },
      { label: t('person.sector'), value: p => label('WorkSector', p.workSector) },
      { label: t('person.employer'), value: p => p.employer }
    ]
  });
}

async function person(main, { params }) {
  let p;
  try {
    p = await get(`${PERSONS}/${encodeURIComponent(params.id)}`);
  } catch (problem) {
    failure(main, problem);
    return;
  }
  const history = h('div');
  page(main, p.fullName,
    facts([
      [t('person.dateOfBirth'), date(p.dateOfBirth)],
      [t('person.gender'), label('Gender', p.gender)],
      [t('person.degree'), label('Degree', p.degree)],
      [t('person.academicTitle'), label('AcademicTitle', p.academicTitle)],
      [t('person.sector'), label('WorkSector', p.workSector)],
      [t('person.field'), label('PersonField', p.field)],
      [t('person.employer'), p.employer],
      [t('person.tradeUnion'), yesNo(p.tradeUnionMember, t)],
      p.contact ? [t('person.contact'), [p.contact.phone, p.contact.email, p.contact.address].filter(Boolean).join(' · ')] : null
    ]),
    section(t('person.memberships'), table([
      { label: t('person.organization'), value: m => link(`/organizations/${m.organizationId}`, m.organizationName || m.organizationId) },
      { label: t('person.memberType'), value: m => label('MemberType', m.memberType) },
      { label: t('field.from'), value: m => date(m.since) },
      { label: t('field.until'), value: m => date(m.until) },
      { label: t('person.endReason'), value: m => m.endReason }
    ], p.memberships)),
    section(t('history.title'), history));
  get(`${PERSONS}/${encodeURIComponent(p.id)}/history`).then(r => history.replaceChildren(historyTable(r.items)))
    .catch(() => history.replaceChildren(notice(t('history.unavailable'))));
}

const EXPERT_TONES = { ACTIVE: 'ok', PENDING_VERIFICATION: 'warn', REJECTED: 'bad', INACTIVE: 'muted' };

let taxonomy;
/** The expertise fields' names by code, from membership's public taxonomy (read once per page load). */
async function fieldNames() {
  if (!taxonomy) {
    taxonomy = get(`${EXPERTS}/taxonomy`).then(answer => {
      const names = new Map();
      for (const group of answer.groups || []) {
        for (const field of group.fields || []) names.set(field.code, field);
      }
      return names;
    }).catch(() => new Map());
  }
  return taxonomy;
}

const fieldsText = (names, codes) => (codes || []).map(code => {
  const field = names.get(code);
  return field ? localized(field.labelVi, field.labelEn) : code;
}).join(', ');

async function experts(main) {
  const names = await fieldNames();
  return listPage(main, {
    title: t('nav.experts'),
    sorts: [{ value: 'fullName', label: t('person.sort.name') },
            { value: 'reconfirmationDueOn', label: t('expert.sort.reconfirmation') }],
    search: t('expert.search'),
    load: query => get(EXPERTS, query),
    filters: [
      { name: 'status', label: t('expert.status'), options: options('ExpertStatus') },
      { name: 'availability', label: t('expert.availability'), options: options('Availability') },
      { name: 'degree', label: t('person.degree'), options: options('Degree') }
    ],
    columns: [
      { label: t('person.fullName'), value: e => link(`/experts/${e.id}`, e.fullName) },
      { label: t('person.degree'), value: e => label('Degree', e.degree) },
      { label: t('expert.fields'), value: e => fieldsText(names, e.expertiseFields) },
      { label: t('expert.status'), value: e => badge(label('ExpertStatus', e.status), EXPERT_TONES[e.status]) },
      { label: t('expert.reconfirmation'), value: e => date(e.reconfirmationDueOn) }
    ]
  });
}

export const EXPERT_ACTIONS = {
  verification: { fields: () => [{ name: 'note', label: t('field.note'), type: 'textarea' }] },
  rejection: { label: 'action.rejection.expert', danger: true,
               fields: () => [{ name: 'reason', label: t('field.reason'), type: 'textarea', required: true }] },
  deactivation: { fields: () => [{ name: 'reason', label: t('field.reason'), type: 'textarea' },
                                  { name: 'effectiveDate', label: t('field.effectiveDate'), type: 'date' }], danger: true }
};

async function expert(main, { params }) {
  const record = await openRecord(main, `${EXPERTS}/${encodeURIComponent(params.id)}`, `/experts/${params.id}`);
  if (!record) return;
  const e = record.data;
  const names = await fieldNames();
  const actions = h('div');
  page(main, e.fullName,
    facts([
      [t('expert.status'), badge(label('ExpertStatus', e.status), EXPERT_TONES[e.status])],
      [t('person.degree'), label('Degree', e.degree)],
      [t('expert.fields'), fieldsText(names, e.expertiseFields)],
      [t('expert.specialisations'), e.specialisations],
      [t('expert.scope'), label('ExpertScope', e.scope)],
      [t('expert.years'), e.yearsExperience],
      [t('expert.availability'), label('Availability', e.availability)],
      [t('expert.consentProcessing'), yesNo(e.consentToProcessPersonalData, t)],
      [t('expert.consentPublish'), yesNo(e.consentToPublishName, t)],
      [t('expert.verified'), e.verifiedAt ? `${date(e.verifiedAt)} · ${e.verifiedBy || ''}` : ''],
      [t('expert.reconfirmation'), date(e.reconfirmationDueOn)],
      [t('expert.person'), link(`/persons/${e.personId}`, t('expert.personLink'))]
    ]),
    section(t('actions.title'), actions),
    section(t('org.timeline'), timeline((e.statusTimeline || []).map(s => ({
      when: date(s.effectiveDate || s.at || s.recordedAt), title: label('ExpertStatus', s.status), detail: s.reason || s.note
    })))));
  const bar = await actionBar(record.actionsPath, EXPERT_ACTIONS, record, record.afterChange);
  actions.replaceChildren(bar || h('p', { class: 'empty' }, t('actions.none')));
}
