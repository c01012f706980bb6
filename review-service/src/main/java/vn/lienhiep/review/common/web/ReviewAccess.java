package vn.lienhiep.review.common.web;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.platform.security.AccessRules;

import static vn.lienhiep.contracts.security.Role.EXPERT;
import static vn.lienhiep.contracts.security.Role.REQUESTER;
import static vn.lienhiep.contracts.security.Role.REVIEW_COORDINATOR;
import static vn.lienhiep.contracts.security.Role.UNION_ADMIN;
import static vn.lienhiep.contracts.security.Role.UNION_LEADERSHIP;
import static vn.lienhiep.contracts.security.Role.UNION_STAFF;

/**
 * Review's ONE access table (function level), deny by default: engagements, the expert pool, experts' signed records
 * and annual plans. What each caller sees of an engagement is {@link vn.lienhiep.review.engagement.web.ReviewScope}
 * (object level). Paths are written out here rather than taken from the controllers: this table is shared by every
 * sub-context and reaches into none. The authorization matrix test holds the expected answer for every endpoint and
 * role; change both together.
 */
@Configuration
public class ReviewAccess {

    private static final String E = "/api/review/engagements";
    private static final String EXPERTS = "/api/review/experts";
    private static final String P = "/api/review/plans";

    /** Everyone of the union who reads engagements (object-level cuts apply). */
    static final Set<Role> READERS = EnumSet.of(UNION_ADMIN, UNION_LEADERSHIP, UNION_STAFF, REVIEW_COORDINATOR);
    /** Intake and the running of the work: the review department and the union office. */
    static final Set<Role> WORKERS = EnumSet.of(UNION_ADMIN, UNION_STAFF, REVIEW_COORDINATOR);
    /** The union's decisions (accept, decline, send the report, cancel): the standing leadership. */
    static final Set<Role> DECIDERS = EnumSet.of(UNION_LEADERSHIP);

    @Bean
    public AccessRules reviewAccessRules() {
        return AccessRules.builder()
                .get("/api/review/outcomes").publicAccess()
                // First match wins: /overdue must come before /{id}, or any requester could list every overdue
                // engagement (found by the authorization matrix).
                .get(E + "/overdue", "/api/review/statistics").roles(READERS)
                .post(E).roles(plus(WORKERS, REQUESTER))
                .get(E, E + "/{id}").roles(plus(READERS, REQUESTER))
                // What the caller may do now: whoever reads the engagement may ask (ReviewScope cuts it the same way),
                // and an expert of the panel, of their own seat only (ReviewScope.holdsSeat; anyone else's: 404).
                .get(E + "/{id}/actions").roles(plus(plus(READERS, REQUESTER), EXPERT))
                // Who did what when: the union's readers (ReviewScope cuts it as the engagement); a requesting body's
                // view has no internal timeline, so it reads no history.
                .get(E + "/{id}/history").roles(READERS)
                .post(E + "/proposals").roles(EnumSet.of(REVIEW_COORDINATOR, UNION_LEADERSHIP))
                .post(E + "/{id}/proposal-approval").roles(EnumSet.of(REVIEW_COORDINATOR, UNION_LEADERSHIP))
                .post(E + "/{id}/dossier/completion").roles(EnumSet.of(UNION_STAFF, REVIEW_COORDINATOR, REQUESTER))
                // An expert answers their own invitation and signs their own declaration (ExpertSelf: their own
                // expert id only); the review department records the same from signed paper.
                .post(E + "/{id}/panel/{expertId}/acceptance", E + "/{id}/panel/{expertId}/decline",
                      E + "/{id}/panel/{expertId}/declaration").roles(EnumSet.of(UNION_STAFF, REVIEW_COORDINATOR, EXPERT))
                .post(E + "/{id}/dossier/incomplete", E + "/{id}/plan",
                      E + "/{id}/contract", E + "/{id}/panel/invitations", E + "/{id}/panel/{expertId}/removal", E + "/{id}/panel/confirmation", E + "/{id}/opinions",
                      E + "/{id}/workshops", E + "/{id}/collection-closure", E + "/{id}/report/drafts",
                      E + "/{id}/report/submission", E + "/{id}/costs", E + "/{id}/closure")
                .roles(EnumSet.of(UNION_STAFF, REVIEW_COORDINATOR))
                .post(E + "/{id}/acceptance", E + "/{id}/decline", E + "/{id}/report/return", E + "/{id}/report/sending",
                      E + "/{id}/cancellation", E + "/{id}/publication").roles(DECIDERS)
                .post(E + "/{id}/response").roles(EnumSet.of(UNION_STAFF, REVIEW_COORDINATOR, REQUESTER))
                .post(E + "/{id}/withdrawal").roles(EnumSet.of(REQUESTER, REVIEW_COORDINATOR))
                // The pool lists employers (for conflict-of-interest checks): only the union's people who build
                // panels read it; it changes only through membership's events. An expert's record lists every
                // engagement they were invited to, confidential ones included (title withheld): the same people issue
                // it; the keys that verify it are public.
                // An expert downloads their own record (ExpertSelf).
                .get(EXPERTS + "/{expertId}/record").roles(plus(READERS, EXPERT))
                .get(EXPERTS, EXPERTS + "/{expertId}").roles(READERS)
                .get("/api/review/record-keys").publicAccess()
                // Annual plans: the union office drafts, lists and costs; recording the People's Committee's decision
                // (approval, return) belongs to the administrator and the standing leadership.
                .get(P, P + "/{id}", P + "/{id}/items/{itemId}", P + "/{id}/history", P + "/{id}/actions")
                .roles(READERS)
                .post(P, P + "/{id}/items", P + "/{id}/items/{itemId}/removal", P + "/{id}/items/{itemId}/engagement",
                      P + "/{id}/submission", P + "/{id}/costs").roles(WORKERS)
                .delete(P + "/{id}/items/{itemId}").roles(WORKERS)
                .post(P + "/{id}/approval", P + "/{id}/return").roles(EnumSet.of(UNION_ADMIN, UNION_LEADERSHIP))
                .build();
    }

    private static Set<Role> plus(Set<Role> roles, Role extra) {
        EnumSet<Role> all = EnumSet.copyOf(roles);
        all.add(extra);
        return all;
    }
}
