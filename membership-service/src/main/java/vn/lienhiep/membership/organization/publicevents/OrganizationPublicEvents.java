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

    private static final String STATUS_CHANGED = "organization-status-changed";

    @Bean
    public PublicEventCatalog organizationPublicEventCatalog() {
        return PublicEventCatalog.builder()
                .publish(OrganizationEvents.Admitted.class, "organization-admitted", 1,
                         e -> new OrganizationAdmittedV1(e.organizationId(), e.name(), e.kind().name(), e.field(),
                                                         DecisionV1.of(e.decision()), e.effectiveDate().toString()))
                .publish(OrganizationEvents.OrganizationSuspended.class, STATUS_CHANGED, 1,
                         OrganizationPublicEvents::statusChanged)
                .publish(OrganizationEvents.OrganizationReinstated.class, STATUS_CHANGED, 1,
                         OrganizationPublicEvents::statusChanged)
                .publish(OrganizationEvents.OrganizationWithdrawn.class, STATUS_CHANGED, 1,
                         OrganizationPublicEvents::statusChanged)
                .publish(OrganizationEvents.OrganizationExpelled.class, STATUS_CHANGED, 1,
                         OrganizationPublicEvents::statusChanged)
                .publish(OrganizationEvents.OrganizationDissolved.class, STATUS_CHANGED, 1,
                         OrganizationPublicEvents::statusChanged)
                .build();
    }

    /**
     * Every act on a member is announced as the one public {@code organization-status-changed} event it has always
     * been (its payload names the act in {@code transition}): consumers need not learn the domain's event types.
     */
    static OrganizationStatusChangedV1 statusChanged(OrganizationEvents.MemberStatusDecided e) {
        return new OrganizationStatusChangedV1(e.organizationId(), e.previousStatus().name(), e.status().name(),
                                               e.transition().name(), DecisionV1.of(e.decision()),
                                               e.effectiveDate().toString(), e.reason());
    }

    public record OrganizationAdmittedV1(String organizationId, String name, String kind, String field,
                                         DecisionV1 decision, String effectiveDate) {
    }

    public record OrganizationStatusChangedV1(String organizationId, String previousStatus, String status,
                                              String transition, DecisionV1 decision, String effectiveDate,
                                              String reason) {
    }
}
