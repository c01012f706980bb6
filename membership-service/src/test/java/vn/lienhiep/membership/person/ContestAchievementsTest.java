package vn.lienhiep.membership.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.lienhiep.membership.ApiTestBase;
import vn.lienhiep.membership.person.subscriptions.ContestAchievementSubscription;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TopicWriter;

/**
 * A person's contest achievements, learned from the contest's public events on the real broker exactly as
 * contest-service publishes them (structured CloudEvents validated against the contest schemas): a prize appears on
 * each author's profile the contest knows by person id, a redelivery changes nothing, a revocation marks it (the line
 * stays), the national result is added.
 */
class ContestAchievementsTest extends ApiTestBase {

    private static final String PERSONS = "/api/membership/persons";

    @Test
    void aPrizeAppearsOnTheAuthorsProfileAndARevocationMarksIt() {
        String person = person();
        String entry = UUID.randomUUID().toString();
        String awardedId = UUID.randomUUID().toString();
        String awarded = """
                {"entryId":"%s","editionId":"ed-9","contestType":"TECH_INNOVATION","ordinal":9,"awardYear":2024,
                 "level":"FIRST","field":"AGRI_FOREST_FISHERY_RESOURCES_ENV",
                 "title":"Quy trình ghép cải tạo vườn xoài già cỗi tại huyện Yên Châu",
                 "authors":[{"personId":"%s","principal":true,"tradeUnionMember":true},
                            {"principal":false,"tradeUnionMember":false}]}""".formatted(entry, person);
        send(awardedId, "prize-awarded", entry, 30, awarded);
        send(awardedId, "prize-awarded", entry, 30, awarded);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(achievements(person)).hasSize(1));
        JsonNode prize = achievements(person).get(0);
        assertThat(prize.get("level").asText()).isEqualTo("FIRST");
        assertThat(prize.get("principal").asBoolean()).isTrue();
        assertThat(prize.get("revoked").asBoolean()).isFalse();

        send(UUID.randomUUID().toString(), "national-result-recorded", "ed-9", 34, """
                {"editionId":"ed-9","entryId":"%s","target":"NATIONAL_CONTEST","nationalEdition":18,"level":"SECOND",
                 "medal":"SILVER","year":2025}""".formatted(entry));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(achievements(person).get(0).get("nationalMedal").asText()).isEqualTo("SILVER"));

        send(UUID.randomUUID().toString(), "prize-revoked", "ed-9", 35, """
                {"entryId":"%s","editionId":"ed-9","level":"FIRST","field":"AGRI_FOREST_FISHERY_RESOURCES_ENV",
                 "awardYear":2024,"reason":"Sao chép giải pháp đã công bố",
                 "decision":{"number":"20/QĐ-BTCHT","date":"2025-03-01"}}""".formatted(entry));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(achievements(person).get(0).get("revoked").asBoolean()).isTrue());
        assertThat(achievements(person)).as("the revoked prize stays, as history").hasSize(1);
        assertThat(http.get(PERSONS + "/" + UUID.randomUUID() + "/contest-achievements").status()).isEqualTo(404);
    }

    private List<JsonNode> achievements(String personId) {
        HttpJson.Response r = http.get(PERSONS + "/" + personId + "/contest-achievements");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<JsonNode> lines = new ArrayList<>();
        r.json().forEach(lines::add);
        return lines;
    }

    private String person() {
        HttpJson.Response p = http.post(PERSONS, Map.of("fullName", unique("Lò Văn Sáng Tạo"),
                "dateOfBirth", "1980-05-01", "degree", "DAI_HOC", "workSector", "DOANH_NGHIEP", "field", "KHCN"));
        assertThat(p.status()).as(p.toString()).isEqualTo(201);
        return p.json().get("id").asText();
    }

    private static void send(String id, String event, String key, long sequence, String json) {
        TopicWriter.send(ContestAchievementSubscription.TOPIC, "contest", event, id, key, sequence, json);
    }
}
