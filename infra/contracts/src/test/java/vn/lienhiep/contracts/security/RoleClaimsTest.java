package vn.lienhiep.contracts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Roles out of tokens as the embedded provider and Keycloak shape them; other applications' roles are ignored. */
class RoleClaimsTest {

    @Test
    void flatRolesClaimOfTheEmbeddedProvider() {
        Map<String, Object> claims = Map.of("roles", List.of("UNION_STAFF", "JUDGE"));

        assertThat(RoleClaims.roles(claims, "roles")).containsExactlyInAnyOrder(Role.UNION_STAFF, Role.JUDGE);
    }

    @Test
    void keycloakRealmRolesThroughADottedPath() {
        Map<String, Object> claims = Map.of(
                "roles", List.of("UNION_ADMIN"), // a flat claim is NOT read when the path points elsewhere
                "realm_access", Map.of("roles", List.of("union-staff", "offline_access", "uma_authorization",
                                                        "ROLE_REVIEW_COORDINATOR")));

        assertThat(RoleClaims.roles(claims, "realm_access.roles"))
                .containsExactlyInAnyOrder(Role.UNION_STAFF, Role.REVIEW_COORDINATOR);
    }

    @Test
    void aSpaceOrCommaSeparatedStringClaimCounts() {
        assertThat(RoleClaims.roles(Map.of("groups", "union_staff, judge"), "groups"))
                .containsExactlyInAnyOrder(Role.UNION_STAFF, Role.JUDGE);
    }

    @Test
    void aMissingOrMisshapedClaimGivesNoRoleRatherThanAnError() {
        assertThat(RoleClaims.roles(Map.of(), "realm_access.roles")).isEmpty();
        assertThat(RoleClaims.roles(Map.of("realm_access", "UNION_ADMIN"), "realm_access.roles")).isEmpty();
        assertThat(RoleClaims.roles(Map.of("realm_access", Map.of("roles", 42)), "realm_access.roles")).isEmpty();
        assertThat(RoleClaims.roles(Map.of("roles", List.of("SUPERUSER")), "roles")).isEmpty();
    }
}
