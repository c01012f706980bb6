package vn.lienhiep.membership.person.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import vn.lienhiep.membership.person.domain.PersonCommands.*;
import vn.lienhiep.membership.person.domain.PersonEvents.*;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.kernel.Policy;

import static vn.lienhiep.membership.common.domain.DatePolicies.*;
import static vn.lienhiep.membership.person.domain.PersonPolicies.*;

/**
 * A person (cá nhân, trí thức) and their memberships of member organisations. Memberships live here because their
 * rule — no overlapping periods in one organisation — is about one person's periods.
 */
@AggregateRoot
public class Person {

    static final String STATUS = "REGISTERED";

    @AggregateIdentifier
    private String personId;
    private String naturalKey;
    private final Map<String, Membership> memberships = new LinkedHashMap<>();

    protected Person() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public Outcome handle(RegisterPerson command, PersonRegistry registry, Clock clock) {
        PersonProfile profile = Objects.requireNonNull(command.profile(), "profile");
        ContactData contact = command.contact() == null ? ContactData.NONE : command.contact();
        Policy.enforce(profile.dateOfBirth(), notInFuture(Clocks.today(clock), "sinh / birth"));
        registry.claim(PersonIdentity.naturalKey(profile, contact), command.personId(), profile.fullName());
        AggregateLifecycle.apply(new PersonRegistered(command.personId(), profile, contact));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(UpdateProfile command, PersonRegistry registry, Clock clock) {
        PersonProfile profile = Objects.requireNonNull(command.profile(), "profile");
        ContactData contact = command.contact() == null ? ContactData.NONE : command.contact();
        LocalDate today = Clocks.today(clock);
        LocalDate effective = command.effectiveDate() != null ? command.effectiveDate() : today;
        Policy.enforce(profile.dateOfBirth(), notInFuture(today, "sinh / birth"));
        Policy.enforce(effective, notInFuture(today, "hiệu lực / effective"));
        String newKey = PersonIdentity.naturalKey(profile, contact);
        registry.claim(newKey, personId, profile.fullName());
        if (!newKey.equals(naturalKey)) {
            registry.release(naturalKey, personId);
        }
        AggregateLifecycle.apply(new PersonProfileUpdated(personId, profile, contact, effective));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(StartMembership command, OrganizationDirectory organizations, Clock clock) {
        String membershipId = Objects.requireNonNull(command.membershipId(), "membershipId");
        if (memberships.containsKey(membershipId)) {
            throw new IllegalArgumentException("membership " + membershipId + " already exists");
        }
        LocalDate since = Objects.requireNonNull(command.since(), "since");
        Objects.requireNonNull(command.memberType(), "memberType");
        Policy.enforce(command.organizationId(), organizationKnown(organizations));
        Policy.enforce(since, notInFuture(Clocks.today(clock), "bắt đầu / start"),
                       noOverlap(command.organizationId(), memberships.values()));
        AggregateLifecycle.apply(new MembershipStarted(personId, membershipId, command.organizationId(),
                                                       command.memberType(), since, command.continuous()));
        // The membership's id, not the person's: it is what a retried request (Idempotency-Key) must get back.
        return new Outcome(membershipId, STATUS, AggregateLifecycle.getVersion());
    }

    @CommandHandler
    public Outcome handle(EndMembership command, Clock clock) {
        Membership membership = memberships.get(command.membershipId());
        if (membership == null) {
            throw unknownMembership(command.membershipId()).asException();
        }
        LocalDate until = Objects.requireNonNull(command.until(), "until");
        Policy.enforce(membership, stillOpen());
        Policy.enforce(until, notInFuture(Clocks.today(clock), "kết thúc / end"), notBeforeSince(membership.since()));
        AggregateLifecycle.apply(new MembershipEnded(personId, membership.membershipId(), membership.organizationId(),
                                                     until, PersonProfile.blankToNull(command.reason())));
        return outcome();
    }

    // --- state ---------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(PersonRegistered event) {
        personId = event.personId();
        naturalKey = PersonIdentity.naturalKey(event.profile(), event.contact());
    }

    @EventSourcingHandler
    void on(PersonProfileUpdated event) {
        naturalKey = PersonIdentity.naturalKey(event.profile(), event.contact());
    }

    @EventSourcingHandler
    void on(MembershipStarted event) {
        memberships.put(event.membershipId(), new Membership(event.membershipId(), event.organizationId(),
                                                             event.memberType(), event.since(), null));
    }

    @EventSourcingHandler
    void on(MembershipEnded event) {
        memberships.computeIfPresent(event.membershipId(), (id, m) -> m.endedOn(event.until()));
    }

    private Outcome outcome() {
        return new Outcome(personId, STATUS, AggregateLifecycle.getVersion());
    }
}
