package vn.lienhiep.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import vn.lienhiep.contracts.security.Claims;
import vn.lienhiep.contracts.security.Role;

/**
 * The Keycloak realm export gives tokens the platform accepts with configuration alone: every role, the audience, the
 * scope claims, and the clients the gateway, the command line and Prometheus use.
 */
class KeycloakRealmTest {

    private final JsonNode realm = DeployFiles.json(DeployFiles.DEPLOY.resolve("keycloak/lienhiep-realm.json"));

    private JsonNode client(String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("realm has no client " + clientId);
    }

    @Test
    void everyPlatformRoleIsARealmRole() {
        assertThat(realm.path("realm").asText()).isEqualTo("lienhiep");
        Set<String> realmRoles = new TreeSet<>();
        realm.path("roles").path("realm").forEach(r -> realmRoles.add(r.path("name").asText()));
        Set<String> platformRoles = new TreeSet<>();
        Arrays.stream(Role.values()).forEach(r -> platformRoles.add(r.name()));
        assertThat(realmRoles).isEqualTo(platformRoles);
    }

    @Test
    void keycloakKeepsItsDefaultClientScopesSoRealmRolesReachTheToken() {
        // A `clientScopes` list in an import replaces Keycloak's built-in scopes, including `roles`, which is what
        // writes realm_access.roles (the claim the platform is told to read) and `profile` (preferred_username, name).
        assertThat(realm.has("clientScopes")).isFalse();
        for (JsonNode client : realm.path("clients")) {
            assertThat(client.has("defaultClientScopes")).as("%s keeps the realm's default scopes",
                                                             client.path("clientId").asText()).isFalse();
        }
    }

    @Test
    void theGatewayClientIsConfidentialWithPkceAndTheGatewayCallback() throws Exception {
        JsonNode gateway = client("lienhiep-gateway");
        assertThat(gateway.path("publicClient").asBoolean(true)).isFalse();
        assertThat(gateway.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(gateway.path("implicitFlowEnabled").asBoolean(true)).isFalse();
        assertThat(gateway.path("directAccessGrantsEnabled").asBoolean(true)).as("no password grant").isFalse();
        assertThat(gateway.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        List<String> redirects = new ArrayList<>();
        gateway.path("redirectUris").forEach(r -> redirects.add(r.asText()));
        assertThat(redirects).containsExactly("${LIENHIEP_GATEWAY_URL}/login/oauth2/code/" + gatewayRegistrationId());
    }

    /** The gateway's login registration id, from its source: the callback path is built from it. */
    private static String gatewayRegistrationId() {
        String source = DeployFiles.read(DeployFiles.ROOT.resolve(
                "gateway/src/main/java/vn/lienhiep/gateway/security/LoginProperties.java"));
        Matcher m = Pattern.compile("REGISTRATION_ID\\s*=\\s*\"([^\"]+)\"").matcher(source);
        assertThat(m.find()).as("LoginProperties.REGISTRATION_ID").isTrue();
        return m.group(1);
    }

    @Test
    void theCommandLineClientIsPublicWithPkce() {
        JsonNode cli = client("lienhiep-cli");
        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean(true)).isFalse();
        assertThat(cli.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
    }

    @Test
    void prometheusIsAServiceAccountWithTheOperatorRole() {
        JsonNode prometheus = client("lienhiep-prometheus");
        assertThat(prometheus.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(prometheus.path("publicClient").asBoolean(true)).isFalse();
        assertThat(prometheus.path("standardFlowEnabled").asBoolean(true)).isFalse();
        JsonNode account = null;
        for (JsonNode user : realm.path("users")) {
            if ("lienhiep-prometheus".equals(user.path("serviceAccountClientId").asText())) {
                account = user;
            }
        }
        assertThat(account).as("service-account user of lienhiep-prometheus").isNotNull();
        List<String> roles = new ArrayList<>();
        account.path("realmRoles").forEach(r -> roles.add(r.asText()));
        assertThat(roles).containsExactly(Role.OPERATOR.name());
    }

    @Test
    void everyClientsTokensCarryTheApiAudience() {
        for (JsonNode client : realm.path("clients")) {
            assertThat(mappers(client, "oidc-audience-mapper"))
                    .as("%s audience mapper", client.path("clientId").asText())
                    .anyMatch(m -> Claims.AUDIENCE.equals(m.path("config").path("included.custom.audience").asText())
                            && m.path("config").path("access.token.claim").asBoolean());
        }
    }

    @Test
    void userScopeAttributesReachTheAccessTokenAndOnlyAdministratorsMayChangeThem() throws Exception {
        for (String clientId : List.of("lienhiep-gateway", "lienhiep-cli")) {
            for (String claim : List.of(Claims.ORGANIZATION, Claims.REQUESTER, Claims.PERSON, Claims.EXPERT)) {
                assertThat(mappers(client(clientId), "oidc-usermodel-attribute-mapper"))
                        .as("%s maps user attribute %s", clientId, claim)
                        .anyMatch(m -> claim.equals(m.path("config").path("user.attribute").asText())
                                && claim.equals(m.path("config").path("claim.name").asText())
                                && m.path("config").path("access.token.claim").asBoolean());
            }
        }
        // A user who could edit their own `org` would widen their own scope (Keycloak's account console).
        JsonNode profile = new ObjectMapper().readTree(realm.path("components")
                .path("org.keycloak.userprofile.UserProfileProvider").get(0)
                .path("config").path("kc.user.profile.config").get(0).asText());
        // Nor may a user make themselves another person or expert: person and expert are admin-only as well.
        for (String claim : List.of(Claims.ORGANIZATION, Claims.REQUESTER, Claims.PERSON, Claims.EXPERT)) {
            JsonNode attribute = null;
            for (JsonNode a : profile.path("attributes")) {
                if (claim.equals(a.path("name").asText())) {
                    attribute = a;
                }
            }
            assertThat(attribute).as("user profile declares %s", claim).isNotNull();
            List<String> editors = new ArrayList<>();
            attribute.path("permissions").path("edit").forEach(e -> editors.add(e.asText()));
            assertThat(editors).as("who may edit %s", claim).containsExactly("admin");
        }
    }

    private static List<JsonNode> mappers(JsonNode client, String type) {
        List<JsonNode> found = new ArrayList<>();
        client.path("protocolMappers").forEach(m -> {
            if (type.equals(m.path("protocolMapper").asText())) {
                found.add(m);
            }
        });
        return found;
    }

    @Test
    void clientSecretsArePlaceholdersResolvedAtImport() {
        for (JsonNode client : realm.path("clients")) {
            if (client.has("secret")) {
                assertThat(client.path("secret").asText()).as("%s secret", client.path("clientId").asText())
                                                          .matches("\\$\\{[A-Z][A-Z0-9_]*}");
            }
        }
        assertThat(client("lienhiep-gateway").path("secret").asText()).isEqualTo("${LIENHIEP_GATEWAY_CLIENT_SECRET}");
    }
}
