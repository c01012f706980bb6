package vn.lienhiep.platform.security;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import vn.lienhiep.contracts.security.Claims;
import vn.lienhiep.contracts.security.Role;

/** The caller of the current request, read from the authenticated token (never from a header a client could set). */
public final class Callers {

    private Callers() {
    }

    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return Caller.anonymous();
        }
        Jwt jwt = token.getToken();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : token.getAuthorities()) {
            Role.parse(authority.getAuthority()).ifPresent(roles::add);
        }
        String username = firstNonBlank(jwt.getClaimAsString(Claims.USERNAME), jwt.getSubject());
        return new Caller(jwt.getSubject(), username, firstNonBlank(jwt.getClaimAsString(Claims.DISPLAY_NAME), username),
                          roles, blankToNull(jwt.getClaimAsString(Claims.ORGANIZATION)),
                          blankToNull(jwt.getClaimAsString(Claims.REQUESTER)));
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
