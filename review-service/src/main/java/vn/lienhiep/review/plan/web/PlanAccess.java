package vn.lienhiep.review.plan.web;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienhiep.platform.security.AccessRules;

import static vn.lienhiep.contracts.security.Role.REVIEW_COORDINATOR;
import static vn.lienhiep.contracts.security.Role.UNION_ADMIN;
import static vn.lienhiep.contracts.security.Role.UNION_LEADERSHIP;
import static vn.lienhiep.contracts.security.Role.UNION_STAFF;

/**
 * Who may call what on annual plans: the union office drafts, lists and costs; recording the People's Committee's
 * decision (approval, return) belongs to the administrator and the standing leadership.
 */
@Configuration
public class PlanAccess {

    private static final String P = PlanController.PATH;

    @Bean
    public AccessRules planAccessRules() {
        return AccessRules.builder()
                .get(P, P + "/{id}", P + "/{id}/items/{itemId}", P + "/{id}/history")
                .roles(EnumSet.of(UNION_ADMIN, UNION_LEADERSHIP, UNION_STAFF, REVIEW_COORDINATOR))
                .post(P, P + "/{id}/items", P + "/{id}/items/{itemId}/removal", P + "/{id}/items/{itemId}/engagement",
                      P + "/{id}/submission", P + "/{id}/costs")
                .roles(EnumSet.of(UNION_ADMIN, UNION_STAFF, REVIEW_COORDINATOR))
                .delete(P + "/{id}/items/{itemId}").roles(EnumSet.of(UNION_ADMIN, UNION_STAFF, REVIEW_COORDINATOR))
                .post(P + "/{id}/approval", P + "/{id}/return").roles(EnumSet.of(UNION_ADMIN, UNION_LEADERSHIP))
                .build();
    }
}
