package vn.lienhiep.contracts.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads the platform roles out of a token's claims. The claim is named by a dotted path so that one setting covers
 * the embedded provider's flat {@code roles} and Keycloak's {@code realm_access.roles}; unknown role names are
 * ignored rather than rejected, because a shared identity provider carries roles of other applications too.
 */
public final class RoleClaims {

    private RoleClaims() {
    }

    public static Set<Role> roles(Map<String, Object> claims, String claimPath) {
        Object node = ClaimPaths.valueAt(claims, claimPath);
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (node instanceof Collection<?> values) {
            for (Object value : values) {
                Role.parse(String.valueOf(value)).ifPresent(roles::add);
            }
        } else if (node instanceof String value) {
            for (String part : value.split("[\\s,]+")) {
                Role.parse(part).ifPresent(roles::add);
            }
        }
        return roles;
    }
}
