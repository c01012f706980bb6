package vn.lienhiep.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestTokens;

/** The service validates tokens itself: signature, issuer, audience, expiry, roles; and records who acted. */
class ResourceServerTest extends PlatformTestBase {

    @Autowired
    JdbcTemplate jdbc;

    private HttpJson as(String authorization) {
        HttpJson client = new HttpJson("http://127.0.0.1:" + port);
        return authorization == null ? client : client.withHeader("Authorization", authorization);
    }

    private static HttpJson.Response create(HttpJson client) {
        return client.post("/api/platformtest/things", Map.of("label", "secured"));
    }

    @Test
    void anonymousCallToAProtectedEndpointIs401ProblemWithBearerChallenge() {
        HttpJson.Response response = create(as(null));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.json().path("title").asText()).startsWith("Chưa xác thực");
    }

    @Test
    void invalidTokensAreRefusedWith401() {
        TestTokens tokens = TestTokens.shared();
        String valid = tokens.user("eve").roles(Role.UNION_STAFF).sign();
        Map<String, String> invalid = Map.of(
                "expired", tokens.user("eve").roles(Role.UNION_STAFF).expiredSince(Duration.ofMinutes(5)).bearer(),
                "wrong issuer", tokens.user("eve").roles(Role.UNION_STAFF).issuer("http://evil.example").bearer(),
                "wrong audience", tokens.user("eve").roles(Role.UNION_STAFF).audience("another-api").bearer(),
                "foreign key", tokens.user("eve").roles(Role.UNION_STAFF).signedByForeignKey().bearer(),
                "tampered", "Bearer " + TestTokens.tampered(valid),
                "not a jwt", "Bearer not-a-token");

        invalid.forEach((why, header) -> {
            HttpJson.Response response = create(as(header));
            assertThat(response.status()).as(why).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).as(why).contains("invalid_token");
        });
        assertThat(create(as("Bearer " + valid)).status()).isEqualTo(201);
    }

    @Test
    void aRoleTheRuleDoesNotNameIs403Problem() {
        HttpJson.Response response = create(as(TestTokens.shared().bearer("judge", Role.JUDGE)));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a403ToABearerSaysTheTokenLacksTheRightAsTheGatewaySays() {
        HttpJson.Response response = create(as(TestTokens.shared().bearer("judge", Role.JUDGE)));

        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer error=\"insufficient_scope\"");
        assertThat(response.json().path("title").asText()).isEqualTo("Không có quyền / Forbidden");
        assertThat(response.json().path("requestId").asText()).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void rolesSpelledByAnotherProviderStillCount() {
        String header = TestTokens.shared().user("kc").rawRole("union-staff").rawRole("offline_access").bearer();

        assertThat(create(as(header)).status()).isEqualTo(201);
    }

    @Test
    void anEndpointWithoutARuleIsDeniedEvenToAnAdmin() {
        HttpJson.Response response = as(TestTokens.shared().bearer("root", Role.values()))
                .get("/api/platformtest/unlisted");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("should never be served");
        assertThat(as(null).get("/api/platformtest/unlisted").status()).isEqualTo(401);
    }

    @Test
    void healthIsPublicAndMetricsNeedTheOperatorRole() {
        assertThat(as(null).get("/actuator/health").status()).isEqualTo(200);
        assertThat(as(null).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(as(TestTokens.shared().bearer("staff", Role.UNION_STAFF)).get("/actuator/prometheus").status())
                .isEqualTo(403);
        assertThat(as(TestTokens.shared().bearer("ops", Role.OPERATOR)).get("/actuator/prometheus").status())
                .isEqualTo(200);
    }

    @Test
    void theEventRecordsTheAuthenticatedUserNotAClaimedOne() {
        HttpJson client = as(TestTokens.shared().bearer("can-bo-that", Role.UNION_STAFF))
                .withHeader("X-Acting-User", "mallory");

        HttpJson.Response response = create(client);

        assertThat(response.status()).isEqualTo(201);
        String id = response.json().path("id").asText();
        String metadata = new String(jdbc.queryForObject(
                "SELECT metadata FROM domainevententry WHERE aggregateidentifier = ?", byte[].class, id),
                java.nio.charset.StandardCharsets.UTF_8);
        JsonNode meta = HttpJson.json().valueToTree(parse(metadata));
        assertThat(meta.path("actingUser").asText()).isEqualTo("can-bo-that");
        assertThat(meta.path("actingUserId").asText()).isEqualTo("user-can-bo-that");
        assertThat(meta.path("actingRoles").asText()).isEqualTo("UNION_STAFF");
        assertThat(metadata).doesNotContain("mallory");
    }

    @Test
    void anIdempotencyKeyBelongsToTheCallerWhoUsedIt() {
        String key = "shared-" + java.util.UUID.randomUUID();
        Map<String, String> headers = Map.of("Idempotency-Key", key);
        HttpJson.Response first = as(TestTokens.shared().bearer("an", Role.UNION_STAFF))
                .post("/api/platformtest/things", Map.of("label", "same"), headers);
        HttpJson.Response second = as(TestTokens.shared().bearer("binh", Role.UNION_STAFF))
                .post("/api/platformtest/things", Map.of("label", "same"), headers);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isNull();
        assertThat(second.json().path("id").asText()).isNotEqualTo(first.json().path("id").asText());
    }

    private static JsonNode parse(String json) {
        try {
            return HttpJson.json().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(json, e);
        }
    }
}
