package vn.lienhiep.membership.person.publicevents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienhiep.membership.person.domain.PersonEvents;
import vn.lienhiep.platform.publishing.PublicEventCatalog;

/**
 * What membership tells the world about persons' memberships (the honours context counts continuous years from
 * them). Persons themselves are not public: no name, birth date, contact data or national id leaves this service
 * (Decree 13/2023/NĐ-CP). Schemas: {@code schemas/membership/membership-started.v1.json}, {@code membership-ended.v1}.
 */
@Configuration
public class PersonPublicEvents {

    @Bean
    public PublicEventCatalog personPublicEventCatalog() {
        return PublicEventCatalog.builder()
                .publish(PersonEvents.MembershipStarted.class, "membership-started", 1, PersonPublicEvents::started)
                .publish(PersonEvents.MembershipEnded.class, "membership-ended", 1, PersonPublicEvents::ended)
                .build();
    }

    public static MembershipStartedV1 started(PersonEvents.MembershipStarted e) {
        return new MembershipStartedV1(e.membershipId(), e.personId(), e.organizationId(), e.memberType().name(),
                                       e.since().toString(), e.continuous());
    }

    public static MembershipEndedV1 ended(PersonEvents.MembershipEnded e) {
        // The reason is free text about a private person (illness, death, a move): it stays in the union's own history.
        return new MembershipEndedV1(e.membershipId(), e.personId(), e.organizationId(), e.until().toString(), null);
    }

    public record MembershipStartedV1(String membershipId, String personId, String organizationId, String memberType,
                                      String since, boolean continuous) {
    }

    /** {@code until}: the first day the person is no longer a member. */
    public record MembershipEndedV1(String membershipId, String personId, String organizationId, String until,
                                    String reason) {
    }
}
