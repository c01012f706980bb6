package vn.lienhiep.membership;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What operators and client developers get from the running service besides its API. */
class OperabilityTest extends ApiTestBase {

    @Test
    void healthShowsEveryDependencyUp() {
        JsonNode health = http.get("/actuator/health").json();
        assertThat(health.get("status").asText()).as(health.toString()).isEqualTo("UP");
        for (String component : new String[] {"db", "mongo", "kafka", "eventProcessors"}) {
            assertThat(health.get("components").get(component).get("status").asText()).as(component).isEqualTo("UP");
        }
        assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);
    }

    @Test
    void prometheusShowsDomainEventsCommandsAndProcessorsTaggedWithTheService() {
        http.post("/api/membership/organizations", Map.of("name", unique("Hội Đo lường"), "kind", "FEDERATION",
                                                          "field", "Kỹ thuật"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String metrics = admin().get("/actuator/prometheus").body();
            assertThat(metrics).containsPattern("lienhiep_domain_events_total\\{[^}]*service=\"membership-service\"[^}]*type=\"Applied\"");
            assertThat(metrics).contains("province=\"14\"");
            assertThat(metrics).containsPattern("commandBus_successCounter_total\\{[^}]*payloadType=\"Apply\"");
            assertThat(metrics).contains("processorName=\"organizations\"");
        });
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        JsonNode api = http.get("/api/membership/v3/api-docs").json();
        assertThat(api.get("openapi").asText()).startsWith("3.");
        assertThat(api.get("paths").has("/api/membership/organizations")).isTrue();
        assertThat(api.get("paths").has("/api/membership/statistics")).isTrue();
        assertThat(api.get("paths").has("/api/membership/imports")).isTrue();
    }

    @Test
    void theAdminCanSeeAndReplayEveryProjection() {
        JsonNode processors = admin().get("/api/membership/admin/processors").json();
        assertThat(processors.findValuesAsText("name")).contains("organizations", "history", "public-events");
    }
}
