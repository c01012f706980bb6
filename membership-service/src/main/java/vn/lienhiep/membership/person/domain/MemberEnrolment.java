package vn.lienhiep.membership.person.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import vn.lienhiep.kernel.BusinessRuleViolation;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.membership.person.domain.PersonCommands.RegisterMember;
import vn.lienhiep.membership.person.domain.PersonCommands.StartMembership;

/**
 * Making someone a member of an organisation by who they are, not by a record id (docs/domain/membership.md#mem-per-9):
 * when the union already knows the person (the identity rule, docs/domain/membership.md#mem-per-1) the membership is
 * added to that record, otherwise the person is registered with it in one step. Both ways end the same — the person is
 * a member, the answer names the person's record and the new membership — so whoever enrols (an organisation's
 * officer) learns nothing about who else the union has registered: no "already registered", no other record's id.
 * The known record's profile is left as it is; the officer may update it afterwards like any member's.
 */
public final class MemberEnrolment {

    private static final String DUPLICATE = "membership.person.duplicate";

    private MemberEnrolment() {
    }

    /** What to enrol: the person as given, and the membership. */
    public record Request(PersonProfile profile, ContactData contact, String organizationId, MemberType memberType,
                          LocalDate since, boolean continuous) {
    }

    /** The person's record and the membership started in it. */
    public record Enrolled(String personId, String membershipId) {
    }

    /**
     * @param ids  makes new ids (for a new person, for the membership)
     * @param send sends a command and answers its outcome (the platform's command dispatcher, with who acts)
     */
    public static Enrolled enrol(Request request, PersonRegistry registry, Supplier<String> ids,
                                 Function<PersonCommands, Outcome> send) {
        ContactData contact = request.contact() == null ? ContactData.NONE : request.contact();
        Optional<String> known = registry.holderOf(PersonIdentity.naturalKey(request.profile(), contact));
        String membershipId = ids.get();
        if (known.isPresent()) {
            return addTo(known.get(), membershipId, request, send);
        }
        String personId = ids.get();
        try {
            Outcome registered = send.apply(new RegisterMember(personId, request.profile(), contact, membershipId,
                                                               request.organizationId(), request.memberType(),
                                                               request.since(), request.continuous()));
            return new Enrolled(personId, registered.id());
        } catch (BusinessRuleViolation e) {
            Object existing = e.rejection().details().get("existingPersonId");
            if (!DUPLICATE.equals(e.rule()) || existing == null) {
                throw e;
            }
            // Registered by someone else a moment ago: that is the record to add the membership to.
            return addTo(existing.toString(), membershipId, request, send);
        }
    }

    private static Enrolled addTo(String personId, String membershipId, Request request,
                                  Function<PersonCommands, Outcome> send) {
        // The outcome names the membership: a retried request (Idempotency-Key) gets the one it started the first time.
        Outcome started = send.apply(new StartMembership(personId, membershipId, request.organizationId(),
                                                         request.memberType(), request.since(), request.continuous(),
                                                         null));
        return new Enrolled(personId, started.id());
    }
}
