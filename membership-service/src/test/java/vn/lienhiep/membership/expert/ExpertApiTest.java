package vn.lienhiep.membership.expert;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import vn.lienhiep.membership.ApiTestBase;
import vn.lienhiep.platform.contracts.SchemaRegistry;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestInfrastructure;
import vn.lienhiep.testing.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ExpertApiTest extends ApiTestBase {

    static final String EXPERTS = "/api/membership/experts";
    static final String PERSONS = "/api/membership/persons";

    private String person(String fullName, String degree) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", fullName);
        body.put("dateOfBirth", "1968-04-30");
        body.put("degree", degree);
        body.put("workSector", "CAN_BO_CONG_CHUC");
        body.put("field", "KHCN");
        HttpJson.Response r = http.post(PERSONS, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    private static Map<String, Object> profile(List<String> fields, List<String> employers, boolean consent) {
        Map<String, Object> p = new HashMap<>();
        p.put("expertiseFields", fields);
        p.put("specialisations", "Lưới điện nông thôn");
        p.put("scope", "LOCAL");
        p.put("yearsExperience", 20);
        p.put("employers", employers);
        p.put("positions", List.of("Phó Giám đốc"));
        p.put("availability", "AVAILABLE");
        p.put("consentToProcessPersonalData", consent);
        p.put("consentToPublishName", false);
        return p;
    }

    private JsonNode awaitExpert(String id, long version, String status) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            HttpJson.Response r = http.get(EXPERTS + "/" + id);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("version").asLong()).isGreaterThanOrEqualTo(version);
            assertThat(r.json().get("status").asText()).isEqualTo(status);
        });
        return http.get(EXPERTS + "/" + id).json();
    }

    @Test
    void registerVerifySearchUpdateAndDeactivate() throws Exception {
        String name = unique("Đặng Quốc Việt");
        String suffix = name.substring(name.lastIndexOf(' ') + 1);
        String personId = person(name, "TIEN_SI");
        HttpJson.Response org = http.post("/api/membership/organizations", Map.of(
                "name", unique("Hội Khoa học kỹ thuật cầu đường"), "kind", "SPECIALISED_ASSOCIATION", "field", "GT"));
        String orgId = org.json().get("id").asText();
        assertThat(http.post(PERSONS + "/" + personId + "/memberships",
                Map.of("organizationId", orgId, "memberType", "OFFICIAL", "since", "2015-01-01")).status()).isEqualTo(201);

        HttpJson.Response created = http.post(EXPERTS, Map.of("personId", personId,
                "profile", profile(List.of("202", "201"), List.of("Công ty Điện lực Sơn La"), true)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("status").asText()).isEqualTo("PENDING_VERIFICATION");
        assertThat(created.header("Location")).endsWith(EXPERTS + "/" + id);

        HttpJson.Response again = http.post(EXPERTS, Map.of("personId", personId,
                "profile", profile(List.of("202"), List.of("X"), true)));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("rule").asText()).isEqualTo("membership.expert.already-registered");

        HttpJson.Response verified = http.post(EXPERTS + "/" + id + "/verification", Map.of("note", "Đủ hồ sơ"),
                                               Map.of("If-Match", "\"0\""));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().get("status").asText()).isEqualTo("ACTIVE");

        JsonNode view = awaitExpert(id, 1, "ACTIVE");
        assertThat(view.get("fullName").asText()).isEqualTo(name);
        assertThat(view.get("degree").asText()).isEqualTo("TIEN_SI");
        assertThat(view.get("verifiedBy").asText()).isEqualTo("test-staff");
        assertThat(view.get("dueForReconfirmation").asBoolean()).isFalse();
        assertThat(view.get("reconfirmationDueOn").asText()).isNotBlank();
        assertThat(view.get("organizationIds").size()).isEqualTo(1);
        assertThat(view.get("organizationIds").get(0).asText()).isEqualTo(orgId);

        String q = "?q=dang%20quoc%20viet%20" + suffix;
        assertThat(total(q)).isEqualTo(1);
        assertThat(total(q + "&field=2")).as("a group finds its sub-fields").isEqualTo(1);
        assertThat(total(q + "&field=202&degree=TIEN_SI&availability=AVAILABLE&status=ACTIVE")).isEqualTo(1);
        assertThat(total(q + "&field=3")).isZero();
        assertThat(total(q + "&degree=THAC_SI")).isZero();
        assertThat(total(q + "&availability=LIMITED")).isZero();
        assertThat(total("?organizationId=" + orgId)).isEqualTo(1);
        assertThat(total(q + "&dueForReconfirmation=false")).isEqualTo(1);
        assertThat(total(q + "&dueForReconfirmation=true")).isZero();

        // The person's name changes: the expert document follows.
        Map<String, Object> renamed = new HashMap<>(Map.of("fullName", "Đặng Quốc Vinh " + suffix,
                "dateOfBirth", "1968-04-30", "degree", "TIEN_SI"));
        assertThat(http.post(PERSONS + "/" + personId + "/profile", renamed).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(total("?q=dang%20quoc%20vinh%20" + suffix)).isEqualTo(1));

        Map<String, Object> changed = profile(List.of("202"), List.of("Công ty Điện lực Sơn La"), true);
        changed.put("availability", "LIMITED");
        assertThat(http.post(EXPERTS + "/" + id + "/profile", changed, Map.of("If-Match", "\"0\"")).status())
                .isEqualTo(409);
        HttpJson.Response updated = http.post(EXPERTS + "/" + id + "/profile", changed, Map.of("If-Match", "\"1\""));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("status").asText()).isEqualTo("ACTIVE");

        HttpJson.Response deactivated = http.post(EXPERTS + "/" + id + "/deactivation", Map.of("reason", "Nghỉ hưu"));
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        JsonNode inactive = awaitExpert(id, 3, "INACTIVE");
        assertThat(inactive.get("deactivationReason").asText()).isEqualTo("Nghỉ hưu");
        assertThat(inactive.get("availability").asText()).isEqualTo("LIMITED");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode lines = http.get(EXPERTS + "/" + id + "/history").json().get("items");
            assertThat(lines.findValuesAsText("eventType")).containsExactlyInAnyOrder("ExpertRegistered",
                    "ExpertVerified", "ExpertProfileChanged", "ExpertDeactivated");
            assertThat(lines.findValuesAsText("actingUser")).containsOnly("test-staff");
        });

        // Review hears of it: verified, changed (while active), deactivated — schema-valid and without the name.
        List<ConsumerRecord<String, CloudEvent>> records = TopicReader.forKey(TestInfrastructure.kafkaBootstrap(),
                "lienhiep.membership.v1", id, 3, Duration.ofSeconds(20));
        assertThat(records).extracting(r -> r.value().getType()).containsExactly(
                "vn.lienhiep.membership.expert-verified.v1", "vn.lienhiep.membership.expert-profile-changed.v1",
                "vn.lienhiep.membership.expert-deactivated.v1");
        ObjectMapper json = new ObjectMapper();
        SchemaRegistry schemas = new SchemaRegistry();
        for (ConsumerRecord<String, CloudEvent> record : records) {
            String type = record.value().getType();
            JsonNode data = json.readTree(record.value().getData().toBytes());
            schemas.validate("membership/" + type.substring("vn.lienhiep.membership.".length(), type.length() - 3)
                             + ".v1.json", data);
            assertThat(data.has("displayName")).isFalse();
            assertThat(data.toString()).doesNotContain("1968-04-30").doesNotContain(suffix);
        }
    }

    @Test
    void refusalsNameTheirRules() {
        String personId = person(unique("Vũ Thị Hạnh"), "THAC_SI");
        HttpJson.Response unknownPerson = http.post(EXPERTS, Map.of("personId", UUID.randomUUID().toString(),
                "profile", profile(List.of("301"), List.of("Bệnh viện tỉnh"), true)));
        assertThat(unknownPerson.json().get("rule").asText()).isEqualTo("membership.expert.unknown-person");
        HttpJson.Response unknownField = http.post(EXPERTS, Map.of("personId", personId,
                "profile", profile(List.of("301", "9999"), List.of("Bệnh viện tỉnh"), true)));
        assertThat(unknownField.status()).isEqualTo(422);
        assertThat(unknownField.json().get("rule").asText()).isEqualTo("membership.expert.unknown-field");
        HttpJson.Response noEmployer = http.post(EXPERTS, Map.of("personId", personId,
                "profile", profile(List.of("301"), List.of(), true)));
        assertThat(noEmployer.json().get("rule").asText()).isEqualTo("membership.expert.employer-required");

        HttpJson.Response created = http.post(EXPERTS, Map.of("personId", personId,
                "profile", profile(List.of("301"), List.of("Bệnh viện tỉnh"), false)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        HttpJson.Response noConsent = http.post(EXPERTS + "/" + id + "/verification", Map.of());
        assertThat(noConsent.status()).isEqualTo(422);
        assertThat(noConsent.json().get("rule").asText()).isEqualTo("membership.expert.consent-required");
        HttpJson.Response notActive = http.post(EXPERTS + "/" + id + "/deactivation", Map.of());
        assertThat(notActive.json().get("rule").asText()).isEqualTo("membership.expert.transition-not-allowed");

        HttpJson.Response rejected = http.post(EXPERTS + "/" + id + "/rejection", Map.of("reason", "Chưa đồng ý"));
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("status").asText()).isEqualTo("REJECTED");
        assertThat(awaitExpert(id, 1, "REJECTED").get("rejectionReason").asText()).isEqualTo("Chưa đồng ý");

        // Corrected, the profile goes back to the verification queue.
        HttpJson.Response corrected = http.post(EXPERTS + "/" + id + "/profile",
                profile(List.of("301"), List.of("Bệnh viện tỉnh"), true), Map.of("If-Match", "\"1\""));
        assertThat(corrected.json().get("status").asText()).isEqualTo("PENDING_VERIFICATION");
        JsonNode queued = awaitExpert(id, 2, "PENDING_VERIFICATION");
        assertThat(queued.get("rejectionReason").isNull()).isTrue();
        assertThat(queued.get("statusTimeline").findValuesAsText("status"))
                .containsExactly("PENDING_VERIFICATION", "REJECTED", "PENDING_VERIFICATION");
        assertThat(http.post(EXPERTS + "/" + id + "/verification", Map.of()).json().get("status").asText())
                .isEqualTo("ACTIVE");
    }

    @Test
    void badInputUnknownIdsAndTheTaxonomy() {
        HttpJson.Response bad = http.post(EXPERTS, Map.of("personId", "p", "profile", Map.of("expertiseFields", List.of("1"))));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsText("field")).contains("profile.scope", "profile.availability");
        assertThat(http.post(EXPERTS + "/x/rejection", Map.of()).status()).isEqualTo(400);

        String nobody = UUID.randomUUID().toString();
        assertThat(http.get(EXPERTS + "/" + nobody).status()).isEqualTo(404);
        assertThat(http.get(EXPERTS + "/" + nobody + "/history").status()).isEqualTo(404);
        assertThat(http.post(EXPERTS + "/" + nobody + "/verification", Map.of()).status()).isEqualTo(404);

        JsonNode taxonomy = http.get(EXPERTS + "/taxonomy").json();
        assertThat(taxonomy.get("groups").size()).isEqualTo(6);
        assertThat(taxonomy.get("groups").get(0).get("labelVi").asText()).isEqualTo("Khoa học tự nhiên");
    }

    private int total(String query) {
        return http.get(EXPERTS + query).json().get("totalItems").asInt();
    }
}
