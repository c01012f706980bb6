package vn.lienhiep.membership.governance.publicevents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienhiep.platform.publishing.DecisionV1;
import vn.lienhiep.membership.governance.domain.GovernanceEvents;
import vn.lienhiep.platform.publishing.PublicEventCatalog;

/**
 * What membership tells the world about the union's governance (Honours counts continuous years in office for the
 * commemorative medal; term-end nominations follow a congress's closing). Office holders are public roles: name and
 * position only, never personal data.
 */
@Configuration
public class GovernancePublicEvents {

    @Bean
    public PublicEventCatalog governancePublicEventCatalog() {
        return PublicEventCatalog.builder()
                .publish(GovernanceEvents.OfficeHoldingStarted.class, "office-holder-elected", 1,
                         GovernancePublicEvents::elected)
                .publish(GovernanceEvents.OfficeHoldingEnded.class, "office-holding-ended", 1,
                         GovernancePublicEvents::ended)
                .publish(GovernanceEvents.CongressClosed.class, "congress-closed", 1,
                         GovernancePublicEvents::closed)
                .build();
    }

    public static OfficeHolderElectedV1 elected(GovernanceEvents.OfficeHoldingStarted e) {
        return new OfficeHolderElectedV1(e.unionId(), e.holdingId(), e.termOrdinal(), e.personId(), e.fullName(),
                e.body().name(), e.position().name(), e.mode().name(), e.from().toString(), e.basis().name(),
                e.congressOrdinal(), DecisionV1.of(e.decision()));
    }

    public static OfficeHoldingEndedV1 ended(GovernanceEvents.OfficeHoldingEnded e) {
        return new OfficeHoldingEndedV1(e.unionId(), e.holdingId(), e.personId(), e.body().name(), e.position().name(),
                                        e.until().toString(), e.reason(), DecisionV1.of(e.decision()));
    }

    public static CongressClosedV1 closed(GovernanceEvents.CongressClosed e) {
        return new CongressClosedV1(e.unionId(), e.congressOrdinal(), e.termOrdinal(), e.closedOn().toString(),
                                    e.delegatesPresent(), e.delegatesConvened());
    }

    /**
     * A person holds a position from {@code from}. {@code basis} RE_ELECTED repeats the holding id and the original
     * {@code from}: service is continuous.
     */
    public record OfficeHolderElectedV1(String unionId, String holdingId, int termOrdinal, String personId,
                                        String fullName, String body, String position, String mode, String from,
                                        String basis, Integer congressOrdinal, DecisionV1 decision) {
    }

    public record OfficeHoldingEndedV1(String unionId, String holdingId, String personId, String body,
                                       String position, String until, String reason, DecisionV1 decision) {
    }

    public record CongressClosedV1(String unionId, int congressOrdinal, int termOrdinal, String closedOn,
                                   int delegatesPresent, int delegatesConvened) {
    }
}
