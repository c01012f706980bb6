package vn.lienhiep.review.expertpool.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienhiep.platform.security.AccessRules;

import static vn.lienhiep.contracts.security.Role.REVIEW_COORDINATOR;
import static vn.lienhiep.contracts.security.Role.UNION_ADMIN;
import static vn.lienhiep.contracts.security.Role.UNION_LEADERSHIP;
import static vn.lienhiep.contracts.security.Role.UNION_STAFF;

/**
 * Who may read the expert pool: the union's own people who build panels. Experts, requesters and the public may not
 * (the pool lists employers, used for conflict-of-interest checks). Read-only: the pool changes only through
 * membership's events.
 */
@Configuration
public class ExpertPoolAccess {

    @Bean
    public AccessRules expertPoolAccessRules() {
        return AccessRules.builder()
                .get(ExpertPoolController.PATH, ExpertPoolController.PATH + "/{expertId}")
                .roles(UNION_ADMIN, UNION_LEADERSHIP, UNION_STAFF, REVIEW_COORDINATOR)
                .build();
    }
}
