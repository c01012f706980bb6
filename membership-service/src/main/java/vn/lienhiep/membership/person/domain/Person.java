package vn.lienhiep.membership.person.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.Inputs;
import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.membership.person.domain.PersonCommands.*;
import vn.lienhiep.membership.person.domain.PersonEvents.*;
import vn.lienhiep.membership.person.domain.PersonPolicies.IdentityClaim;
import vn.lienhiep.membership.person.domain.PersonPolicies.MembershipEnd;
import vn.lienhiep.membership.person.domain.PersonPolicies.MembershipStart;
import vn.lienhiep.membership.person.domain.PersonPolicies.ProfileChange;

import static vn.lienhiep.membership.person.domain.PersonPolicies.*;

/**
 * A person (cá nhân, trí thức) and their memberships of member organisations. Memberships live here because their
 * rule — no overlapping periods in one organisation — is about one person's periods. Each act enforces its named
 * policy ({@link PersonPolicies}) before it applies an event.
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
        register(command.personId(), command.profile(), command.contact(), registry, clock);
        return outcome();
    }

    /** A new member: the person and the membership, in one unit of work. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public Outcome handle(RegisterMember command, PersonRegistry registry, OrganizationDirectory organizations,
                          Clock clock) {
        Inputs.required(command.memberType(), "memberType");
        LocalDate since = Inputs.required(command.since(), "since");
        MEMBERSHIP_START.enforce(new MembershipStart(command.organizationId(),
                organizations.exists(command.organizationId()), since, memberships.values(), Clocks.today(clock)));
        register(command.personId(), command.profile(), command.contact(), registry, clock);
        AggregateLifecycle.apply(new MembershipStarted(personId, Inputs.required(command.membershipId(), "membershipId"),
                                                       command.organizationId(), command.memberType(), since,
                                                       command.continuous()));
        return new Outcome(command.membershipId(), STATUS, AggregateLifecycle.getVersion());
    }

    @CommandHandler
    public Outcome handle(UpdateProfile command, PersonRegistry registry, Clock clock) {
        PersonProfile profile = Inputs.required(command.profile(), "profile");
        ContactData contact = command.contact() == null ? ContactData.NONE : command.contact();
        LocalDate today = Clocks.today(clock);
        LocalDate effective = Clocks.orToday(command.effectiveDate(), clock);
        String newKey = PersonIdentity.naturalKey(profile, contact);
        PROFILE_UPDATE.enforce(new ProfileChange(profile, effective, today));
        ONE_RECORD_PER_PERSON.enforce(new IdentityClaim(registry.claim(newKey, personId, profile.fullName())));
        if (!newKey.equals(naturalKey)) {
            registry.release(naturalKey, personId);
        }
        AggregateLifecycle.apply(new PersonProfileUpdated(personId, profile, contact, effective));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(StartMembership command, OrganizationDirectory organizations, Clock clock) {
        String membershipId = Inputs.required(command.membershipId(), "membershipId");
        if (memberships.containsKey(membershipId)) {
            // Ids are made by the service, never by a client: a repeated one is a retried request gone wrong.
            throw new InvalidInput("membershipId", "đã có quan hệ hội viên mang mã này",
                                   "a membership with this id already exists");
        }
        LocalDate since = Inputs.required(command.since(), "since");
        Inputs.required(command.memberType(), "memberType");
        MEMBERSHIP_START.enforce(new MembershipStart(command.organizationId(),
                organizations.exists(command.organizationId()), since, memberships.values(), Clocks.today(clock)));
        AggregateLifecycle.apply(new MembershipStarted(personId, membershipId, command.organizationId(),
                                                       command.memberType(), since, command.continuous()));
        // The membership's id, not the person's: it is what a retried request (Idempotency-Key) must get back.
        return new Outcome(membershipId, STATUS, AggregateLifecycle.getVersion());
    }

    @CommandHandler
    public Outcome handle(EndMembership command, Clock clock) {
        LocalDate until = Inputs.required(command.until(), "until");
        Membership membership = memberships.get(command.membershipId());
        MEMBERSHIP_END.enforce(new MembershipEnd(command.membershipId(), membership, until, Clocks.today(clock)));
        AggregateLifecycle.apply(new MembershipEnded(personId, membership.membershipId(), membership.organizationId(),
                                                     until, Inputs.optionalText(command.reason())));
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

    // --- helpers -------------------------------------------------------------------------------------------------

    /** Every way a person enters the register: the birth date checked, the identity claimed, then the event. */
    private void register(String id, PersonProfile given, ContactData givenContact, PersonRegistry registry,
                          Clock clock) {
        PersonProfile profile = Inputs.required(given, "profile");
        ContactData contact = givenContact == null ? ContactData.NONE : givenContact;
        String key = PersonIdentity.naturalKey(profile, contact);
        REGISTRATION.enforce(new ProfileChange(profile, null, Clocks.today(clock)));
        ONE_RECORD_PER_PERSON.enforce(new IdentityClaim(registry.claim(key, id, profile.fullName())));
        AggregateLifecycle.apply(new PersonRegistered(id, profile, contact));
    }

    private Outcome outcome() {
        return new Outcome(personId, STATUS, AggregateLifecycle.getVersion());
    }
}
