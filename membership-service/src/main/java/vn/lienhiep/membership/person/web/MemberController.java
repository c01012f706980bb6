package vn.lienhiep.membership.person.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.membership.person.domain.ContactData;
import vn.lienhiep.membership.person.domain.MemberEnrolment;
import vn.lienhiep.membership.person.domain.PersonIdentity;
import vn.lienhiep.membership.person.domain.PersonProfile;
import vn.lienhiep.membership.person.domain.PersonRegistry;
import vn.lienhiep.platform.commands.CommandDispatcher;

/**
 * Registering a member of an organisation — the way an organisation's officer adds its members, and the union office
 * may too. The answer never tells whether the union already knew the person (docs/domain/membership.md#mem-per-9):
 * a known person gets the membership added to their record, a new one is registered with it, and both answer 201
 * with the person's record and the membership. An officer may name only their own organisation (404 otherwise,
 * checked before the body is read: organization.web.OrganizationScope).
 */
@RestController
public class MemberController {

    public static final String PATH = "/api/membership/organizations/{id}/members";

    private final CommandDispatcher commands;
    private final PersonRegistry registry;

    public MemberController(CommandDispatcher commands, PersonRegistry registry) {
        this.commands = commands;
        this.registry = registry;
    }

    @PostMapping(PATH)
    public ResponseEntity<PersonRequests.MemberEnrolled> register(@PathVariable String id,
                                                                  @Valid @RequestBody PersonRequests.MemberRegistration body) {
        PersonProfile profile;
        ContactData contact;
        try {
            profile = body.person().profile();
            contact = body.person().contact();
            PersonIdentity.naturalKey(profile, contact); // a person the identity rule cannot name is malformed input
        } catch (InvalidInput e) {
            throw e.under("person");
        }
        MemberEnrolment.Enrolled enrolled = MemberEnrolment.enrol(
                new MemberEnrolment.Request(profile, contact, id, body.memberType(), body.since(),
                                            !Boolean.FALSE.equals(body.continuous())),
                registry, () -> UUID.randomUUID().toString(), commands::send);
        return ResponseEntity.created(URI.create(PersonController.PATH + "/" + enrolled.personId()))
                             .body(new PersonRequests.MemberEnrolled(enrolled.personId(), enrolled.membershipId()));
    }
}
