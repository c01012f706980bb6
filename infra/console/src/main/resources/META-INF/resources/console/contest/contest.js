// Contests (Hội thi Sáng tạo kỹ thuật, Cuộc thi Sáng tạo TTNNĐ, VIFOTEC): editions with their rules and results, the
// entries (a judge sees only their own sub-panel's), the judge's own assignments with the scoring screen, the
// standings, the cumulative report and the public gallery. Who reads what is contest-service's ContestAccess.
import { t } from '../core/i18n.js';
import { ROLE } from '../core/roles.js';
import { editionRoutes } from './editions.js';
import { entryRoutes } from './entries.js';
import { reportRoutes } from './report.js';

/** Who reads editions and entries (ContestAccess READERS). */
export const CONTEST_READERS = [ROLE.UNION_ADMIN, ROLE.UNION_LEADERSHIP, ROLE.UNION_STAFF, ROLE.CONTEST_COMMITTEE,
  ROLE.CONTEST_SECRETARIAT, ROLE.JURY_CHAIR, ROLE.JUDGE];
/** Who reads every entry, the standings and the report (ContestAccess OFFICE). */
export const CONTEST_OFFICE = [ROLE.UNION_ADMIN, ROLE.UNION_LEADERSHIP, ROLE.UNION_STAFF, ROLE.CONTEST_COMMITTEE,
  ROLE.CONTEST_SECRETARIAT, ROLE.JURY_CHAIR];

const has = (session, roles) => roles.some(role => session.roles.includes(role));
const judge = session => session.roles.includes(ROLE.JUDGE) || session.roles.includes(ROLE.JURY_CHAIR);
const entrant = session => session.roles.includes(ROLE.ENTRANT) && Boolean(session.personId) && !has(session, CONTEST_READERS);

export default {
  id: 'contest',
  labels: ['/api/contest/labels'],
  bundle: '/console/contest/messages',
  routes(route) {
    editionRoutes(route);
    entryRoutes(route);
    reportRoutes(route);
  },
  menu(session) {
    const entries = [];
    if (has(session, CONTEST_READERS)) entries.push({ path: '/contest/editions', label: t('nav.contestEditions') });
    if (judge(session) && session.personId) entries.push({ path: '/contest/my-assignments', label: t('nav.contestMine') });
    if (entrant(session)) entries.push({ path: '/contest/entries', label: t('nav.contestMyEntries') });
    if (has(session, CONTEST_OFFICE)) entries.push({ path: '/contest/report', label: t('nav.contestReport') });
    entries.push({ path: '/contest/gallery', label: t('nav.contestGallery') });
    return entries;
  },
  home(session) {
    const cards = [];
    if (has(session, CONTEST_READERS)) {
      cards.push({ path: '/contest/editions', title: t('nav.contestEditions'), text: t('home.contestEditions') });
    }
    if (judge(session) && session.personId) {
      cards.push({ path: '/contest/my-assignments', title: t('nav.contestMine'), text: t('home.contestMine') });
    }
    if (entrant(session)) {
      cards.push({ path: '/contest/entries', title: t('nav.contestMyEntries'), text: t('home.contestMyEntries') });
    }
    if (has(session, CONTEST_OFFICE)) {
      cards.push({ path: '/contest/report', title: t('nav.contestReport'), text: t('home.contestReport') });
    }
    cards.push({ path: '/contest/gallery', title: t('nav.contestGallery'), text: t('home.contestGallery') });
    return cards;
  }
};
