package vn.lienhiep.membership.organization;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganizationApiTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "membership");
    }

    @LocalServerPort
    int port;
    HttpJson http;

    @BeforeEach
    void client() {
        http = new HttpJson("http://127.0.0.1:" + port).withHeader("X-Acting-User", "staff-1");
    }

    @Test
    void applyThenReadBack() {
        HttpJson.Response created = http.post("/api/membership/organizations", Map.of(
                "name", "Hội Khuyến học", "kind", "SPECIALISED_ASSOCIATION", "field", "Giáo dục"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(created.header("Location")).endsWith("/api/membership/organizations/" + id);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(http.get("/api/membership/organizations/" + id).status()).isEqualTo(200));
        JsonNode found = http.get("/api/membership/organizations?q=hoi%20khuyen%20hoc").json();
        assertThat(found.get("totalItems").asInt()).isEqualTo(1);
    }
}
