package vn.lienhiep.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestInfrastructure;

/**
 * The skeleton must start on the real embedded pieces and be operable (health, metrics) before it has any endpoint,
 * so a wiring regression in the platform shows up here and not at the first feature.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewServiceStartupTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "review");
    }

    @LocalServerPort
    int port;

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

        HttpJson.Response metrics = http.get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body().lines())
                .anyMatch(line -> line.startsWith("jvm_") && line.contains("service=\"review-service\""));
    }
}
