package vn.lienhiep.membership.person.domain;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Everything that can be asked of a person's record. {@code expectedVersion} (nullable) is the version the caller
 * last saw; a newer aggregate answers 409.
 */
public sealed interface PersonCommands {

    String personId();

    record RegisterPerson(@TargetAggregateIdentifier String personId, PersonProfile profile, ContactData contact)
            implements PersonCommands {
    }

    /**
     * A person the union does not know yet, registered as a member of an organisation in one step: the person and the
     * membership are applied together or not at all. {@link MemberEnrolment} sends it, or a {@link StartMembership}
     * when the union already knows the person.
     */
    record RegisterMember(@TargetAggregateIdentifier String personId, PersonProfile profile, ContactData contact,
                          String membershipId, String organizationId, MemberType memberType, LocalDate since,
                          boolean continuous) implements PersonCommands {
    }

    /**
     * Replaces the profile and contact data. {@code effectiveDate} is when the change became true (e.g. the day the
     * doctorate was awarded), so degree statistics for a past date stay right; today when absent.
     */
    record UpdateProfile(@TargetAggregateIdentifier String personId, PersonProfile profile, ContactData contact,
                         LocalDate effectiveDate, @TargetAggregateVersion Long expectedVersion)
            implements PersonCommands {
    }

    record StartMembership(@TargetAggregateIdentifier String personId, String membershipId, String organizationId,
                           MemberType memberType, LocalDate since, boolean continuous,
                           @TargetAggregateVersion Long expectedVersion) implements PersonCommands {
    }

    record EndMembership(@TargetAggregateIdentifier String personId, String membershipId, LocalDate until,
                         String reason, @TargetAggregateVersion Long expectedVersion) implements PersonCommands {
    }
}
