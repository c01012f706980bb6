// Review (tư vấn, phản biện và giám định xã hội): published outcomes (public), engagements as a board and a list,
// one engagement from request to closing, the overdue list, annual plans, and an expert's own signed record.
// Who reads what is review-service's ReviewAccess; what each caller sees of an engagement is cut by the API.
import { t } from '../core/i18n.js';
import { ROLE, REVIEW_READERS } from '../core/roles.js';
import { engagementRoutes } from './engagements.js';
import { planRoutes } from './plans.js';
import { expertRoutes } from './experts.js';

const has = (session, roles) => roles.some(role => session.roles.includes(role));
const reader = session => has(session, REVIEW_READERS);
const requester = session => !reader(session) && session.roles.includes(ROLE.REQUESTER);
const expert = session => session.roles.includes(ROLE.EXPERT) && Boolean(session.expertId);

export default {
  id: 'review',
  labels: ['/api/review/labels'],
  bundle: '/console/review/messages',
  routes(route) {
    engagementRoutes(route);
    planRoutes(route);
    expertRoutes(route);
  },
  menu(session) {
    const entries = [];
    if (reader(session)) {
      entries.push({ path: '/review/engagements', label: t('nav.review') });
      entries.push({ path: '/review/overdue', label: t('nav.reviewOverdue') });
      entries.push({ path: '/review/plans', label: t('nav.reviewPlans') });
    } else if (requester(session)) {
      entries.push({ path: '/review/engagements', label: t('nav.reviewRequests') });
    }
    if (expert(session)) entries.push({ path: '/review/my-record', label: t('nav.reviewMyRecord') });
    entries.push({ path: '/review/outcomes', label: t('nav.reviewOutcomes') });
    return entries;
  },
  home(session) {
    const cards = [];
    if (reader(session)) {
      cards.push({ path: '/review/engagements', query: { view: 'board' }, title: t('nav.review'), text: t('home.review') });
      cards.push({ path: '/review/overdue', title: t('nav.reviewOverdue'), text: t('home.reviewOverdue') });
      cards.push({ path: '/review/plans', title: t('nav.reviewPlans'), text: t('home.reviewPlans') });
    } else if (requester(session)) {
      cards.push({ path: '/review/engagements', title: t('nav.reviewRequests'), text: t('home.reviewRequests') });
    }
    if (expert(session)) cards.push({ path: '/review/my-record', title: t('nav.reviewMyRecord'), text: t('home.reviewMyRecord') });
    cards.push({ path: '/review/outcomes', title: t('nav.reviewOutcomes'), text: t('home.reviewOutcomes') });
    return cards;
  }
};
