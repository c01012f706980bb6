package vn.lienhiep.membership.organization.publicevents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienhiep.membership.organization.domain.OrganizationEvents;
import vn.lienhiep.platform.publishing.DecisionV1;
import vn.lienhiep.platform.publishing.PublicEventCatalog;

/**
 * What membership tells the world about member organisations, on {@code lienhiep.membership.v1}. Each payload
 * record here has a JSON Schema in
 * infra/contracts ({@code schemas/membership/<name>.v<n>.json}); a contract test checks every mapping against it.
 * Personal data (birth date, phone, e-mail, address, national id) never appears here (Decree 13/2023/NĐ-CP).
 */
@Configuration
public class OrganizationPublicEvents {

    @Bean
    public PublicEventCatalog organizationPublicEventCatalog() {
        return PublicEventCatalog.builder()
                .publish(OrganizationEvents.Admitted.class, "organization-admitted", 1,
                         e -> new OrganizationAdmittedV1(e.organizationId(), e.name(), e.kind().name(), e.field(),
                                                         DecisionV1.of(e.decision()), e.effectiveDate().toString()))
                .publish(OrganizationEvents.MemberStatusChanged.class, "organization-status-changed", 1,
                         e -> new OrganizationStatusChangedV1(e.organizationId(), e.from().name(), e.status().name(),
                                                              e.transition().name(), DecisionV1.of(e.decision()),
                                                              e.effectiveDate().toString(), e.reason()))
                .build();
    }

    public record OrganizationAdmittedV1(String organizationId, String name, String kind, String field,
                                         DecisionV1 decision, String effectiveDate) {
    }

    public record OrganizationStatusChangedV1(String organizationId, String previousStatus, String status,
                                              String transition, DecisionV1 decision, String effectiveDate,
                                              String reason) {
    }
}
