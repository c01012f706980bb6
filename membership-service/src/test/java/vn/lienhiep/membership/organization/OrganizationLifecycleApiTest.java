package vn.lienhiep.membership.organization;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.lienhiep.membership.ApiTestBase;
import vn.lienhiep.testing.HttpJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The organisation API as a client uses it: the admission workflow, sanctions, errors, retries and history. */
class OrganizationLifecycleApiTest extends ApiTestBase {

    private static final String ORGS = "/api/membership/organizations";
    private static final List<String> FULL_DOSSIER = List.of("APPLICATION_LETTER", "ESTABLISHMENT_DECISION", "CHARTER",
                                                             "LEADERSHIP_LIST", "MEMBER_COUNT");

    @Test
    void applyVerifyRecommendAdmitSuspendAndReadTheHistory() {
        String name = unique("Hội Nông dân Sáng tạo");
        String id = created(http.post(ORGS, Map.of("name", name, "kind", "SPECIALISED_ASSOCIATION",
                                                    "field", "Nông nghiệp", "dossier", FULL_DOSSIER)));
        LocalDate today = LocalDate.now(vn.lienhiep.kernel.Clocks.VIETNAM);
        ok(http.post(ORGS + "/" + id + "/verification", Map.of("note", "Đủ hồ sơ")));
        ok(http.post(ORGS + "/" + id + "/recommendation", Map.of("decision",
                decision("15/NQ-BTV", today, "BTV", null))));
        JsonNode admitted = ok(http.post(ORGS + "/" + id + "/admission", Map.of("decision",
                decision("16/QĐ-LHH", today, "BCH", "Chủ tịch"))));
        assertThat(admitted.get("status").asText()).isEqualTo("ACTIVE");
        JsonNode suspended = ok(http.post(ORGS + "/" + id + "/suspension", Map.of("decision",
                decision("20/QĐ-LHH", today, "BCH", "Chủ tịch"), "reason", "Không hoạt động 2 năm")));
        assertThat(suspended.get("status").asText()).isEqualTo("SUSPENDED");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode org = http.get(ORGS + "/" + id).json();
            assertThat(org.get("status").asText()).isEqualTo("SUSPENDED");
            assertThat(org.get("admission").get("number").asText()).isEqualTo("16/QĐ-LHH");
        });
        String suffix = name.substring(name.lastIndexOf(' ') + 1);
        assertThat(http.get(ORGS + "?q=nong%20dan%20sang%20tao%20" + suffix + "&status=SUSPENDED").json()
                       .get("totalItems").asInt()).isEqualTo(1);
        assertThat(http.get(ORGS + "?q=nong%20dan%20sang%20tao%20" + suffix + "&status=ACTIVE").json()
                       .get("totalItems").asInt()).isZero();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode history = http.get(ORGS + "/" + id + "/history").json().get("items");
            assertThat(history).hasSize(5);
            for (JsonNode line : history) {
                assertThat(line.get("actingUser").asText()).isEqualTo("test-staff");
                assertThat(line.get("recordedAt").asText()).isNotBlank();
                assertThat(line.get("summaryVi").asText()).isNotBlank();
                assertThat(line.get("summaryEn").asText()).isNotBlank();
            }
            assertThat(history.toString()).contains("16/QĐ-LHH", "20/QĐ-LHH");
        });
    }

    @Test
    void businessRulesAnswer422NamingTheRuleAndChangeNothing() {
        String id = created(http.post(ORGS, Map.of("name", unique("Hội Thiếu hồ sơ"), "kind", "FEDERATION",
                                                    "field", "Kinh tế")));
        HttpJson.Response verify = http.post(ORGS + "/" + id + "/verification", Map.of());
        assertThat(verify.status()).isEqualTo(422);
        assertThat(verify.header("Content-Type")).contains("application/problem+json");
        assertThat(verify.json().get("rule").asText()).isEqualTo("membership.organization.dossier-incomplete");

        HttpJson.Response admitTooEarly = http.post(ORGS + "/" + id + "/admission", Map.of("decision",
                decision("1/QĐ", LocalDate.now().minusDays(1), "BCH", "Chủ tịch")));
        assertThat(admitTooEarly.status()).isEqualTo(422);
        assertThat(admitTooEarly.json().get("rule").asText()).isEqualTo("membership.organization.transition-not-allowed");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(http.get(ORGS + "/" + id).json().get("status").asText()).isEqualTo("SUBMITTED"));
        assertThat(http.get(ORGS + "/" + id).json().get("version").asLong()).isZero();
    }

    @Test
    void aDuplicateNameIsRefusedWithTheExistingId() {
        String name = unique("Hội Trùng tên");
        String id = created(http.post(ORGS, Map.of("name", name, "kind", "FEDERATION", "field", "Kinh tế")));
        HttpJson.Response again = http.post(ORGS, Map.of("name", name.toUpperCase(), "kind", "FEDERATION",
                                                          "field", "Kinh tế"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("rule").asText()).isEqualTo("membership.organization.name-unique");
        assertThat(again.json().get("details").get("existingOrganizationId").asText()).isEqualTo(id);
    }

    @Test
    void badInputIs400WithFieldErrors() {
        HttpJson.Response missing = http.post(ORGS, Map.of("kind", "FEDERATION"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").findValuesAsText("field")).contains("name", "field");

        HttpJson.Response badEnum = http.post(ORGS, Map.of("name", "X", "kind", "PLANET", "field", "Y"));
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.json().get("errors").get(0).get("field").asText()).isEqualTo("kind");

        HttpJson.Response nullInList = http.post(ORGS, Map.of("name", "X", "kind", "FEDERATION", "field", "Y",
                                                               "dossier", java.util.Arrays.asList("CHARTER", null)));
        assertThat(nullInList.status()).as(nullInList.toString()).isEqualTo(400);

        HttpJson.Response notJson = http.post(ORGS, "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.header("Content-Type")).contains("application/problem+json");

        HttpJson.Response badPage = http.get(ORGS + "?size=100000");
        assertThat(badPage.status()).isEqualTo(400);
    }

    @Test
    void unknownIdsAre404AndStaleVersionsAre409() {
        assertThat(http.get(ORGS + "/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(http.get(ORGS + "/" + UUID.randomUUID() + "/history").status()).isEqualTo(404);
        HttpJson.Response unknownCommand = http.post(ORGS + "/" + UUID.randomUUID() + "/field", Map.of("field", "X"));
        assertThat(unknownCommand.status()).isEqualTo(404);

        String id = created(http.post(ORGS, Map.of("name", unique("Hội Phiên bản"), "kind", "FEDERATION",
                                                    "field", "Kinh tế")));
        ok(http.post(ORGS + "/" + id + "/field", Map.of("field", "Thương mại"), Map.of("If-Match", "\"0\"")));
        HttpJson.Response stale = http.post(ORGS + "/" + id + "/field", Map.of("field", "Dịch vụ"),
                                            Map.of("If-Match", "\"0\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("expectedVersion").asLong()).isZero();
        assertThat(stale.json().get("actualVersion").asLong()).isEqualTo(1);
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyReturnsTheFirstAnswer() {
        String name = unique("Hội Gửi lại");
        Map<String, Object> body = Map.of("name", name, "kind", "FEDERATION", "field", "Kinh tế");
        String key = "retry-" + UUID.randomUUID();
        HttpJson.Response first = http.post(ORGS, body, Map.of("Idempotency-Key", key));
        HttpJson.Response retry = http.post(ORGS, body, Map.of("Idempotency-Key", key));
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("id").asText()).isEqualTo(first.json().get("id").asText());

        HttpJson.Response misuse = http.post(ORGS, Map.of("name", unique("Hội Khác"), "kind", "FEDERATION",
                                                          "field", "Kinh tế"), Map.of("Idempotency-Key", key));
        assertThat(misuse.status()).isEqualTo(422);
        assertThat(misuse.json().get("rule").asText()).isEqualTo("platform.idempotency-key-reused");
    }

    private static Map<String, Object> decision(String number, LocalDate date, String issuedBy, String signer) {
        return signer == null ? Map.of("number", number, "date", date.toString(), "issuedBy", issuedBy)
                : Map.of("number", number, "date", date.toString(), "issuedBy", issuedBy, "signer", signer);
    }

    private static String created(HttpJson.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private static JsonNode ok(HttpJson.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
