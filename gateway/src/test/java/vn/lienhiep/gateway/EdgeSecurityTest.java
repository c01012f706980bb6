package vn.lienhiep.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestTokens;

/** The edge's checks with real signed tokens (TestTokens' JWKS on loopback) in front of the stub services. */
class EdgeSecurityTest extends GatewayTestBase {

    @Test
    void withoutATokenAProtectedPathIsA401ProblemAndNeverReachesTheService() {
        String path = "/api/membership/persons/" + UUID.randomUUID();

        HttpJson.Response response = anonymous.get(path);

        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(response.json().get("type").asText()).isEqualTo("urn:lienhiep:problem:gateway:unauthenticated");
        assertThat(response.json().get("title").asText()).isEqualTo("Chưa xác thực / Unauthenticated");
        GatewayRoutingTest.assertGatewayProblemShape(response, path);
        assertThat(MEMBERSHIP.lastPath()).isNotEqualTo(path);
    }

    @Test
    void theAnonymousDirectoryIsReadOnlyAndCarriesNoCredentials() {
        String path = "/api/membership/organizations/" + UUID.randomUUID();

        HttpJson.Response read = anonymous.get(path);

        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(MEMBERSHIP.last().path()).isEqualTo(path);
        assertThat(MEMBERSHIP.last().header("Authorization")).isNull();

        HttpJson.Response write = anonymous.post("/api/membership/organizations", Map.of("name", "Hội A"));
        assertThat(write.status()).as(write.body()).isEqualTo(401);
    }

    @Test
    void badTokensAre401InvalidToken() {
        TestTokens tokens = TOKENS;
        String good = tokens.user("staff").roles(Role.UNION_STAFF).sign();
        Map<String, String> bad = Map.of(
                "expired", tokens.user("staff").roles(Role.UNION_STAFF).expiredSince(Duration.ofMinutes(5)).sign(),
                "wrong issuer", tokens.user("staff").roles(Role.UNION_STAFF).issuer("https://evil.example").sign(),
                "wrong audience", tokens.user("staff").roles(Role.UNION_STAFF).audience("other-api").sign(),
                "tampered", TestTokens.tampered(good),
                "foreign key", tokens.user("staff").roles(Role.UNION_STAFF).signedByForeignKey().sign(),
                "garbage", "not-a-jwt");
        bad.forEach((what, token) -> {
            String path = "/api/review/requests/" + UUID.randomUUID();

            HttpJson.Response response = anonymous.send("GET", path, null, Map.of("Authorization", "Bearer " + token));

            assertThat(response.status()).as(what + " " + response.body()).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).as(what).startsWith("Bearer error=\"invalid_token\"");
            assertThat(response.contentType()).as(what).startsWith("application/problem+json");
            assertThat(response.json().get("type").asText()).isEqualTo("urn:lienhiep:problem:gateway:invalid-token");
            assertThat(response.header("X-Request-Id")).as(what).isNotBlank();
            assertThat(REVIEW.lastPath()).as(what).isNotEqualTo(path);
        });
    }

    @Test
    void aValidTokenIsPassedOnUnchangedAndIdentityHeadersFromTheClientAreNot() {
        String bearer = TOKENS.user("officer").roles(Role.MEMBER_ORG_ADMIN).organization("org-9").bearer();
        String path = "/api/contest/editions/" + UUID.randomUUID();

        HttpJson.Response response = anonymous.send("GET", path, null,
                Map.of("Authorization", bearer, "X-Acting-User", "admin", "Cookie", "JSESSIONID=abc; other=1"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(CONTEST.last().path()).isEqualTo(path);
        assertThat(CONTEST.last().header("Authorization")).isEqualTo(bearer);
        assertThat(CONTEST.last().header("X-Acting-User")).isNull();
        assertThat(CONTEST.last().header("Cookie")).isNull();
    }

    @Test
    void adminPathsNeedUnionAdmin() {
        String path = "/api/membership/admin/replays/" + UUID.randomUUID();

        HttpJson.Response staff = http.post(path, Map.of());

        assertThat(staff.status()).as(staff.body()).isEqualTo(403);
        assertThat(staff.contentType()).startsWith("application/problem+json");
        assertThat(staff.json().get("title").asText()).isEqualTo("Không có quyền / Forbidden");
        GatewayRoutingTest.assertGatewayProblemShape(staff, path);
        assertThat(MEMBERSHIP.lastPath()).isNotEqualTo(path);

        HttpJson.Response admin = new HttpJson(baseUrl())
                .withHeader("Authorization", TOKENS.bearer("admin", Role.UNION_ADMIN)).post(path, Map.of());
        assertThat(admin.status()).as(admin.body()).isEqualTo(201);
        assertThat(MEMBERSHIP.last().path()).isEqualTo(path);

        // Operators may read the processor admin API (as in the services) but not change it.
        HttpJson operator = new HttpJson(baseUrl()).withHeader("Authorization", TOKENS.bearer("ops", Role.OPERATOR));
        assertThat(operator.get("/api/membership/admin/processors").status()).isEqualTo(200);
        assertThat(MEMBERSHIP.last().path()).isEqualTo("/api/membership/admin/processors");
        assertThat(operator.post(path, Map.of()).status()).isEqualTo(403);
    }

    @Test
    void metricsNeedTheOperatorRole() {
        assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(http.get("/actuator/prometheus").status()).isEqualTo(403);
    }

    @Test
    void sessionDescribesTheCallerButNeverTheToken() {
        JsonNode nobody = anonymous.get("/session").json();
        assertThat(nobody.get("authenticated").asBoolean()).isFalse();
        assertThat(nobody.get("roles")).isEmpty();

        String token = TOKENS.user("can-bo").roles(Role.MEMBER_ORG_ADMIN, Role.EXPERT).rawRole("other-app-role")
                             .organization("org-42").sign();
        HttpJson.Response response = anonymous.send("GET", "/session", null, Map.of("Authorization", "Bearer " + token));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode session = response.json();
        assertThat(session.get("authenticated").asBoolean()).isTrue();
        assertThat(session.get("username").asText()).isEqualTo("can-bo");
        assertThat(session.get("displayName").asText()).isEqualTo("can-bo");
        assertThat(session.get("organizationId").asText()).isEqualTo("org-42");
        assertThat(session.get("requesterId").isNull()).isTrue();
        assertThat(session.get("roles")).extracting(JsonNode::asText)
                                        .containsExactlyInAnyOrder("EXPERT", "MEMBER_ORG_ADMIN");
        assertThat(response.body()).doesNotContain(token.substring(0, 20));
    }

    @Test
    void sessionSaysWhichPersonAndExpertTheUserIs() {
        String token = TOKENS.user("chuyen-gia").roles(Role.EXPERT).person("person-7").expert("expert-3").sign();

        JsonNode session = anonymous.send("GET", "/session", null, Map.of("Authorization", "Bearer " + token)).json();

        assertThat(session.get("personId").asText()).isEqualTo("person-7");
        assertThat(session.get("expertId").asText()).isEqualTo("expert-3");
        JsonNode unlinked = anonymous.send("GET", "/session", null,
                                           Map.of("Authorization", TOKENS.bearer("can-bo", Role.UNION_STAFF))).json();
        assertThat(unlinked.get("personId").isNull()).isTrue();
        assertThat(unlinked.get("expertId").isNull()).isTrue();
        assertThat(anonymous.get("/session").json().get("expertId").isNull()).isTrue();
    }

    @Test
    void anOversizedJsonBodyIsA413ProblemBeforeTheService() {
        String path = "/api/membership/persons/" + UUID.randomUUID();
        byte[] big = ("{\"note\":\"" + "x".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpJson.Response response = http.sendBytes("POST", path, big, "application/json");

        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("requestId").asText()).isEqualTo(response.header("X-Request-Id"));
        assertThat(MEMBERSHIP.lastPath()).isNotEqualTo(path);
    }

    @Test
    void aChunkedBodyIsCountedToo() throws Exception {
        String path = "/api/membership/persons/" + UUID.randomUUID();

        HttpResponse<String> tooBig = chunked(path, new byte[1024 * 1024 + 1]);
        assertThat(tooBig.statusCode()).as(tooBig.body()).isEqualTo(413);
        assertThat(tooBig.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(MEMBERSHIP.lastPath()).isNotEqualTo(path);

        String body = "{\"fullName\":\"Lò Văn A\"}";
        HttpResponse<String> small = chunked(path, body.getBytes(StandardCharsets.UTF_8));
        assertThat(small.statusCode()).as(small.body()).isEqualTo(201);
        assertThat(MEMBERSHIP.last().path()).isEqualTo(path);
        assertThat(MEMBERSHIP.last().body()).isEqualTo(body);
    }

    @Test
    void anUploadMayBeLargerThanAJsonBody() {
        byte[] file = new byte[1536 * 1024];
        java.util.Arrays.fill(file, (byte) 'a');

        HttpJson.Response response = http.upload("/api/membership/imports/persons", "big.csv", file, Map.of());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(MEMBERSHIP.last().body().length()).isGreaterThan(file.length);
    }

    @Test
    void corsOnlyForTheConfiguredOrigin() {
        Map<String, String> preflight = Map.of("Origin", CONSOLE_ORIGIN, "Access-Control-Request-Method", "PATCH",
                                               "Access-Control-Request-Headers", "authorization,if-match,x-xsrf-token");

        HttpJson.Response allowed = anonymous.send("OPTIONS", "/api/membership/persons/1", null, preflight);

        assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(CONSOLE_ORIGIN);
        assertThat(allowed.header("Access-Control-Allow-Credentials")).isEqualTo("true");
        assertThat(allowed.header("Access-Control-Allow-Methods")).contains("PATCH");
        assertThat(allowed.header("Access-Control-Allow-Headers").toLowerCase())
                .contains("authorization", "if-match", "x-xsrf-token");

        HttpJson.Response actual = http.send("GET", "/api/membership/persons/1", null, Map.of("Origin", CONSOLE_ORIGIN));
        assertThat(actual.status()).isEqualTo(200);
        assertThat(actual.header("Access-Control-Expose-Headers")).contains("ETag", "X-Request-Id", "Retry-After",
                                                                            "Location");

        Map<String, String> foreign = Map.of("Origin", "https://evil.example", "Access-Control-Request-Method", "POST");
        HttpJson.Response refused = anonymous.send("OPTIONS", "/api/membership/persons/1", null, foreign);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asText()).isEqualTo("urn:lienhiep:problem:gateway:cors-origin");

        HttpJson.Response foreignCall = http.send("GET", "/api/membership/persons/1", null,
                                                  Map.of("Origin", "https://evil.example"));
        assertThat(foreignCall.status()).isEqualTo(403);
    }

    @Test
    void securityHeadersOnEveryResponse() {
        HttpJson.Response proxied = http.get("/api/review/requests");
        HttpJson.Response unauthenticated = anonymous.get("/api/review/requests");
        HttpJson.Response forbidden = http.get("/actuator/prometheus");
        HttpJson.Response ownEndpoint = anonymous.get("/schemas/common/decision.v1.json");
        for (HttpJson.Response response : new HttpJson.Response[] {proxied, unauthenticated, forbidden, ownEndpoint}) {
            String what = response.status() + " " + response.raw().uri();
            assertThat(response.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).as(what).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).as(what).isEqualTo("no-referrer");
            assertThat(response.header("Content-Security-Policy")).as(what)
                    .isEqualTo("default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
            assertThat(response.header("X-Request-Id")).as(what).isNotBlank();
            assertThat(response.header("Strict-Transport-Security")).as("plain HTTP: " + what).isNull();
        }
        assertThat(proxied.raw().headers().allValues("X-Frame-Options")).hasSize(1);

        HttpJson.Response viaTls = http.send("GET", "/api/review/requests", null, Map.of("X-Forwarded-Proto", "https"));
        assertThat(viaTls.header("Strict-Transport-Security")).contains("max-age=");
    }

    private HttpResponse<String> chunked(String path, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", TOKENS.bearer("staff", Role.UNION_STAFF))
                .header("Content-Type", "application/json")
                // No length known up front: the JDK client sends it chunked.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
