package vn.lienhiep.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.testing.HttpJson;

/**
 * Pointing the platform at Keycloak is configuration only: with {@code lienhiep.security.roles-claim} set to
 * {@code realm_access.roles} (env {@code LIENHIEP_SECURITY_ROLESCLAIM}), realm roles spelled Keycloak's way count and
 * a flat {@code roles} claim no longer does.
 */
@TestPropertySource(properties = "lienhiep.security.roles-claim=realm_access.roles")
class KeycloakTokensTest extends GatewayTestBase {

    private HttpJson as(String bearer) {
        return new HttpJson(baseUrl()).withHeader("Authorization", bearer);
    }

    @Test
    void realmRolesAreReadFromTheConfiguredClaim() {
        String path = "/api/membership/admin/replays/" + UUID.randomUUID();
        String keycloak = TOKENS.user("kc-admin").rawRole("union-admin").rawRole("offline_access")
                                .rolesAt("realm_access.roles").bearer();
        String flat = TOKENS.bearer("flat-admin", Role.UNION_ADMIN);

        HttpJson.Response viaRealmRoles = as(keycloak).post(path, Map.of());
        assertThat(viaRealmRoles.status()).as(viaRealmRoles.body()).isEqualTo(201);
        assertThat(MEMBERSHIP.lastPath()).isEqualTo(path);

        String other = "/api/membership/admin/replays/" + UUID.randomUUID();
        assertThat(as(flat).post(other, Map.of()).status()).isEqualTo(403);
        assertThat(MEMBERSHIP.lastPath()).isNotEqualTo(other);
    }
}
