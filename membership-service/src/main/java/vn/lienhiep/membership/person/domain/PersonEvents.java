package vn.lienhiep.membership.person.domain;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * What happened to persons and their memberships. Contact data (and the national id) live only in these private
 * events; public events carry none of it.
 */
public sealed interface PersonEvents {

    String personId();

    @Revision("1")
    record PersonRegistered(String personId, PersonProfile profile, ContactData contact) implements PersonEvents {
    }

    @Revision("1")
    record PersonProfileUpdated(String personId, PersonProfile profile, ContactData contact, LocalDate effectiveDate)
            implements PersonEvents {
    }

    /** {@code since} is exact: the honours context counts years of continuous membership from it. */
    @Revision("1")
    record MembershipStarted(String personId, String membershipId, String organizationId, MemberType memberType,
                             LocalDate since, boolean continuous) implements PersonEvents {
    }

    /** {@code until} is the first day the person is no longer a member. */
    @Revision("1")
    record MembershipEnded(String personId, String membershipId, String organizationId, LocalDate until,
                           String reason) implements PersonEvents {
    }
}
