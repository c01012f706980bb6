package vn.lienhiep.gateway.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import vn.lienhiep.contracts.security.RoleClaims;

/** Platform roles from token claims as ROLE_ authorities; roles of other applications are ignored. */
final class TokenRoles {

    private TokenRoles() {
    }

    static Collection<GrantedAuthority> authorities(Map<String, Object> claims, String rolesClaim) {
        return RoleClaims.roles(claims, rolesClaim).stream()
                         .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                         .collect(Collectors.toList());
    }

    static List<String> names(Map<String, Object> claims, String rolesClaim) {
        return RoleClaims.roles(claims, rolesClaim).stream().map(Enum::name).toList();
    }
}
