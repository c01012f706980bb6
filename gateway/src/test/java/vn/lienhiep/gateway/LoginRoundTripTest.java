package vn.lienhiep.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienhiep.auth.AuthServerApplication;
import vn.lienhiep.testing.HttpJson;

/**
 * Browser login for real: the embedded provider (infra/auth-server) runs in this JVM on its own port, the gateway is
 * its confidential client. A scripted browser (cookie jar, redirects followed by hand) logs in with PKCE through the
 * gateway; the console asks GET /session; API calls carry the relayed access token to the service; state-changing
 * calls need the CSRF header; logout ends the session at the provider too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
                properties = GatewayTestBase.WITHOUT_PROVIDER)
class LoginRoundTripTest {

    static final int GATEWAY_PORT = freePort();
    static final int AUTH_PORT = freePort();
    static final String GATEWAY = "http://127.0.0.1:" + GATEWAY_PORT;
    static final String PROVIDER = "http://127.0.0.1:" + AUTH_PORT;
    static final String GATEWAY_SECRET = "gateway-" + UUID.randomUUID();
    static final String LAUNCHER_SECRET = "launcher-" + UUID.randomUUID();
    static final StubService MEMBERSHIP = new StubService("membership");
    static final ConfigurableApplicationContext PROVIDER_APP = startProvider();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> GATEWAY_PORT);
        registry.add("lienhiep.security.issuer", () -> PROVIDER);
        registry.add("lienhiep.gateway.login.client-secret", () -> GATEWAY_SECRET);
        registry.add("lienhiep.gateway.services.membership", MEMBERSHIP::url);
        for (String other : new String[] {"review", "contest", "honours"}) {
            registry.add("lienhiep.gateway.services." + other, StubService::deadUrl);
        }
    }

    @AfterAll
    static void stop() {
        PROVIDER_APP.close();
        MEMBERSHIP.close();
    }

    /**
     * Only command-line arguments: the gateway's application.yml is first on this class path and would otherwise be
     * read as the provider's.
     */
    private static ConfigurableApplicationContext startProvider() {
        Path data;
        try {
            // Not TestInfrastructure.newDataDir(): that starts Kafka and Mongo, which neither side needs here.
            data = Files.createTempDirectory("lienhiep-auth-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SpringApplicationBuilder(AuthServerApplication.class).run(
                "--spring.config.location=optional:file:" + data.resolve("no-config") + "/",
                "--spring.application.name=auth-server",
                "--server.port=" + AUTH_PORT,
                "--server.address=127.0.0.1",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("auth/auth") + ";WRITE_DELAY=0",
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--spring.cloud.discovery.enabled=false",
                "--lienhiep.data-dir=" + data,
                "--lienhiep.security.issuer=" + PROVIDER,
                "--lienhiep.auth.gateway-url=" + GATEWAY,
                "--lienhiep.auth.gateway-client-secret=" + GATEWAY_SECRET,
                "--lienhiep.auth.launcher-client-secret=" + LAUNCHER_SECRET,
                "--lienhiep.auth.prometheus-client-secret=",
                "--lienhiep.auth.launcher-roles=UNION_ADMIN",
                // Shorter than the gateway's 30 s refresh margin: every relayed call has to refresh the token first.
                "--lienhiep.auth.access-token-ttl=20s",
                "--lienhiep.auth.refresh-token-ttl=8h");
    }

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                                                 .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aBrowserLogsInThroughTheGatewayAndNeverSeesAToken() throws Exception {
        String username = "can-bo-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "mat-khau-" + UUID.randomUUID();
        createUser(username, password);

        assertThat(json(get(GATEWAY + "/session")).get("authenticated").asBoolean()).isFalse();

        // A page the user navigates to while logged out sends them to the login, and back to it afterwards.
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/membership/persons/mine"))
                                                    .header("Accept", "text/html").GET());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(location(page)).endsWith("/oauth2/authorization/lienhiep");

        HttpResponse<String> start = get(absolute(location(page)));
        String authorize = location(start);
        assertThat(authorize).startsWith(PROVIDER + "/oauth2/authorize")
                             .contains("client_id=lienhiep-gateway", "code_challenge=", "code_challenge_method=S256");
        HttpResponse<String> toLogin = get(authorize);
        assertThat(location(toLogin)).startsWith(PROVIDER + "/login");
        String loginPage = get(PROVIDER + "/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).as(loginPage).isTrue();
        HttpResponse<String> loggedIn = send(HttpRequest.newBuilder(URI.create(PROVIDER + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password=" + enc(password)
                                                          + "&_csrf=" + enc(csrf.group(1)))));
        assertThat(location(loggedIn)).as("login refused").doesNotContain("error");
        HttpResponse<String> code = get(location(loggedIn));
        String callback = location(code);
        assertThat(callback).startsWith(GATEWAY + "/login/oauth2/code/lienhiep?code=");

        HttpResponse<String> landed = get(callback);
        assertThat(landed.statusCode()).as(landed.body()).isEqualTo(302);
        assertThat(location(landed)).contains("/api/membership/persons/mine");
        String sessionCookie = landed.headers().allValues("Set-Cookie").stream()
                                     .filter(c -> c.startsWith("LIENHIEP_SESSION=")).findFirst().orElseThrow();
        assertThat(sessionCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(landed.body() + landed.headers().map()).doesNotContain("eyJ");

        HttpResponse<String> session = get(GATEWAY + "/session");
        JsonNode me = json(session);
        assertThat(me.get("authenticated").asBoolean()).as(session.body()).isTrue();
        assertThat(me.get("username").asText()).isEqualTo(username);
        assertThat(me.get("displayName").asText()).isEqualTo("Cán bộ Thử nghiệm");
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactlyInAnyOrder("MEMBER_ORG_ADMIN", "EXPERT");
        assertThat(me.get("organizationId").asText()).isEqualTo("org-7");
        assertThat(session.body()).doesNotContain("eyJ");

        // The relayed access token: the services see a Bearer JWT for this user, the browser sent only its cookie.
        HttpResponse<String> proxied = get(absolute(location(landed)));
        assertThat(proxied.statusCode()).as(proxied.body()).isEqualTo(200);
        String relayed = MEMBERSHIP.last().header("Authorization");
        assertThat(relayed).startsWith("Bearer eyJ");
        JsonNode claims = HttpJson.json().readTree(Base64.getUrlDecoder().decode(relayed.substring(7).split("\\.")[1]));
        assertThat(claims.get("preferred_username").asText()).isEqualTo(username);
        assertThat(claims.get("aud").toString()).contains("lienhiep-api");
        assertThat(MEMBERSHIP.last().header("Cookie")).isNull();

        // The access token is about to expire each time (see the provider's TTL): the gateway refreshes it unseen.
        assertThat(get(GATEWAY + "/api/membership/persons/again").statusCode()).isEqualTo(200);
        String refreshed = MEMBERSHIP.last().header("Authorization");
        assertThat(refreshed).startsWith("Bearer eyJ").isNotEqualTo(relayed);
        JsonNode refreshedClaims = HttpJson.json().readTree(
                Base64.getUrlDecoder().decode(refreshed.substring(7).split("\\.")[1]));
        assertThat(refreshedClaims.get("preferred_username").asText()).isEqualTo(username);
        assertThat(refreshedClaims.get("jti").asText()).isNotEqualTo(claims.get("jti").asText());

        // A state change with only the cookie needs the CSRF header the SPA reads from XSRF-TOKEN.
        HttpResponse<String> forged = post(GATEWAY + "/api/membership/persons", Map.of());
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
        assertThat(forged.body()).contains("urn:lienhiep:problem:gateway:csrf");
        String xsrf = cookie("XSRF-TOKEN");
        HttpResponse<String> created = post(GATEWAY + "/api/membership/persons", Map.of("X-XSRF-TOKEN", xsrf));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(MEMBERSHIP.last().header("Authorization")).startsWith("Bearer ");

        // Logout ends the gateway session and sends the browser to the provider's end-session endpoint.
        HttpResponse<String> logout = post(GATEWAY + "/logout", Map.of("X-XSRF-TOKEN", cookie("XSRF-TOKEN")));
        assertThat(logout.statusCode()).as(logout.body()).isEqualTo(302);
        assertThat(location(logout)).startsWith(PROVIDER + "/connect/logout").contains("id_token_hint=");
        assertThat(json(get(GATEWAY + "/session")).get("authenticated").asBoolean()).isFalse();
        assertThat(send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/membership/persons/mine")).GET())
                .statusCode()).isEqualTo(401);
    }

    private void createUser(String username, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("lienhiep-launcher:" + LAUNCHER_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(PROVIDER + "/oauth2/token")).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        String admin = HttpJson.json().readTree(token.body()).get("access_token").asText();
        HttpJson.Response created = new HttpJson(PROVIDER).withHeader("Authorization", "Bearer " + admin)
                .post("/admin/users", Map.of("username", username, "displayName", "Cán bộ Thử nghiệm",
                                             "roles", List.of("MEMBER_ORG_ADMIN", "EXPERT"),
                                             "organizationId", "org-7", "password", password));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private HttpResponse<String> post(String url, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"fullName\":\"Lò Văn A\"}"));
        headers.forEach(request::header);
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                      .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no cookie " + name));
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return HttpJson.json().readTree(response.body());
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location")
                       .orElseThrow(() -> new AssertionError(response.statusCode() + " without Location: "
                                                             + response.body()));
    }

    private static String absolute(String location) {
        return location.startsWith("http") ? location : GATEWAY + location;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
