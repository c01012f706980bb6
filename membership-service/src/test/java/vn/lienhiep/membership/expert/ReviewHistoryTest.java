package vn.lienhiep.membership.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.lienhiep.membership.ApiTestBase;
import vn.lienhiep.membership.expert.subscriptions.ReviewHistorySubscription;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TopicWriter;

/**
 * Each expert's review history, learned from review's public events on the real broker exactly as review-service
 * publishes them (structured CloudEvents validated against the review schemas): an assignment appears on the profile,
 * closing the engagement completes it, a redelivered event changes nothing.
 */
class ReviewHistoryTest extends ApiTestBase {

    @Test
    void assignmentAndClosingAppearOnTheExpertsProfile() {
        String expertId = registeredExpert();
        String engagementId = UUID.randomUUID().toString();
        String assignedId = UUID.randomUUID().toString();
        String assigned = """
                {"engagementId":"%s","expertId":"%s","panelRole":"CRITIC","subjectType":"DRAFT_LAW",
                 "assignedOn":"2024-03-04"}""".formatted(engagementId, expertId);

        send(assignedId, "expert-assigned", engagementId, 5, assigned);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(reviews(expertId)).hasSize(1));
        JsonNode entry = reviews(expertId).get(0);
        assertThat(entry.get("engagementId").asText()).isEqualTo(engagementId);
        assertThat(entry.get("panelRole").asText()).isEqualTo("CRITIC");
        assertThat(entry.get("assignedOn").asText()).isEqualTo("2024-03-04");
        assertThat(entry.get("closedOn").isNull()).isTrue();

        send(UUID.randomUUID().toString(), "engagement-closed", engagementId, 12, """
                {"engagementId":"%s","closedOn":"2024-06-28","adoption":"PARTIALLY_ADOPTED","subjectType":"DRAFT_LAW",
                 "forms":["WORKSHOP"],"origin":"ASSIGNED","requesterKind":"PEOPLES_COMMITTEE",
                 "recommendations":{"adopted":2,"partiallyAdopted":1,"notAdopted":1},"expertIds":["%s"]}"""
                .formatted(engagementId, expertId));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(reviews(expertId).get(0).get("adoption").asText()).isEqualTo("PARTIALLY_ADOPTED"));
        assertThat(reviews(expertId).get(0).get("closedOn").asText()).isEqualTo("2024-06-28");

        // The same assignment delivered again (at least once) and an assignment to a second engagement.
        send(assignedId, "expert-assigned", engagementId, 5, assigned);
        String second = UUID.randomUUID().toString();
        send(UUID.randomUUID().toString(), "expert-assigned", second, 5, """
                {"engagementId":"%s","expertId":"%s","panelRole":"CHAIR","subjectType":"PARTY_POLICY",
                 "assignedOn":"2025-01-10"}""".formatted(second, expertId));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(reviews(expertId)).hasSize(2));
        List<JsonNode> history = reviews(expertId);
        assertThat(history.get(0).get("engagementId").asText()).as("newest first").isEqualTo(second);
        assertThat(history.get(1).get("adoption").asText()).as("the redelivery did not reopen it")
                .isEqualTo("PARTIALLY_ADOPTED");
    }

    @Test
    void anUnknownExpertIs404AndTheHistoryIsNotPublic() {
        HttpJson.Response missing = http.get(ExpertApiTest.EXPERTS + "/" + UUID.randomUUID() + "/reviews");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(as(null).get(ExpertApiTest.EXPERTS + "/" + UUID.randomUUID() + "/reviews").status()).isEqualTo(401);
    }

    private List<JsonNode> reviews(String expertId) {
        HttpJson.Response r = http.get(ExpertApiTest.EXPERTS + "/" + expertId + "/reviews");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<JsonNode> entries = new java.util.ArrayList<>();
        r.json().forEach(entries::add);
        return entries;
    }

    private String registeredExpert() {
        Map<String, Object> person = new HashMap<>(Map.of("fullName", unique("Lò Văn Phản Biện"),
                "dateOfBirth", "1970-02-01", "degree", "TIEN_SI", "workSector", "CAN_BO_CONG_CHUC", "field", "KHCN"));
        HttpJson.Response p = http.post(ExpertApiTest.PERSONS, person);
        assertThat(p.status()).as(p.toString()).isEqualTo(201);
        Map<String, Object> profile = new HashMap<>();
        profile.put("expertiseFields", List.of("202"));
        profile.put("scope", "LOCAL");
        profile.put("employers", List.of("Trường Đại học Tây Bắc"));
        profile.put("availability", "AVAILABLE");
        profile.put("consentToProcessPersonalData", true);
        profile.put("consentToPublishName", false);
        HttpJson.Response e = http.post(ExpertApiTest.EXPERTS,
                                        Map.of("personId", p.json().get("id").asText(), "profile", profile));
        assertThat(e.status()).as(e.toString()).isEqualTo(201);
        return e.json().get("id").asText();
    }

    private static void send(String id, String event, String engagementId, long sequence, String json) {
        TopicWriter.send(ReviewHistorySubscription.TOPIC, "review", event, id, engagementId, sequence, json);
    }
}
