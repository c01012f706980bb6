package vn.lienhiep.membership.organization;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.lienhiep.membership.ApiTestBase;
import vn.lienhiep.testing.HttpJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OrganizationApiTest extends ApiTestBase {

    @Test
    void applyThenReadBack() {
        String name = unique("Hội Khuyến học");
        HttpJson.Response created = http.post("/api/membership/organizations", Map.of(
                "name", name, "kind", "SPECIALISED_ASSOCIATION", "field", "Giáo dục"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(created.header("Location")).endsWith("/api/membership/organizations/" + id);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(http.get("/api/membership/organizations/" + id).status()).isEqualTo(200));
        String suffix = name.substring(name.lastIndexOf(' ') + 1);
        JsonNode found = http.get("/api/membership/organizations?q=hoi%20khuyen%20hoc%20" + suffix).json();
        assertThat(found.get("totalItems").asInt()).isEqualTo(1);
    }
}
