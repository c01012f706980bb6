package vn.lienhiep.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.OidcLogin;

/** The embedded provider, really running: tokens, claims, login with PKCE, the admin API, key rotation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class AuthServerTest {

    static final Path DATA = newDataDir();
    // The issuer must be the address the test reaches, so the port is chosen before the server starts.
    static final int PORT = freePort();
    static final String LAUNCHER_SECRET = "launcher-" + UUID.randomUUID();
    static final String PROMETHEUS_SECRET = "prometheus-" + UUID.randomUUID();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("lienhiep.data-dir", DATA::toString);
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA.resolve("auth/auth") + ";WRITE_DELAY=0");
        registry.add("lienhiep.auth.launcher-client-secret", () -> LAUNCHER_SECRET);
        registry.add("lienhiep.auth.prometheus-client-secret", () -> PROMETHEUS_SECRET);
        registry.add("server.port", () -> PORT);
        registry.add("lienhiep.security.issuer", () -> "http://127.0.0.1:" + PORT);
    }

    int port = PORT;

    @Autowired
    JdbcTemplate jdbc;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private JsonNode clientToken(String client, String secret) throws Exception {
        HttpResponse<String> response = tokenRequest(client, secret);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return HttpJson.json().readTree(response.body());
    }

    private HttpResponse<String> tokenRequest(String client, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base() + "/oauth2/token")).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode claims(String jwt) throws Exception {
        return HttpJson.json().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static String kid(String jwt) throws Exception {
        return HttpJson.json().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[0])).path("kid").asText();
    }

    private HttpJson admin() throws Exception {
        return new HttpJson(base()).withHeader("Authorization",
                "Bearer " + clientToken("lienhiep-launcher", LAUNCHER_SECRET).path("access_token").asText());
    }

    @Test
    void discoveryAndJwksArePublishedUnderTheConfiguredIssuer() throws Exception {
        JsonNode discovery = new HttpJson(base()).get("/.well-known/openid-configuration").json();

        assertThat(discovery.path("issuer").asText()).isEqualTo(base());
        assertThat(discovery.path("jwks_uri").asText()).isEqualTo(base() + "/oauth2/jwks");
        assertThat(discovery.path("code_challenge_methods_supported").toString()).contains("S256");
        JsonNode jwks = new HttpJson(base()).get("/oauth2/jwks").json();
        assertThat(jwks.path("keys").get(0).path("kty").asText()).isEqualTo("RSA");
        assertThat(claims(clientToken("lienhiep-launcher", LAUNCHER_SECRET).path("access_token").asText())
                           .path("iss").asText()).isEqualTo(base());
        assertThat(new HttpJson(base()).get("/login").body()).contains("Đăng nhập / Sign in", "name=\"_csrf\"");
    }

    @Test
    void aWrongClientSecretIsRefused() throws Exception {
        assertThat(tokenRequest("lienhiep-launcher", "not-the-secret").statusCode()).isEqualTo(401);
        assertThat(tokenRequest("lienhiep-gateway", "anything").statusCode())
                .as("the gateway client is not registered without its secret").isEqualTo(401);
    }

    @Test
    void theLauncherGetsAServiceTokenWithItsRolesAndThePlatformAudience() throws Exception {
        JsonNode claims = claims(clientToken("lienhiep-launcher", LAUNCHER_SECRET).path("access_token").asText());

        assertThat(claims.path("roles").toString()).contains("UNION_ADMIN", "UNION_STAFF", "UNION_LEADERSHIP");
        assertThat(claims.path("aud").toString()).contains("lienhiep-api");
        assertThat(claims.path("preferred_username").asText()).isEqualTo("lienhiep-launcher");
    }

    @Test
    void aFirstAdminIsCreatedWithAOneTimePasswordFile() throws Exception {
        Path file = DATA.resolve(FirstAdmin.FILE);
        assertThat(file).exists();
        JsonNode admin = HttpJson.json().readTree(Files.readString(file));
        assertThat(admin.path("username").asText()).isEqualTo("admin");
        assertThat(admin.path("password").asText()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(login("admin", admin.path("password").asText()).path("roles").toString()).contains("UNION_ADMIN");
    }

    @Test
    void theAdminApiIsForAdministratorsOnly() throws Exception {
        HttpJson anonymous = new HttpJson(base());
        HttpJson operator = new HttpJson(base()).withHeader("Authorization",
                "Bearer " + clientToken("lienhiep-prometheus", PROMETHEUS_SECRET).path("access_token").asText());

        HttpJson.Response unauthenticated = anonymous.get("/admin/users");
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.contentType()).startsWith("application/problem+json");
        assertThat(operator.get("/admin/users").status()).isEqualTo(403);
        assertThat(operator.get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);

        // Signed with our own active key, so only the issuer and audience checks can refuse these.
        assertThat(bearer(selfSigned(base(), "lienhiep-api")).get("/admin/users").status()).as("control").isEqualTo(200);
        assertThat(bearer(selfSigned(base(), "another-api")).get("/admin/users").status()).isEqualTo(401);
        assertThat(bearer(selfSigned("http://elsewhere", "lienhiep-api")).get("/admin/users").status()).isEqualTo(401);
        String valid = selfSigned(base(), "lienhiep-api");
        assertThat(bearer(valid.substring(0, valid.length() - 4) + "AAAA").get("/admin/users").status()).isEqualTo(401);
    }

    @Autowired
    SigningKeys signingKeys;

    private HttpJson bearer(String token) {
        return new HttpJson(base()).withHeader("Authorization", "Bearer " + token);
    }

    private String selfSigned(String issuer, String audience) throws Exception {
        com.nimbusds.jose.jwk.RSAKey key = (com.nimbusds.jose.jwk.RSAKey) signingKeys.published().get(0);
        com.nimbusds.jwt.SignedJWT jwt = new com.nimbusds.jwt.SignedJWT(
                new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.RS256).keyID(key.getKeyID())
                        .build(),
                new com.nimbusds.jwt.JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject("someone")
                        .claim("roles", List.of("UNION_ADMIN")).issueTime(new java.util.Date())
                        .expirationTime(new java.util.Date(System.currentTimeMillis() + 60_000)).build());
        jwt.sign(new com.nimbusds.jose.crypto.RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void accountsAreCreatedValidatedAndStoredAsBcryptHashes() throws Exception {
        HttpJson admin = admin();
        String username = "can-bo." + UUID.randomUUID().toString().substring(0, 6);

        HttpJson.Response created = admin.post("/admin/users", Map.of("username", username,
                "displayName", "Cán bộ Hội", "roles", List.of("MEMBER_ORG_ADMIN"), "organizationId", "org-1"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String password = created.json().path("password").asText();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);

        assertThat(admin.post("/admin/users", Map.of("username", username, "displayName", "x",
                "roles", List.of("UNION_STAFF"))).status()).isEqualTo(409);
        HttpJson.Response unscoped = admin.post("/admin/users", Map.of("username", username + "x",
                "displayName", "x", "roles", List.of("MEMBER_ORG_ADMIN")));
        assertThat(unscoped.status()).isEqualTo(422);
        assertThat(unscoped.json().path("rule").asText()).isEqualTo("auth.user.organization-required");
        assertThat(admin.post("/admin/users", Map.of("username", "Bad Name!", "displayName", "x",
                "roles", List.of("UNION_STAFF"))).status()).isEqualTo(400);
        HttpJson.Response unknownRole = admin.post("/admin/users", Map.of("username", username + "y",
                "displayName", "x", "roles", List.of("KING")));
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.json().path("errors").get(0).path("field").asText()).isEqualTo("roles");
        HttpJson.Response badName = admin.post("/admin/users", Map.of("username", "Bad Name!", "displayName", "x",
                "roles", List.of("UNION_STAFF")));
        assertThat(badName.json().path("errors").get(0).path("field").asText()).isEqualTo("username");
        assertThat(badName.contentType()).startsWith("application/problem+json");
        assertThat(admin.get("/admin/users/" + username).body()).doesNotContain("$2").doesNotContain(password);
        assertThat(jdbc.queryForObject("SELECT password_hash FROM users WHERE username = ?", String.class, username))
                .startsWith("{bcrypt}$2");

        JsonNode claims = login(username, password);
        assertThat(claims.path("roles").toString()).contains("MEMBER_ORG_ADMIN");
        assertThat(claims.path("org").asText()).isEqualTo("org-1");
        assertThat(claims.path("preferred_username").asText()).isEqualTo(username);

        String newPassword = admin.post("/admin/users/" + username + "/password-reset", Map.of()).json()
                                  .path("password").asText();
        assertThat(canLogIn(username, password)).isFalse();
        assertThat(canLogIn(username, "wrong-" + newPassword)).isFalse();
        assertThat(login(username, newPassword).path("org").asText()).isEqualTo("org-1");
        assertThat(admin.post("/admin/users/" + username + "/disable", Map.of()).json().path("enabled").asBoolean())
                .isFalse();
        assertThat(canLogIn(username, newPassword)).isFalse();
        admin.post("/admin/users/" + username + "/enable", Map.of());
        assertThat(canLogIn(username, newPassword)).isTrue();
    }

    @Test
    void rolesAndScopeAreGrantedRevokedAndShowUpInTheNextToken() throws Exception {
        HttpJson admin = admin();
        String username = "nguoi-de-nghi." + UUID.randomUUID().toString().substring(0, 6);
        String password = "mat-khau-" + UUID.randomUUID();
        HttpJson.Response created = admin.post("/admin/users", Map.of("username", username,
                "displayName", "Sở Khoa học", "roles", List.of("UNION_STAFF"), "password", password));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("password").isNull() || created.json().path("password").isMissingNode())
                .as("a chosen password is not echoed").isTrue();

        HttpJson.Response unscoped = admin.send("PUT", "/admin/users/" + username + "/roles/REQUESTER", null, Map.of());
        assertThat(unscoped.status()).isEqualTo(422);
        assertThat(unscoped.json().path("rule").asText()).isEqualTo("auth.user.requester-required");
        assertThat(admin.send("PUT", "/admin/users/" + username + "/scope", Map.of("requesterId", "so-khcn"), Map.of())
                        .status()).isEqualTo(200);
        assertThat(admin.send("PUT", "/admin/users/" + username + "/roles/REQUESTER", null, Map.of()).status())
                .isEqualTo(200);
        assertThat(admin.send("PUT", "/admin/users/" + username + "/roles/REQUESTER", null, Map.of()).status())
                .as("granting twice is harmless").isEqualTo(200);
        assertThat(admin.send("DELETE", "/admin/users/" + username + "/roles/UNION_STAFF", null, Map.of()).status())
                .isEqualTo(200);

        JsonNode claims = login(username, password);
        assertThat(claims.path("roles").toString()).contains("REQUESTER").doesNotContain("UNION_STAFF");
        assertThat(claims.path("requester").asText()).isEqualTo("so-khcn");
        assertThat(claims.path("name").asText()).isEqualTo("Sở Khoa học");
        assertThat(claims.path("aud").toString()).contains("lienhiep-api");

        HttpJson.Response list = admin.get("/admin/users");
        assertThat(list.body()).contains(username).doesNotContain("$2").doesNotContain("password_hash");
        HttpJson.Response missing = admin.get("/admin/users/khong-co-ai");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(admin.post("/admin/users/khong-co-ai/password-reset", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void anAccountLinkedToAPersonAndAnExpertActsAsThemInItsTokens() throws Exception {
        HttpJson admin = admin();
        String run = UUID.randomUUID().toString().substring(0, 6);
        String username = "chuyen-gia." + run;
        String password = "mat-khau-" + UUID.randomUUID();
        String person = "person-" + UUID.randomUUID();
        String expert = "expert-" + UUID.randomUUID();
        admin.post("/admin/users", Map.of("username", username, "displayName", "Lò Thị Thảo", "roles",
                                          List.of("EXPERT"), "password", password));
        assertThat(login(username, password).has("expert")).as("not linked yet").isFalse();

        HttpJson.Response linked = admin.send("PUT", "/admin/users/" + username + "/identity",
                                              Map.of("personId", person, "expertId", expert), Map.of());

        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        assertThat(linked.json().path("personId").asText()).isEqualTo(person);
        assertThat(linked.json().path("expertId").asText()).isEqualTo(expert);
        JsonNode shown = admin.get("/admin/users/" + username).json();
        assertThat(shown.path("personId").asText()).isEqualTo(person);
        assertThat(shown.path("expertId").asText()).isEqualTo(expert);
        OidcLogin.Tokens tokens = OidcLogin.cliLogin(URI.create(base()), username, password);
        JsonNode access = claims(tokens.accessToken());
        assertThat(access.path("person").asText()).isEqualTo(person);
        assertThat(access.path("expert").asText()).isEqualTo(expert);
        assertThat(access.path("name").asText()).isEqualTo("Lò Thị Thảo");
        assertThat(claims(tokens.idToken()).path("expert").asText()).as("the id token too, like org").isEqualTo(expert);

        // Null clears; the next token no longer says who the user is.
        Map<String, Object> onlyPerson = new java.util.HashMap<>();
        onlyPerson.put("personId", person);
        onlyPerson.put("expertId", null);
        assertThat(admin.send("PUT", "/admin/users/" + username + "/identity", onlyPerson, Map.of()).json()
                        .path("expertId").isNull()).isTrue();
        JsonNode after = login(username, password);
        assertThat(after.path("person").asText()).isEqualTo(person);
        assertThat(after.has("expert")).isFalse();
        assertThat(jdbc.queryForObject("SELECT expert_id FROM users WHERE username = ?", String.class, username))
                .isNull();
    }

    @Test
    void aPersonOrAnExpertBelongsToOneAccountAndBadLinksChangeNothing() throws Exception {
        HttpJson admin = admin();
        String run = UUID.randomUUID().toString().substring(0, 6);
        String first = "giam-khao." + run;
        String second = "giam-khao-2." + run;
        String person = "person-" + UUID.randomUUID();
        String expert = "expert-" + UUID.randomUUID();
        for (String username : List.of(first, second)) {
            admin.post("/admin/users", Map.of("username", username, "displayName", "Giám khảo", "roles",
                                              List.of("JUDGE")));
        }
        assertThat(admin.send("PUT", "/admin/users/" + first + "/identity",
                              Map.of("personId", person, "expertId", expert), Map.of()).status()).isEqualTo(200);
        assertThat(admin.send("PUT", "/admin/users/" + first + "/identity",
                              Map.of("personId", person, "expertId", expert), Map.of()).status())
                .as("linking the same again is harmless").isEqualTo(200);

        HttpJson.Response takenPerson = admin.send("PUT", "/admin/users/" + second + "/identity",
                                                   Map.of("personId", person), Map.of());
        assertThat(takenPerson.status()).as(takenPerson.toString()).isEqualTo(422);
        assertThat(takenPerson.contentType()).startsWith("application/problem+json");
        assertThat(takenPerson.json().path("rule").asText()).isEqualTo("auth.user.person-already-linked");
        assertThat(takenPerson.json().path("detail").asText()).contains(first);
        HttpJson.Response takenExpert = admin.send("PUT", "/admin/users/" + second + "/identity",
                                                   Map.of("personId", "person-" + UUID.randomUUID(),
                                                          "expertId", expert), Map.of());
        assertThat(takenExpert.status()).isEqualTo(422);
        assertThat(takenExpert.json().path("rule").asText()).isEqualTo("auth.user.expert-already-linked");
        assertThat(admin.get("/admin/users/" + second).json().path("personId").isNull())
                .as("a refused link changes nothing, not even the half that was free").isTrue();

        HttpJson.Response blank = admin.send("PUT", "/admin/users/" + second + "/identity",
                                             Map.of("expertId", " "), Map.of());
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("errors").get(0).path("field").asText()).isEqualTo("expertId");
        HttpJson.Response tooLong = admin.send("PUT", "/admin/users/" + second + "/identity",
                                               Map.of("personId", "p".repeat(65)), Map.of());
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("errors").get(0).path("field").asText()).isEqualTo("personId");
        HttpJson.Response unknown = admin.send("PUT", "/admin/users/khong-co-ai/identity",
                                               Map.of("expertId", "e-1"), Map.of());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");

        HttpJson operator = new HttpJson(base()).withHeader("Authorization",
                "Bearer " + clientToken("lienhiep-prometheus", PROMETHEUS_SECRET).path("access_token").asText());
        assertThat(operator.send("PUT", "/admin/users/" + second + "/identity", Map.of("expertId", "e-2"), Map.of())
                           .status()).isEqualTo(403);
        assertThat(new HttpJson(base()).send("PUT", "/admin/users/" + second + "/identity",
                                             Map.of("expertId", "e-2"), Map.of()).status()).isEqualTo(401);
        assertThat(admin.get("/admin/users/" + second).json().path("expertId").isNull()).isTrue();
    }

    @Test
    void rotationSignsWithANewKeyAndKeepsThePreviousOneInTheJwks() throws Exception {
        HttpJson admin = admin();
        String before = kid(clientToken("lienhiep-launcher", LAUNCHER_SECRET).path("access_token").asText());

        String rotated = admin.post("/admin/keys/rotation", Map.of()).json().path("activeKid").asText();

        String after = kid(clientToken("lienhiep-launcher", LAUNCHER_SECRET).path("access_token").asText());
        assertThat(after).isEqualTo(rotated).isNotEqualTo(before);
        JsonNode jwks = new HttpJson(base()).get("/oauth2/jwks").json();
        assertThat(jwks.path("keys").findValuesAsText("kid")).containsExactlyInAnyOrder(rotated, before);
        assertThat(jwks.toString()).doesNotContain("\"d\"").as("public keys only");
        assertThat(admin.get("/admin/keys").json().toString()).contains(rotated, "ACTIVE", "PREVIOUS")
                                                          .doesNotContain("\"d\"");
        admin.post("/admin/keys/rotation", Map.of());
        assertThat(new HttpJson(base()).get("/oauth2/jwks").json().path("keys").findValuesAsText("kid"))
                .doesNotContain(before);
    }

    @Test
    void aRelyingPartyLoginEndsWithItsOwnSessionCookieInTheScriptedBrowser() throws Exception {
        HttpJson admin = admin();
        String username = "uy-vien." + UUID.randomUUID().toString().substring(0, 6);
        String password = "mat-khau-" + UUID.randomUUID();
        admin.post("/admin/users", Map.of("username", username, "displayName", "Ủy viên", "roles",
                                          List.of("UNION_LEADERSHIP"), "password", password));
        try (RelyingParty party = new RelyingParty(base())) {
            OidcLogin.Session session = OidcLogin.browserLogin(party.uri("/start"), username, password);

            assertThat(session.landedOn().getPath()).isEqualTo("/me");
            assertThat(session.status()).isEqualTo(200);
            assertThat(session.body()).isEqualTo(username);
            HttpResponse<String> again = session.client().send(HttpRequest.newBuilder(party.uri("/me")).build(),
                                                               HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).as("the party's session cookie is kept").isEqualTo(200);
            assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(party.uri("/me")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).as("and needed").isEqualTo(401);
        }
        try (RelyingParty party = new RelyingParty(base())) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(
                    () -> OidcLogin.browserLogin(party.uri("/start"), username, "wrong")))
                    .isInstanceOf(OidcLogin.LoginFailed.class);
        }
    }

    // --- authorization code + PKCE with the public CLI client, through the shared scripted browser -----------------

    private boolean canLogIn(String username, String password) {
        try {
            OidcLogin.cliLogin(URI.create(base()), username, password);
            return true;
        } catch (OidcLogin.LoginFailed refused) {
            return false;
        }
    }

    private JsonNode login(String username, String password) throws Exception {
        OidcLogin.Tokens tokens = OidcLogin.cliLogin(URI.create(base()), username, password);
        assertThat(tokens.idToken()).isNotBlank();
        return claims(tokens.accessToken());
    }

    /** Only a directory: TestInfrastructure's would also start Kafka and Mongo, which the provider does not use. */
    static Path newDataDir() {
        try {
            return Files.createTempDirectory("lienhiep-auth-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
