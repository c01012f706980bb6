// Membership: the public directory, organisations from application to every later act, persons, experts,
// governance, workforce and imports.
import { ROLE, UNION_OFFICE, RECORD_KEEPERS } from '../core/roles.js';
import { t } from '../core/i18n.js';
import { organizationRoutes } from './organizations.js';
import { peopleRoutes } from './people.js';
import { importRoutes } from './imports.js';
import { governanceRoutes } from './governance.js';

const has = (session, roles) => roles.some(role => session.roles.includes(role));

export default {
  id: 'membership',
  labels: ['/api/membership/labels'],
  bundle: '/console/membership/messages',
  routes(route) {
    organizationRoutes(route);
    peopleRoutes(route);
    importRoutes(route);
    governanceRoutes(route);
  },
  menu(session) {
    const entries = [];
    if (session.roles.includes(ROLE.MEMBER_ORG_ADMIN) && session.organizationId) {
      entries.push({ path: `/organizations/${session.organizationId}`, label: t('nav.myOrganization') });
    }
    entries.push({ path: '/organizations', label: has(session, UNION_OFFICE) ? t('nav.organizations') : t('nav.directory') });
    if (has(session, UNION_OFFICE)) entries.push({ path: '/persons', label: t('nav.persons') });
    else if (session.roles.includes(ROLE.MEMBER_ORG_ADMIN)) entries.push({ path: '/persons', label: t('nav.ourMembers') });
    if (has(session, [...UNION_OFFICE, ROLE.REVIEW_COORDINATOR])) entries.push({ path: '/experts', label: t('nav.experts') });
    if (has(session, UNION_OFFICE)) entries.push({ path: '/governance', label: t('nav.governance') });
    if (has(session, RECORD_KEEPERS)) entries.push({ path: '/imports', label: t('nav.imports') });
    return entries;
  },
  home(session) {
    const cards = [{ path: '/organizations', title: t('nav.directory'), text: t('home.directory') }];
    if (has(session, RECORD_KEEPERS)) {
      cards.push({ path: '/organizations/new', title: t('org.apply'), text: t('home.apply') });
      cards.push({ path: '/imports', title: t('nav.imports'), text: t('home.imports') });
    }
    if (session.roles.includes(ROLE.MEMBER_ORG_ADMIN) && session.organizationId) {
      cards.unshift({ path: `/organizations/${session.organizationId}`, title: t('nav.myOrganization'), text: t('home.myOrganization') });
    }
    return cards;
  }
};
