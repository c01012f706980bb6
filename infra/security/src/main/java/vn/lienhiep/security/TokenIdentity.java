package vn.lienhiep.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import vn.lienhiep.contracts.security.ClaimPaths;
import vn.lienhiep.contracts.security.Claims;
import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.contracts.security.RoleClaims;

/**
 * Who a validated access token says the caller is, read the same way at the gateway ({@code GET /session}) and in
 * every service ({@code Caller}): the console never shows an identity a service would not honour.
 *
 * @param subject        {@code sub}: stable, recorded on every event
 * @param username       {@code preferred_username}, else {@code sub}
 * @param displayName    {@code name}, else the username
 * @param roles          the platform roles at the configured roles claim; roles of other applications are ignored
 * @param organizationId the member organisation a MEMBER_ORG_ADMIN acts for ({@code org}), else null
 * @param requesterId    the requesting body a REQUESTER acts for ({@code requester}), else null
 * @param personId       the person the user is (configured claim, {@code person} by default), else null
 * @param expertId       the expert the user is (configured claim, {@code expert} by default), else null
 */
public record TokenIdentity(String subject, String username, String displayName, Set<Role> roles,
                            String organizationId, String requesterId, String personId, String expertId)
        implements Serializable {

    public TokenIdentity {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static TokenIdentity of(Map<String, Object> claims, SecurityProperties properties) {
        String subject = ClaimPaths.idAt(claims, "sub");
        String username = firstNonNull(text(claims, Claims.USERNAME), subject);
        return new TokenIdentity(subject, username, firstNonNull(text(claims, Claims.DISPLAY_NAME), username),
                                 RoleClaims.roles(claims, properties.rolesClaim()),
                                 ClaimPaths.idAt(claims, Claims.ORGANIZATION), ClaimPaths.idAt(claims, Claims.REQUESTER),
                                 ClaimPaths.idAt(claims, properties.personClaim()),
                                 ClaimPaths.idAt(claims, properties.expertClaim()));
    }

    /** The roles as Spring Security authorities ({@code ROLE_UNION_STAFF}...). */
    public Collection<GrantedAuthority> authorities() {
        return sortedRoles().stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                            .toList();
    }

    /** In declaration order, for answers and logs that should not change from one call to the next. */
    public List<Role> sortedRoles() {
        return roles.stream().sorted().toList();
    }

    /** Names are free text: kept as written, only a blank one counts as absent. */
    private static String text(Map<String, Object> claims, String name) {
        return claims.get(name) instanceof String value && !value.isBlank() ? value : null;
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }
}
