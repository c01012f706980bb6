package vn.lienhiep.review.expertrecord.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienhiep.platform.security.AccessRules;

import static vn.lienhiep.contracts.security.Role.REVIEW_COORDINATOR;
import static vn.lienhiep.contracts.security.Role.UNION_ADMIN;
import static vn.lienhiep.contracts.security.Role.UNION_LEADERSHIP;
import static vn.lienhiep.contracts.security.Role.UNION_STAFF;

/**
 * An expert's record lists every engagement they were invited to, confidential ones included (title withheld): the
 * union's people who run reviews may issue it. Experts themselves cannot yet: tokens carry no expert-id claim to tie
 * a caller to an expert. The verification keys are public, so anyone holding a record can check it.
 */
@Configuration
public class ExpertRecordAccess {

    @Bean
    public AccessRules expertRecordAccessRules() {
        return AccessRules.builder()
                .get(ExpertRecordController.RECORD).roles(UNION_ADMIN, UNION_LEADERSHIP, UNION_STAFF, REVIEW_COORDINATOR)
                .get(ExpertRecordController.KEYS).publicAccess()
                .build();
    }
}
