package vn.lienhiep.platform.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import vn.lienhiep.contracts.security.Role;

/**
 * Who is calling, as the validated access token says. Services decide function-level access (which role may send
 * which command) in their {@link AccessRules} and object-level access (which organisation or panel) with the scope
 * this record carries.
 *
 * @param userId         the token's {@code sub}: stable, recorded on every event
 * @param username       shown in histories ({@code preferred_username}, else {@code sub})
 * @param roles          platform roles; empty for anonymous callers
 * @param organizationId the member organisation a {@link Role#MEMBER_ORG_ADMIN} acts for, else null
 * @param requesterId    the requesting body a {@link Role#REQUESTER} acts for, else null
 * @param personId       the person the user is (membership's person id), when the account is linked to one: a
 *                       council member votes and a judge scores as this person; else null
 * @param expertId       the expert the user is (membership's expert id), when linked: an expert accepts invitations
 *                       and fetches records as this expert; else null
 */
public record Caller(String userId, String username, String displayName, Set<Role> roles, String organizationId,
                     String requesterId, String personId, String expertId) {

    public static final String ANONYMOUS = "anonymous";

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** A caller linked to no person and no expert. */
    public Caller(String userId, String username, String displayName, Set<Role> roles, String organizationId,
                  String requesterId) {
        this(userId, username, displayName, roles, organizationId, requesterId, null, null);
    }

    public static Caller anonymous() {
        return new Caller(ANONYMOUS, ANONYMOUS, ANONYMOUS, Set.of(), null, null);
    }

    /** Work that no person started (a scheduled job, a consumer): named so the history says what acted. */
    public static Caller system(String name) {
        return new Caller("system:" + name, name, name, Set.of(), null, null);
    }

    /** True when the token says this caller IS that person (never for an unlinked caller or a null id). */
    public boolean isPerson(String id) {
        return personId != null && personId.equals(id);
    }

    /** True when the token says this caller IS that expert (never for an unlinked caller or a null id). */
    public boolean isExpert(String id) {
        return expertId != null && expertId.equals(id);
    }

    public boolean isAnonymous() {
        return ANONYMOUS.equals(userId);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }

    /**
     * True when this caller's view of member organisations is limited to one: a member-organisation officer who
     * holds no union-wide role besides.
     */
    public boolean scopedToOrganization(Set<Role> unionWideRoles) {
        return has(Role.MEMBER_ORG_ADMIN) && !hasAny(unionWideRoles);
    }

    /** Role names in a stable order, for event metadata and histories. */
    public String rolesAsText() {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
