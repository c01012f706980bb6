package vn.lienhiep.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.testing.HttpJson;

class GatewayHealthTest extends GatewayTestBase {

    @Test
    void healthShowsEveryServiceAndIsDownWhileOneIs() {
        HttpJson.Response response = anonymous.get("/actuator/health");

        assertThat(response.status()).as(response.body()).isEqualTo(503);
        JsonNode health = response.json();
        assertThat(health.get("status").asText()).isEqualTo("DOWN");
        JsonNode components = health.get("components");

        assertThat(components.get("membership").get("status").asText()).isEqualTo("UP");
        assertThat(components.get("membership").get("details").get("url").asText()).isEqualTo(MEMBERSHIP.url());
        assertThat(components.get("review").get("status").asText()).isEqualTo("UP");
        assertThat(components.has("discoveryComposite")).as("no registry is used").isFalse();

        JsonNode honours = components.get("honours");
        assertThat(honours.get("status").asText()).isEqualTo("DOWN");
        assertThat(honours.get("details").get("url").asText()).isEqualTo(HONOURS_DOWN);

        JsonNode contest = components.get("contest");
        assertThat(contest.get("status").asText()).isEqualTo("DOWN");
        assertThat(contest.get("details").get("serviceStatus").asText()).isEqualTo("DOWN");
        assertThat(contest.get("details").get("httpStatus").asInt()).isEqualTo(503);
    }

    @Test
    void probesJudgeTheGatewayAlone() {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpJson.Response response = anonymous.get(probe);

            assertThat(response.status()).as(probe + " " + response.body()).isEqualTo(200);
            assertThat(response.json().get("status").asText()).isEqualTo("UP");
            assertThat(response.body()).doesNotContain("honours");
        }
    }

    @Test
    void metricsAreTaggedWithTheGateway() {
        http.get("/api/membership/warm-up");

        HttpJson.Response metrics = new HttpJson(baseUrl())
                .withHeader("Authorization", TOKENS.bearer("prometheus", Role.OPERATOR)).get("/actuator/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body().lines())
                .anyMatch(line -> line.startsWith("http_server_requests_seconds_count")
                                  && line.contains("service=\"gateway\""));
    }
}
