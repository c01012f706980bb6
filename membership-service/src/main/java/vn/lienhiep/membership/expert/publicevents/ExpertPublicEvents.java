package vn.lienhiep.membership.expert.publicevents;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienhiep.membership.expert.domain.ExpertDetails;
import vn.lienhiep.membership.expert.domain.ExpertEvents;
import vn.lienhiep.membership.expert.domain.ExpertStatus;
import vn.lienhiep.platform.publishing.PublicEvent;
import vn.lienhiep.platform.publishing.PublicEventCatalog;

/**
 * What the expert database tells Review (panel building, conflict of interest). The expert's name appears only with
 * the expert's consent; no birth date, contact data or national id ever does (Decree 13/2023/NĐ-CP). Profile changes
 * are public only while the profile is ACTIVE: Review does not know the others.
 */
@Configuration
public class ExpertPublicEvents {

    @Bean
    public PublicEventCatalog expertPublicEventCatalog() {
        return PublicEventCatalog.builder()
                .publish(ExpertEvents.ExpertVerified.class, "expert-verified", 1, ExpertPublicEvents::verified)
                .publish(ExpertEvents.ExpertDeactivated.class, "expert-deactivated", 1,
                         ExpertPublicEvents::deactivated)
                .map(ExpertEvents.ExpertProfileChanged.class, e -> e.status() != ExpertStatus.ACTIVE ? null
                        : new PublicEvent("expert-profile-changed", 1, changed(e)))
                .build();
    }

    public static ExpertVerifiedV1 verified(ExpertEvents.ExpertVerified e) {
        ExpertDetails d = e.details();
        return new ExpertVerifiedV1(e.expertId(), e.personId(), d.consentToPublishName() ? e.displayName() : null,
                                    d.expertiseFields(), d.scope().name(), d.employers(), d.availability().name(),
                                    e.verifiedAt().toString());
    }

    public static ExpertProfileChangedV1 changed(ExpertEvents.ExpertProfileChanged e) {
        ExpertDetails d = e.details();
        return new ExpertProfileChangedV1(e.expertId(), e.personId(),
                                          d.consentToPublishName() ? e.displayName() : null, d.expertiseFields(),
                                          d.scope().name(), d.employers(), d.availability().name(),
                                          e.lastVerifiedAt() == null ? null : e.lastVerifiedAt().toString());
    }

    public static ExpertDeactivatedV1 deactivated(ExpertEvents.ExpertDeactivated e) {
        // Free text about a person (health, a conflict): kept in the history, never published.
        return new ExpertDeactivatedV1(e.expertId(), e.personId(), null, e.effectiveDate().toString());
    }

    public record ExpertVerifiedV1(String expertId, String personId, String displayName,
                                   List<String> expertiseFields, String scope, List<String> employers,
                                   String availability, String verifiedAt) {
    }

    public record ExpertProfileChangedV1(String expertId, String personId, String displayName,
                                         List<String> expertiseFields, String scope, List<String> employers,
                                         String availability, String verifiedAt) {
    }

    public record ExpertDeactivatedV1(String expertId, String personId, String reason, String effectiveDate) {
    }
}
