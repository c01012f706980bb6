package vn.lienhiep.membership;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.ServiceApiTest;
import vn.lienhiep.testing.TestInfrastructure;
import vn.lienhiep.testing.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event store written by the release before per-act events (src/test/resources/eventstore, ADR 0012) loads in
 * this one: the rows are inserted as that release stored them (payloadrevision null, MemberStatusChanged among
 * them) into a fresh store, and then every organisation reads through the API as the rows say, the old aggregates
 * take new commands, and the public events published for the rows are the ones published then — same CloudEvents
 * ids, types and data.
 *
 * <p>Its own service (data directory, Mongo database and topic), so the shared ApiTestBase service is not disturbed;
 * closed after the class, so its consumers leave the shared consumer groups.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EarlierReleaseStoreTest extends ServiceApiTest {

    private static final Path DATA_DIR = TestInfrastructure.newDataDir();
    private static final String DATABASE = "lienhiep_membership_old_" + UUID.randomUUID().toString().substring(0, 8);
    private static final String TOPIC = "lienhiep.membership.v1.earlier-release-" + UUID.randomUUID();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORGS = "/api/membership/organizations";
    private static final String EVENTS = "vn.lienhiep.membership.organization.domain.OrganizationEvents$";

    /** The old release's status after each organisation event (MemberStatusChanged says its own). */
    private static final Map<String, String> STATUS_AFTER = Map.of(
            "Applied", "SUBMITTED", "SupplementRequested", "INCOMPLETE", "Resubmitted", "SUBMITTED",
            "Verified", "UNDER_REVIEW", "AdmissionRecommended", "RECOMMENDED", "Admitted", "ACTIVE",
            "Rejected", "REJECTED");

    private static List<JsonNode> rows;
    private static boolean loaded;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "membership", DATA_DIR, DATABASE);
        registry.add("lienhiep.publishing.topic", () -> TOPIC);
    }

    @BeforeEach
    void theOldRowsAreInTheStore() throws IOException {
        if (loaded) {
            return;
        }
        rows = new ArrayList<>(lines("/eventstore/membership-sonla.jsonl"));
        rows.addAll(lines("/eventstore/membership-laocai.jsonl"));
        for (JsonNode row : rows) {
            assertThat(row.get("payloadRevision").isNull()).as("written before revisions existed").isTrue();
            jdbc.update("INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, "
                        + "payloadtype, payloadrevision, payload, metadata, timestamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        row.get("eventIdentifier").asText(), row.get("aggregateIdentifier").asText(),
                        row.get("sequenceNumber").asLong(), row.get("type").asText(), row.get("payloadType").asText(),
                        null, row.get("payload").asText().getBytes(StandardCharsets.UTF_8),
                        row.get("metaData").asText().getBytes(StandardCharsets.UTF_8), row.get("timestamp").asText());
        }
        Map<String, List<JsonNode>> byOrganization = organizationRows();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                byOrganization.entrySet().stream().allMatch(org -> {
                    HttpJson.Response r = http.get(ORGS + "/" + org.getKey());
                    return r.status() == 200 && r.json().path("version").asLong() == org.getValue().size() - 1;
                }));
        loaded = true;
    }

    @Test
    @Order(1)
    void everyOrganisationHasTheStatusAndTheHistoryTheOldRowsSay() {
        Map<String, List<JsonNode>> byOrganization = organizationRows();
        assertThat(byOrganization).hasSize(25);
        for (Map.Entry<String, List<JsonNode>> org : byOrganization.entrySet()) {
            List<JsonNode> events = org.getValue();
            JsonNode view = http.get(ORGS + "/" + org.getKey()).json();
            assertThat(view.path("status").asText()).as(org.getKey()).isEqualTo(statusAfter(events));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    http.get(ORGS + "/" + org.getKey() + "/history").json().path("totalItems").asInt())
                    .as("one history line per event of " + org.getKey()).isEqualTo(events.size()));
            Map<Long, JsonNode> lines = new LinkedHashMap<>();
            http.get(ORGS + "/" + org.getKey() + "/history?size=200").json().path("items")
                .forEach(line -> lines.put(line.path("sequence").asLong(), line));
            for (JsonNode row : events) {
                JsonNode line = lines.get(row.get("sequenceNumber").asLong());
                assertThat(line.path("recordedAt").asText()).isEqualTo(row.get("timestamp").asText());
                assertThat(line.path("actingUser").asText()).isEqualTo("lienhiep-launcher");
                JsonNode payload = payload(row);
                String type = row.get("payloadType").asText().substring(EVENTS.length());
                if (payload.path("decision").isObject() && !type.equals("Renamed")) {
                    // A status change takes effect on its decision's date.
                    assertThat(line.path("decision").path("number").asText())
                            .isEqualTo(payload.path("decision").path("number").asText());
                    assertThat(line.path("effectiveDate").asText())
                            .isEqualTo(payload.path("decision").path("date").asText());
                }
            }
        }
    }

    /** The six decisions stored as MemberStatusChanged read exactly as the old release wrote them in the history. */
    @Test
    @Order(2)
    void theDecisionsOnMembersReadInTheHistoryAsTheyDidBefore() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("9b3fe903-405d-4545-a9d0-62de45e7d62b:3", "Đang hoạt động → Tạm đình chỉ: Không sinh hoạt");
        expected.put("9b3fe903-405d-4545-a9d0-62de45e7d62b:4", "Tạm đình chỉ → Đang hoạt động: Hoạt động trở lại");
        expected.put("756347bd-fb96-4ea3-8a88-f16eec592f4f:3", "Đang hoạt động → Đã rút khỏi Liên hiệp: Xin rút");
        expected.put("0e5f1db9-9293-44f3-aa39-d156d95f71d9:3", "Đang hoạt động → Tạm đình chỉ: Vi phạm");
        expected.put("0e5f1db9-9293-44f3-aa39-d156d95f71d9:4", "Tạm đình chỉ → Bị khai trừ: Vi phạm điều lệ");
        expected.put("606dce9d-16b4-48d5-824e-18cb0fe36f94:3", "Đang hoạt động → Đã giải thể: Giải thể");
        expected.forEach((key, summary) -> {
            String id = key.substring(0, key.indexOf(':'));
            long sequence = Long.parseLong(key.substring(key.indexOf(':') + 1));
            JsonNode line = null;
            for (JsonNode l : http.get(ORGS + "/" + id + "/history?size=200").json().path("items")) {
                if (l.path("sequence").asLong() == sequence) {
                    line = l;
                }
            }
            assertThat(line).as(key).isNotNull();
            assertThat(line.path("summaryVi").asText()).as(key).isEqualTo(summary);
        });
        JsonNode expelled = http.get(ORGS + "/0e5f1db9-9293-44f3-aa39-d156d95f71d9").json();
        List<String> timeline = new ArrayList<>();
        expelled.path("statusTimeline").forEach(entry -> timeline.add(entry.path("status").asText() + " by "
                                                                      + entry.path("transition").asText("-")));
        assertThat(timeline).containsExactly("SUBMITTED by -", "ACTIVE by ADMIT", "SUSPENDED by SUSPEND",
                                             "EXPELLED by EXPEL");
    }

    /** The old aggregates load (through the upcaster) and take this release's commands, judged on their old state. */
    /** Last: it adds events to the old aggregates. */
    @Test
    @Order(4)
    void theOldAggregatesTakeNewCommands() {
        String reinstated = ORGS + "/9b3fe903-405d-4545-a9d0-62de45e7d62b";
        // Reinstated on 01/03/2020 by a stored MemberStatusChanged: a suspension dated before it is refused...
        HttpJson.Response early = http.post(reinstated + "/suspension", Map.of("decision", decision("21/QĐ-LHH",
                "2020-02-01", "BTV"), "reason", "Không nộp báo cáo"));
        assertThat(early.status()).as(early.toString()).isEqualTo(422);
        assertThat(early.json().path("rule").asText()).isEqualTo("membership.decision.date-before-previous");
        // ...one dated after it is a suspension of an active member, and it can be reinstated again.
        HttpJson.Response suspended = http.post(reinstated + "/suspension", Map.of("decision", decision("22/QĐ-LHH",
                "2024-02-01", "BTV"), "reason", "Không nộp báo cáo"));
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
        assertThat(suspended.json().path("status").asText()).isEqualTo("SUSPENDED");
        assertThat(suspended.json().path("version").asLong()).isEqualTo(5);
        HttpJson.Response back = http.post(reinstated + "/reinstatement", Map.of("decision", decision("23/QĐ-LHH",
                "2024-06-01", "BTV")));
        assertThat(back.status()).as(back.toString()).isEqualTo(200);
        assertThat(back.json().path("status").asText()).isEqualTo("ACTIVE");

        // Expelled by a stored MemberStatusChanged: final.
        HttpJson.Response again = http.post(ORGS + "/0e5f1db9-9293-44f3-aa39-d156d95f71d9/dissolution", Map.of(
                "decision", decision("24/QĐ-UBND", "2024-01-01", "UBND_TINH"), "reason", "Giải thể"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().path("rule").asText()).isEqualTo("membership.organization.transition-not-allowed");
        assertThat(again.json().path("details").path("status").asText()).isEqualTo("EXPELLED");

        // Withdrawn by a stored MemberStatusChanged: it was admitted once, so it still reports its counts.
        HttpJson.Response counts = http.post(ORGS + "/756347bd-fb96-4ea3-8a88-f16eec592f4f/member-counts",
                Map.of("asOf", "2021-04-30", "members", 30, "intellectualMembers", 12));
        assertThat(counts.status()).as(counts.toString()).isEqualTo(200);
        assertThat(counts.json().path("status").asText()).isEqualTo("WITHDRAWN");
    }

    /** What the publisher emits for the old rows is what the old release published: ids, types, data. */
    @Test
    @Order(3)
    void thePublicEventsOfTheOldRowsAreTheOnesPublishedThen() throws IOException {
        Map<String, JsonNode> published = new LinkedHashMap<>();
        for (JsonNode event : lines("/eventstore/topic-lienhiep.membership.v1-sonla.txt.jsonl")) {
            published.put(event.get("id").asText(), event);
        }
        assertThat(published).hasSize(29);
        List<ConsumerRecord<String, CloudEvent>> records = TopicReader.read(TestInfrastructure.kafkaBootstrap(), TOPIC,
                r -> published.containsKey(r.value().getId()), published.size(), Duration.ofSeconds(60));

        assertThat(records.stream().map(r -> r.value().getId()).collect(Collectors.toSet()))
                .isEqualTo(published.keySet());
        assertThat(records).as("each exactly once").hasSize(published.size());
        for (ConsumerRecord<String, CloudEvent> record : records) {
            CloudEvent now = record.value();
            JsonNode then = published.get(now.getId());
            assertThat(now.getType()).isEqualTo(then.get("type").asText());
            assertThat(now.getSource().toString()).isEqualTo(then.get("source").asText());
            assertThat(now.getSubject()).isEqualTo(then.get("subject").asText());
            assertThat(String.valueOf(now.getDataSchema())).isEqualTo(then.get("dataschema").asText());
            assertThat(record.key()).isEqualTo(then.get("subject").asText());
            assertThat(JSON.readTree(now.getData().toBytes())).as(now.getId()).isEqualTo(then.get("data"));
        }
        Set<String> statusChanges = records.stream().filter(r -> r.value().getType().endsWith("status-changed.v1"))
                                           .map(r -> r.value().getId()).collect(Collectors.toSet());
        assertThat(statusChanges).as("one per stored MemberStatusChanged").hasSize(6);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static Map<String, List<JsonNode>> organizationRows() {
        Map<String, List<JsonNode>> byOrganization = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            if (row.get("type").asText().equals("MemberOrganization")) {
                byOrganization.computeIfAbsent(row.get("aggregateIdentifier").asText(), id -> new ArrayList<>()).add(row);
            }
        }
        return byOrganization;
    }

    /** The status the old release's rows leave an organisation in, read from the rows alone. */
    private static String statusAfter(List<JsonNode> events) {
        String status = null;
        for (JsonNode row : events) {
            String type = row.get("payloadType").asText().substring(EVENTS.length());
            if (type.equals("MemberStatusChanged")) {
                status = payload(row).get("status").asText();
            } else if (STATUS_AFTER.containsKey(type)) {
                status = STATUS_AFTER.get(type);
            }
        }
        return status;
    }

    private static JsonNode payload(JsonNode row) {
        try {
            return JSON.readTree(row.get("payload").asText());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> decision(String number, String date, String body) {
        return Map.of("number", number, "date", date, "issuedBy", body, "signer", "Chủ tịch");
    }

    private static List<JsonNode> lines(String resource) throws IOException {
        try (InputStream in = EarlierReleaseStoreTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            List<JsonNode> parsed = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    parsed.add(JSON.readTree(line));
                }
            }
            return parsed;
        }
    }
}
