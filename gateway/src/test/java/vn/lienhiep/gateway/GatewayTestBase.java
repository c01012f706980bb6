package vn.lienhiep.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestTokens;

/**
 * One running gateway per test JVM in front of stub services on random ports: membership, review and contest answer,
 * honours is stopped (nothing listens on its port). Contest's health reports DOWN while it still serves requests.
 * Membership and review publish public rules like their real access tables; contest has not given its rules yet
 * (PublicAccessTest makes it answer), so none of its paths is open to anonymous callers.
 * The read timeout is cut to 1.5 s so the timeout path is tested without waiting a minute. Tokens come from
 * {@link TestTokens}; the rate limit is high enough never to interfere (RateLimitTest has its own tiny one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {GatewayTestBase.WITHOUT_PROVIDER, "spring.http.clients.read-timeout=1500ms",
                              "lienhiep.gateway.rate-limit.anonymous-per-second=1000",
                              "lienhiep.gateway.rate-limit.authenticated-per-second=1000",
                              "lienhiep.gateway.rate-limit.burst=1000",
                              "lienhiep.gateway.public-access.retry=200ms",
                              "lienhiep.gateway.public-access.refresh=1s",
                              "lienhiep.gateway.cors.allowed-origins=" + GatewayTestBase.CONSOLE_ORIGIN})
abstract class GatewayTestBase {

    /**
     * The provider's jar is on the test class path (LoginRoundTripTest): its database and authorization-server
     * auto-configuration must not switch on inside the gateway, which has neither in production.
     */
    static final String WITHOUT_PROVIDER = "spring.autoconfigure.exclude="
            + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
            + "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration,"
            + "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet."
            + "OAuth2AuthorizationServerAutoConfiguration,"
            + "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet."
            + "OAuth2AuthorizationServerJwtAutoConfiguration";
    static final String CONSOLE_ORIGIN = "https://console.lienhiep.test";
    static final TestTokens TOKENS = TestTokens.shared();
    static final StubService MEMBERSHIP = new StubService("membership");
    static final StubService REVIEW = new StubService("review");
    static final StubService CONTEST = new StubService("contest");
    static final String HONOURS_DOWN = StubService.deadUrl();

    static {
        MEMBERSHIP.publishPublic("GET /api/membership/organizations", "GET /api/membership/organizations/{id}",
                                 "GET /api/membership/experts/taxonomy");
        // The last one is outside review's own API: the gateway must ignore it.
        REVIEW.publishPublic("GET /api/review/outcomes", "GET /api/review/record-keys",
                             "GET /api/membership/persons/{id}");
        CONTEST.publishPublic("GET /api/contest/results/{id}");
        CONTEST.answerAccessWith(503);
        CONTEST.reportHealth(503, "{\"status\":\"DOWN\",\"components\":{\"mongo\":{\"status\":\"DOWN\"}}}");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            MEMBERSHIP.close();
            REVIEW.close();
            CONTEST.close();
        }));
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("lienhiep.gateway.services.membership", MEMBERSHIP::url);
        registry.add("lienhiep.gateway.services.review", REVIEW::url);
        registry.add("lienhiep.gateway.services.contest", CONTEST::url);
        registry.add("lienhiep.gateway.services.honours", () -> HONOURS_DOWN);
        TOKENS.register(registry);
    }

    @LocalServerPort
    int port;
    /** A signed-in staff member: most tests are about routing, not about who may route. */
    HttpJson http;
    HttpJson anonymous;

    @BeforeEach
    void client() {
        http = new HttpJson(baseUrl()).withHeader("Authorization", TOKENS.bearer("staff", Role.UNION_STAFF));
        anonymous = new HttpJson(baseUrl());
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
