package vn.lienhiep.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestInfrastructure;

/** The embedded provider, really running: tokens, claims, login with PKCE, the admin API, key rotation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthServerTest {

    static final Path DATA = TestInfrastructure.newDataDir();
    static final String LAUNCHER_SECRET = "launcher-" + UUID.randomUUID();
    static final String PROMETHEUS_SECRET = "prometheus-" + UUID.randomUUID();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("lienhiep.data-dir", DATA::toString);
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA.resolve("auth/auth") + ";WRITE_DELAY=0");
        registry.add("lienhiep.auth.launcher-client-secret", () -> LAUNCHER_SECRET);
        registry.add("lienhiep.auth.prometheus-client-secret", () -> PROMETHEUS_SECRET);
        // The issuer must be where the test reaches the server; the port is only known once it listens.
        registry.add("lienhiep.security.issuer", () -> "http://127.0.0.1:" + System.getProperty("auth.test.port", "0"));
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private JsonNode clientToken(String client, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base() + "/oauth2/token")).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return HttpJson.json().readTree(response.body());
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
        assertThat(admin.post("/admin/users", Map.of("username", username + "y", "displayName", "x",
                "roles", List.of("KING"))).status()).isEqualTo(400);
        assertThat(admin.get("/admin/users/" + username).body()).doesNotContain("$2").doesNotContain(password);
        assertThat(jdbc.queryForObject("SELECT password_hash FROM users WHERE username = ?", String.class, username))
                .startsWith("{bcrypt}$2");

        JsonNode claims = login(username, password);
        assertThat(claims.path("roles").toString()).contains("MEMBER_ORG_ADMIN");
        assertThat(claims.path("org").asText()).isEqualTo("org-1");
        assertThat(claims.path("preferred_username").asText()).isEqualTo(username);

        String newPassword = admin.post("/admin/users/" + username + "/password-reset", Map.of()).json()
                                  .path("password").asText();
        assertThat(loginStatus(username, password)).isFalse();
        assertThat(login(username, newPassword).path("org").asText()).isEqualTo("org-1");
        admin.post("/admin/users/" + username + "/disable", Map.of());
        assertThat(loginStatus(username, newPassword)).isFalse();
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
        admin.post("/admin/keys/rotation", Map.of());
        assertThat(new HttpJson(base()).get("/oauth2/jwks").json().path("keys").findValuesAsText("kid"))
                .doesNotContain(before);
    }

    // --- authorization code + PKCE with the public CLI client, as a browser would -----------------------------------

    private boolean loginStatus(String username, String password) throws Exception {
        try {
            login(username, password);
            return true;
        } catch (AssertionError refused) {
            return false;
        }
    }

    private JsonNode login(String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                                       .followRedirects(HttpClient.Redirect.NEVER).build();
        byte[] random = UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(
                (new String(random, StandardCharsets.UTF_8) + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authorize = base() + "/oauth2/authorize?response_type=code&client_id=lienhiep-cli&scope=openid%20profile"
                + "&redirect_uri=" + enc("http://127.0.0.1/callback") + "&code_challenge=" + challenge
                + "&code_challenge_method=S256&state=s1";

        HttpResponse<String> first = browser.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
                                                  HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
                                                 HttpResponse.BodyHandlers.ofString());
        Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).as(page.body()).isTrue();
        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password=" + enc(password)
                                                          + "&_csrf=" + enc(csrf.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString());
        String next = posted.headers().firstValue("Location").orElse("");
        assertThat(next).as("login refused").doesNotContain("error");
        HttpResponse<String> back = browser.send(HttpRequest.newBuilder(URI.create(next)).build(),
                                                 HttpResponse.BodyHandlers.ofString());
        String callback = back.headers().firstValue("Location").orElse("");
        assertThat(callback).startsWith("http://127.0.0.1/callback?code=");
        String code = callback.replaceAll(".*[?&]code=([^&]+).*", "$1");
        HttpResponse<String> token = browser.send(HttpRequest.newBuilder(URI.create(base() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=lienhiep-cli&code="
                        + code + "&redirect_uri=" + enc("http://127.0.0.1/callback") + "&code_verifier=" + verifier))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        return claims(HttpJson.json().readTree(token.body()).path("access_token").asText());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
