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
@TestPropertySource(properties = {"lienhiep.security.roles-claim=realm_access.roles",
                                  "lienhiep.security.person-claim=lienhiep.person",
                                  "lienhiep.security.expert-claim=lienhiep.expert"})
class KeycloakTokensTest extends GatewayTestBase {

    private HttpJson as(String bearer) {
        return new HttpJson(baseUrl()).withHeader("Authorization", bearer);
    }

    /** A Keycloak mapper may write the attributes under other names (here nested, "lienhiep.person"). */
    @Test
    void personAndExpertAreReadFromTheConfiguredClaims() {
        String keycloak = TOKENS.user("kc-expert").rawRole("expert").rolesAt("realm_access.roles")
                                .claim("lienhiep.person", "p-9").claim("lienhiep.expert", "e-9")
                                .expert("flat-claim-not-configured").bearer();

        com.fasterxml.jackson.databind.JsonNode session = as(keycloak).get("/session").json();

        assertThat(session.get("roles").toString()).isEqualTo("[\"EXPERT\"]");
        assertThat(session.get("personId").asText()).isEqualTo("p-9");
        assertThat(session.get("expertId").asText()).isEqualTo("e-9");
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
