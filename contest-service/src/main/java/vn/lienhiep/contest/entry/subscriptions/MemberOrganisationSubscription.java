package vn.lienhiep.contest.entry.subscriptions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienhiep.contest.entry.infrastructure.JdbcEntryStandings;
import vn.lienhiep.platform.consuming.PublicEventConsumers;
import vn.lienhiep.platform.consuming.PublicEventSubscription;
import vn.lienhiep.platform.consuming.ReceivedEvent;

/**
 * The member organisations' status, learned only from membership's public events (no call to membership; the payload
 * records mirror infra/contracts schemas/membership/organization-*.v1.json): a suspended or expelled organisation
 * cannot enter. Each delivery is applied once, guarded by membership's aggregate sequence.
 */
@Configuration
public class MemberOrganisationSubscription {

    public static final String NAME = "contest-member-organizations";
    public static final String TOPIC = "lienhiep.membership.v1";

    @Bean(NAME)
    public PublicEventSubscription memberOrganisationSubscription(JdbcEntryStandings organisations) {
        return PublicEventSubscription.named(NAME)
                .topic(TOPIC)
                .on("membership", "organization-admitted", 1, OrganizationAdmittedV1.class,
                    (payload, event) -> organisations.organisationStatus(payload.organizationId(), "ACTIVE",
                                                                         sequence(event)))
                .on("membership", "organization-status-changed", 1, OrganizationStatusChangedV1.class,
                    (payload, event) -> organisations.organisationStatus(payload.organizationId(), payload.status(),
                                                                         sequence(event)))
                .build();
    }

    private static long sequence(ReceivedEvent event) {
        if (event.aggregateSequence() == null) {
            throw new PublicEventConsumers.PoisonEventException(
                    "event " + event.id() + " (" + event.type() + ") has no aggregatesequence extension");
        }
        return event.aggregateSequence();
    }

    /** Membership's organization-admitted v1, the part the contest reads. */
    public record OrganizationAdmittedV1(String organizationId, String name) {
    }

    /** Membership's organization-status-changed v1, the part the contest reads. */
    public record OrganizationStatusChangedV1(String organizationId, String previousStatus, String status) {
    }
}
