package vn.lienhiep.membership.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import vn.lienhiep.membership.ApiTestBase;
import vn.lienhiep.membership.person.subscriptions.ContestAchievementSubscription;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestInfrastructure;

/**
 * A person's contest achievements, learned from the contest's public events on the real broker exactly as
 * contest-service publishes them (structured CloudEvents validated against the contest schemas): a prize appears on
 * each author's profile the contest knows by person id, a redelivery changes nothing, a revocation marks it (the line
 * stays), the national result is added.
 */
class ContestAchievementsTest extends ApiTestBase {

    private static final String PERSONS = "/api/membership/persons";

    @Test
    void aPrizeAppearsOnTheAuthorsProfileAndARevocationMarksIt() throws Exception {
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

    private static void send(String id, String event, String key, long sequence, String json) throws Exception {
        CloudEvent cloudEvent = CloudEventBuilder.v1().withId(id).withSource(URI.create("urn:lienhiep:14:contest"))
                .withType("vn.lienhiep.contest." + event + ".v1").withSubject(key)
                .withTime(OffsetDateTime.now())
                .withDataSchema(URI.create("https://schemas.lienhiep.vn/contest/" + event + ".v1.json"))
                .withDataContentType("application/json")
                .withExtension("province", "14").withExtension("aggregatesequence", sequence)
                .withData(json.replace("\n", "").getBytes(StandardCharsets.UTF_8)).build();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        props.put(CloudEventSerializer.ENCODING_CONFIG, Encoding.STRUCTURED.name());
        props.put(CloudEventSerializer.EVENT_FORMAT_CONFIG, JsonFormat.CONTENT_TYPE);
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(ContestAchievementSubscription.TOPIC, key, cloudEvent)).get();
        }
    }
}
