package vn.lienhiep.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.gateway.ratelimit.RateLimitFilter;
import vn.lienhiep.testing.HttpJson;

/**
 * A tiny limit (burst 3, refilled at 0.2/s so no token comes back during the test), per user
 * and per anonymous address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {GatewayTestBase.WITHOUT_PROVIDER, "lienhiep.gateway.rate-limit.anonymous-per-second=0.2",
                              "lienhiep.gateway.rate-limit.authenticated-per-second=0.2",
                              "lienhiep.gateway.rate-limit.burst=3"})
class RateLimitTest extends GatewayTestBase {

    @Autowired
    MeterRegistry meters;

    @Test
    void aUserOverTheBurstGets429WithRetryAfterWhileOthersGoOn() {
        HttpJson alice = new HttpJson(baseUrl()).withHeader("Authorization",
                TOKENS.user("alice-" + UUID.randomUUID()).roles(Role.UNION_STAFF).bearer());
        for (int i = 0; i < 3; i++) {
            HttpJson.Response ok = alice.get("/api/review/requests");
            assertThat(ok.status()).as("request %d: %s", i, ok.body()).isEqualTo(200);
            assertThat(ok.header("RateLimit-Remaining")).isEqualTo(Integer.toString(2 - i));
        }
        String path = "/api/review/requests/" + UUID.randomUUID();

        double refusedBefore = refused("authenticated");
        HttpJson.Response refused = alice.get(path);

        assertThat(refused.status()).as(refused.body()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 5L);
        assertThat(refused.header("RateLimit-Limit")).isEqualTo("3");
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(refused.json().get("type").asText()).isEqualTo("urn:lienhiep:problem:gateway:too-many-requests");
        GatewayRoutingTest.assertGatewayProblemShape(refused, path);
        assertThat(REVIEW.last().path()).isNotEqualTo(path);
        assertThat(refused("authenticated")).as("operators see the refusal").isEqualTo(refusedBefore + 1);

        HttpJson bob = new HttpJson(baseUrl()).withHeader("Authorization",
                TOKENS.user("bob-" + UUID.randomUUID()).roles(Role.UNION_STAFF).bearer());
        assertThat(bob.get("/api/review/requests").status()).as("another user has a bucket of his own").isEqualTo(200);
    }

    @Test
    void anonymousCallersAreCountedByAddress() {
        int ok = 0;
        HttpJson.Response last = null;
        for (int i = 0; i < 5; i++) {
            last = anonymous.get("/api/membership/organizations");
            if (last.status() == 200) {
                ok++;
            }
        }
        // Other anonymous tests in this class share 127.0.0.1's bucket; at most the burst gets through.
        assertThat(ok).isLessThanOrEqualTo(3);
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isNotBlank();
        assertThat(refused("anonymous")).isGreaterThanOrEqualTo(2);
    }

    /** A page load fetches dozens of console modules: they are the gateway's own files and use no API budget. */
    @Test
    void theConsolesStaticFilesAreNotCounted() {
        for (int i = 0; i < 10; i++) {
            HttpJson.Response file = anonymous.get("/console/app.js");
            assertThat(file.status()).as("request %d", i).isNotEqualTo(429);
            assertThat(file.header("RateLimit-Remaining")).as("no bucket consulted").isNull();
        }
        assertThat(anonymous.get("/api/membership/organizations").header("RateLimit-Remaining"))
                .as("the API is still counted").isNotNull();
    }

    private double refused(String caller) {
        return meters.counter(RateLimitFilter.REFUSED_METRIC, "caller", caller).count();
    }
}
