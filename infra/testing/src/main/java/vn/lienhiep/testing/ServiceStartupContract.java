package vn.lienhiep.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service must do before it has a single endpoint: start on the real embedded pieces and be operable
 * (health with db, mongo and kafka UP; Prometheus metrics tagged with the service). A service's start-up test is a
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} subclass that registers its context with
 * {@link TestInfrastructure#register} in a {@code @DynamicPropertySource}.
 */
public abstract class ServiceStartupContract {

    @LocalServerPort
    protected int port;

    /** e.g. "review-service": the {@code service} tag its metrics carry. */
    protected abstract String serviceName();

    @Test
    void startsHealthyOnTheEmbeddedPiecesAndExposesTaggedMetrics() {
        HttpJson http = new HttpJson("http://127.0.0.1:" + port);

        HttpJson.Response health = http.get("/actuator/health");
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        JsonNode components = health.json().get("components");
        for (String component : new String[] {"db", "mongo", "kafka"}) {
            assertThat(components.path(component).path("status").asText()).as(component + ": " + health.body())
                                                                             .isEqualTo("UP");
        }

        assertThat(http.get("/actuator/prometheus").status()).as("metrics are for operators").isEqualTo(401);
        HttpJson.Response metrics = http.withHeader("Authorization",
                TestTokens.shared().bearer("operator", vn.lienhiep.contracts.security.Role.OPERATOR))
                .get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body().lines())
                .anyMatch(line -> line.startsWith("jvm_") && line.contains("service=\"" + serviceName() + "\""));
    }
}
