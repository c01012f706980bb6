package vn.lienhiep.membership.common.web;

import static vn.lienhiep.contracts.security.Role.MEMBER_ORG_ADMIN;
import static vn.lienhiep.contracts.security.Role.REVIEW_COORDINATOR;
import static vn.lienhiep.contracts.security.Role.UNION_ADMIN;
import static vn.lienhiep.contracts.security.Role.UNION_LEADERSHIP;
import static vn.lienhiep.contracts.security.Role.UNION_STAFF;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.platform.security.AccessRules;

/**
 * Who may call what in membership (function level). Object level (an officer's own organisation) is
 * {@link MembershipScope} with each sub-context's {@link ObjectScope}. The authorization matrix test holds the expected answer for every endpoint and role; change
 * both together.
 */
@Configuration
public class MembershipAccess implements WebMvcConfigurer {

    private static final String ORGS = "/api/membership/organizations";
    private static final String PERSONS = "/api/membership/persons";
    private static final String EXPERTS = "/api/membership/experts";
    private static final String GOVERNANCE = "/api/membership/governance";

    /** Reads everything the union holds, personal data included. */
    static final Set<Role> UNION_READ = MembershipScope.UNION_WIDE;
    /** Keeps the records: applications, dossiers, persons, imports. */
    static final Set<Role> RECORD_KEEPERS = Set.of(UNION_ADMIN, UNION_STAFF);
    /** Takes (and records) the union's decisions: admission, sanctions, dissolution. */
    static final Set<Role> DECIDERS = Set.of(UNION_ADMIN, UNION_LEADERSHIP);
    /** The expert database also serves the review department, which builds panels from it. */
    static final Set<Role> EXPERT_KEEPERS = Set.of(UNION_ADMIN, UNION_STAFF, REVIEW_COORDINATOR);
    static final Set<Role> EXPERT_READERS = Set.of(UNION_ADMIN, UNION_LEADERSHIP, UNION_STAFF, REVIEW_COORDINATOR);

    private final MembershipScope scope;

    public MembershipAccess(MembershipScope scope) {
        this.scope = scope;
    }

    @Bean
    public AccessRules membershipAccessRules() {
        return AccessRules.builder()
                // The public directory: answers differ by caller (MembershipScope), nothing personal in any of them.
                .get(ORGS, ORGS + "/{id}").publicAccess()
                .get(EXPERTS + "/taxonomy").publicAccess()

                .post(ORGS, ORGS + "/existing-members", ORGS + "/{id}/supplement-requests",
                      ORGS + "/{id}/verification", ORGS + "/{id}/flags").roles(RECORD_KEEPERS)
                .get(ORGS + "/{id}/history").roles(plus(UNION_READ, MEMBER_ORG_ADMIN))
                // What the caller may do now: the rules of this table applied to the acts the status allows, so any
                // caller with a token may ask (an officer of their own organisation only: OrganizationScope).
                .get(ORGS + "/{id}/actions").authenticated()
                .post(ORGS + "/{id}/resubmissions", ORGS + "/{id}/name", ORGS + "/{id}/field",
                      ORGS + "/{id}/member-counts").roles(plus(RECORD_KEEPERS, MEMBER_ORG_ADMIN))
                // An officer registers members of their own organisation without learning who else is registered.
                .post(ORGS + "/{id}/members").roles(plus(RECORD_KEEPERS, MEMBER_ORG_ADMIN))
                .post(ORGS + "/{id}/recommendation", ORGS + "/{id}/admission", ORGS + "/{id}/rejection",
                      ORGS + "/{id}/suspension", ORGS + "/{id}/reinstatement", ORGS + "/{id}/expulsion",
                      ORGS + "/{id}/dissolution").roles(DECIDERS)
                .post(ORGS + "/{id}/withdrawal").roles(plus(DECIDERS, MEMBER_ORG_ADMIN))

                .post(PERSONS).roles(RECORD_KEEPERS)
                .get(PERSONS, PERSONS + "/{id}", PERSONS + "/{id}/history", PERSONS + "/{id}/contest-achievements")
                .roles(plus(UNION_READ, MEMBER_ORG_ADMIN))
                .post(PERSONS + "/{id}/profile", PERSONS + "/{id}/memberships",
                      PERSONS + "/{id}/memberships/{membershipId}/end").roles(plus(RECORD_KEEPERS, MEMBER_ORG_ADMIN))

                .post(EXPERTS, EXPERTS + "/{id}/verification", EXPERTS + "/{id}/rejection", EXPERTS + "/{id}/profile",
                      EXPERTS + "/{id}/deactivation").roles(EXPERT_KEEPERS)
                // What the caller may do now: whoever reads the profile may ask.
                .get(EXPERTS, EXPERTS + "/{id}", EXPERTS + "/{id}/history", EXPERTS + "/{id}/reviews",
                     EXPERTS + "/{id}/actions").roles(EXPERT_READERS)

                .get(GOVERNANCE, GOVERNANCE + "/terms/{ordinal}", GOVERNANCE + "/congresses/{ordinal}",
                     GOVERNANCE + "/office-holders", GOVERNANCE + "/history").roles(UNION_READ)
                .post(GOVERNANCE + "/terms", GOVERNANCE + "/congresses", GOVERNANCE + "/congresses/{ordinal}/*",
                      GOVERNANCE + "/office-holdings", GOVERNANCE + "/office-holdings/{holdingId}/end")
                .roles(UNION_READ)

                .post("/api/membership/workforce-snapshots").roles(RECORD_KEEPERS)
                .get("/api/membership/workforce-snapshots", "/api/membership/workforce-snapshots/{id}",
                     "/api/membership/workforce-snapshots/{id}/history",
                     "/api/membership/workforce/intellectual-structure").roles(UNION_READ)
                .get("/api/membership/statistics").roles(UNION_READ)

                .post("/api/membership/imports").roles(RECORD_KEEPERS)
                .get("/api/membership/imports", "/api/membership/imports/{id}",
                     "/api/membership/imports/templates/{kind}").roles(RECORD_KEEPERS)
                .build();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(scope).addPathPatterns("/api/membership/**");
    }

    private static Set<Role> plus(Set<Role> roles, Role extra) {
        EnumSet<Role> all = EnumSet.copyOf(roles);
        all.add(extra);
        return all;
    }
}
