// The console's contexts, in menu order. Adding a context (honours) is adding its module here: it
// registers its routes and says which menu entries a session gets (entries a session cannot use are not offered).
import membership from './membership/membership.js';
import review from './review/review.js';
import contest from './contest/contest.js';
import dashboard from './dashboard/dashboard.js';

export const CONTEXTS = [membership, review, contest, dashboard];
