package vn.lienhiep.membership.person.web;

import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.lienhiep.membership.common.web.MembershipScope;
import vn.lienhiep.membership.common.web.ObjectScope;
import vn.lienhiep.membership.person.projection.PersonQueries;
import vn.lienhiep.membership.person.projection.PersonView;
import vn.lienhiep.platform.security.Caller;
import vn.lienhiep.platform.web.ResourceNotFoundException;

/**
 * What an officer may see of persons, in ONE place: only the members of their own organisation (anyone else is not
 * found), and of a member only what concerns their organisation — the union's record of the person, and the
 * memberships in the officer's organisation, never those elsewhere (docs/domain/membership.md#mem-per-9).
 */
@Component
public class PersonScope implements ObjectScope {

    private static final String PERSON = PersonController.PATH + "/{id}";

    private final PersonQueries persons;

    public PersonScope(PersonQueries persons) {
        this.persons = persons;
    }

    @Override
    public String path() {
        return PERSON;
    }

    @Override
    public void check(Caller officer, String method, String matchedPath, Map<String, String> variables) {
        String id = variables.get("id");
        PersonView person = persons.find(id).orElseThrow(() -> new ResourceNotFoundException("person", id));
        if (person.memberships().stream().noneMatch(m -> Objects.equals(m.organizationId(), officer.organizationId()))) {
            throw new ResourceNotFoundException("person", id);
        }
        String membershipId = variables.get("membershipId");
        if (membershipId != null && person.memberships().stream().noneMatch(
                m -> membershipId.equals(m.membershipId()) && Objects.equals(m.organizationId(), officer.organizationId()))) {
            throw new ResourceNotFoundException("membership", membershipId);
        }
    }

    /** The person as this caller may see them: in full for the union office, cut to their organisation for an officer. */
    static PersonView visibleTo(Caller caller, PersonView person) {
        return MembershipScope.isScoped(caller) ? person.onlyMembershipsOf(caller.organizationId()) : person;
    }
}
