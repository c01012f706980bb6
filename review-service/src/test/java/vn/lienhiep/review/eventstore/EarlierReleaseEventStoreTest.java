package vn.lienhiep.review.eventstore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.review.ApiTestBase;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestInfrastructure;
import vn.lienhiep.testing.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event store written by the release before stored events had revisions loads after every change since
 * (ADR 0012): the rows of review's store as that release wrote them for the Lào Cai and Sơn La demos
 * (src/test/resources/eventstore, payloadrevision null) are inserted into the running service's store, then the
 * engagements and plans read as the rows say, commands on old aggregates succeed (they load through the upcasters),
 * and the public events published for those rows are the ones that release published: same CloudEvents ids, types,
 * subjects, times and data as its topic, expert-assigned included (announced then on acceptance; the panels formed
 * then announce no seat again).
 */
class EarlierReleaseEventStoreTest extends ApiTestBase {

    private static final String E = "/api/review/engagements";
    private static final String TOPIC = "lienhiep.review.v1";

    // Sơn La: the 2015 plan, the party-congress workshop taken to closed and published, a request left at accepted.
    private static final String SL_PLAN = "0e4a20d5-a949-4ff8-aa0f-a64c2938a865";
    private static final String SL_CONGRESS = "5ab00dad-2f7e-4bc2-93a0-be4a589617ca";
    private static final String SL_MOC_CHAU = "9846864f-8640-4e0e-bc01-29d0a3a4c622";
    // Lào Cai: the expert group on the bridge design and the self-initiated study, both in progress.
    private static final String LC_BRIDGE = "7f31af44-7bfa-4d33-a5e2-60b8ab3ebc1f";
    private static final String LC_STUDY = "3d4b7835-64e8-4ca9-80a2-98763e56aee7";

    private static List<JsonNode> sonLa;
    private static List<JsonNode> laoCai;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void insertTheOldRows() {
        if (sonLa != null) {
            return;
        }
        sonLa = lines("/eventstore/review-sonla.jsonl");
        laoCai = lines("/eventstore/review-laocai.jsonl");
        List<JsonNode> rows = new ArrayList<>(sonLa);
        rows.addAll(laoCai);
        for (JsonNode row : rows) {
            assertThat(row.path("payloadRevision").isNull()).as("written before revisions existed").isTrue();
            jdbc.update("INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type,"
                        + " payloadtype, payloadrevision, payload, metadata, timestamp) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?)",
                        row.path("eventIdentifier").asText(), row.path("aggregateIdentifier").asText(),
                        row.path("sequenceNumber").asLong(), row.path("type").asText(),
                        row.path("payloadType").asText(), bytes(row.path("payload").asText()),
                        bytes(row.path("metaData").asText()), row.path("timestamp").asText());
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                status(SL_CONGRESS).equals("CLOSED") && status(LC_BRIDGE).equals("IN_PROGRESS")
                && http.get("/api/review/plans/" + SL_PLAN).status() == 200);
    }

    private HttpJson coordinator() {
        return as("tvpb-old-store", Role.REVIEW_COORDINATOR);
    }

    @Test
    void everyEngagementAndPlanReadsAsTheRowsSay() {
        Map<String, Long> lastSequence = new LinkedHashMap<>();
        for (JsonNode row : concat()) {
            lastSequence.merge(row.path("aggregateIdentifier").asText(), row.path("sequenceNumber").asLong(), Math::max);
        }
        for (Map.Entry<String, Long> aggregate : lastSequence.entrySet()) {
            boolean plan = concat().stream().anyMatch(r -> r.path("aggregateIdentifier").asText().equals(aggregate.getKey())
                                                           && r.path("type").asText().equals("AnnualReviewPlan"));
            String path = (plan ? "/api/review/plans/" : E + "/") + aggregate.getKey();
            JsonNode read = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                    .until(() -> coordinator().get(path).json(), j -> j.path("version").asLong() == aggregate.getValue());
            assertThat(read.path("id").asText()).isEqualTo(aggregate.getKey());
        }

        JsonNode congress = coordinator().get(E + "/" + SL_CONGRESS).json();
        assertThat(congress.path("title").asText()).isEqualTo("Dự thảo Văn kiện Đại hội đại biểu Đảng bộ tỉnh Sơn La lần thứ XIV");
        assertThat(congress.path("adoption").asText()).isEqualTo("ADOPTED");
        assertThat(congress.path("published").asBoolean()).isTrue();
        assertThat(congress.path("year").asInt()).isEqualTo(2015);
        assertThat(congress.path("panel").size()).isEqualTo(3);
        assertThat(congress.path("panel").findValuesAsText("invitation")).containsOnly("CONFIRMED");
        assertThat(congress.path("panel").findValuesAsText("acceptedOn")).containsOnly("2026-12-02");
        assertThat(congress.path("sentReport").path("sentOn").asText()).isEqualTo("2015-05-05");
        assertThat(status(SL_MOC_CHAU)).isEqualTo("ACCEPTED");
        assertThat(status(LC_STUDY)).isEqualTo("IN_PROGRESS");
        assertThat(coordinator().get(E + "/" + LC_STUDY).json().path("year").asInt())
                .as("a self-initiated study counts from the consent of 15/03/2021").isEqualTo(2021);

        JsonNode plan = coordinator().get("/api/review/plans/" + SL_PLAN).json();
        assertThat(plan.path("status").asText()).isEqualTo("APPROVED");
        assertThat(plan.path("year").asInt()).isEqualTo(2015);
        assertThat(plan.path("items")).hasSize(2);
        assertThat(plan.path("items").findValuesAsText("engagementId")).contains(SL_CONGRESS);
        assertThat(plan.path("costs")).hasSize(1);

        // R-R1 for 2015 counts the Sơn La workshop (nothing else in this service's data arrived in 2015).
        JsonNode of2015 = coordinator().get("/api/review/statistics?year=2015").json();
        assertThat(of2015.path("requestsReceived").asLong()).isEqualTo(1);
        assertThat(of2015.path("closed").asLong()).isEqualTo(1);
        assertThat(of2015.path("workshopsHeld").asLong()).isEqualTo(1);
        assertThat(of2015.path("byForm").path("WORKSHOP").asLong()).isEqualTo(1);
        assertThat(of2015.path("adoption").path("engagements").path("ADOPTED").asLong()).isEqualTo(1);
        assertThat(coordinator().get("/api/review/statistics?year=2015&asOf=2015-03-03").json()
                                .path("engagements").asLong()).as("accepted on 04/03/2015").isZero();
    }

    @Test
    void commandsOnOldAggregatesSucceedThroughTheUpcasters() {
        // Accepted under the old release: planned now.
        HttpJson.Response planned = coordinator().post(E + "/" + SL_MOC_CHAU + "/plan", Map.of(
                "forms", List.of("WRITTEN_COMMENTS"), "fundingSource", "SPONSOR", "estimateVnd", 5_000_000, "planYear", 2024));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(200);
        assertThat(planned.json().path("status").asText()).isEqualTo("PLANNED");
        assertThat(planned.json().path("version").asLong()).isEqualTo(2);

        // An expert group formed under the old release (invitations, acceptances and the formation all revision 1):
        // a confirmed member's opinion goes in, and the collection closes.
        String chair = "2d9f64b6-0e11-3549-8fc5-7faecf0e1596";
        HttpJson.Response opinion = coordinator().post(E + "/" + LC_BRIDGE + "/opinions",
                Map.of("expertId", chair, "text", "Phương án kiến trúc cần tính thêm tải trọng lũ."));
        assertThat(opinion.status()).as(opinion.toString()).isEqualTo(200);
        HttpJson.Response outsider = coordinator().post(E + "/" + LC_BRIDGE + "/opinions",
                Map.of("expertId", "f9679057-aa28-3145-9f96-b959b5224cec", "text", "Không có trong tổ."));
        assertThat(outsider.status()).isEqualTo(422);
        assertThat(outsider.json().path("rule").asText()).isEqualTo("review.opinion.not-on-panel");

        // The self-initiated study, consented to under the old release (ReviewProposalApproved revision 1).
        HttpJson.Response closed = coordinator().post(E + "/" + LC_STUDY + "/collection-closure", Map.of());
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().path("status").asText()).isEqualTo("DRAFTING");
    }

    @Test
    void thePublicEventsOfTheOldRowsAreTheOnesThatReleasePublished() {
        List<JsonNode> published = lines("/eventstore/topic-lienhiep.review.v1-sonla.txt.jsonl");
        Map<String, List<JsonNode>> byEngagement = published.stream()
                .collect(Collectors.groupingBy(e -> e.path("subject").asText(), LinkedHashMap::new, Collectors.toList()));
        assertThat(byEngagement.keySet()).containsExactly(SL_CONGRESS, SL_MOC_CHAU);
        for (Map.Entry<String, List<JsonNode>> engagement : byEngagement.entrySet()) {
            List<ConsumerRecord<String, CloudEvent>> records = TopicReader.forKey(TestInfrastructure.kafkaBootstrap(),
                    TOPIC, engagement.getKey(), engagement.getValue().size(), Duration.ofSeconds(30));
            assertThat(records).as("what the old topic holds for " + engagement.getKey())
                               .hasSize(engagement.getValue().size());
            for (int i = 0; i < records.size(); i++) {
                CloudEvent now = records.get(i).value();
                JsonNode then = engagement.getValue().get(i);
                assertThat(now.getId()).isEqualTo(then.path("id").asText());
                assertThat(now.getType()).isEqualTo(then.path("type").asText());
                assertThat(now.getSubject()).isEqualTo(then.path("subject").asText());
                assertThat(now.getSource().toString()).isEqualTo(then.path("source").asText());
                assertThat(now.getTime().toInstant()).isEqualTo(OffsetDateTime.parse(then.path("time").asText()).toInstant());
                assertThat(now.getExtension("aggregatesequence").toString())
                        .isEqualTo(then.path("aggregatesequence").asText());
                assertThat(data(now)).as(now.getType()).isEqualTo(then.path("data"));
            }
        }

        // Lào Cai (no topic kept): its experts were announced on acceptance, with the acceptances' own ids, and the
        // panels formed then announce no seat a second time; the study consented to then was never announced.
        Map<String, String> acceptanceIds = new LinkedHashMap<>();
        Map<String, String> formationIds = new LinkedHashMap<>();
        for (JsonNode row : laoCai) {
            String type = row.path("payloadType").asText();
            if (type.endsWith("$ExpertAssignedToReview")) {
                acceptanceIds.put(row.path("eventIdentifier").asText(), row.path("aggregateIdentifier").asText());
            }
            if (type.endsWith("$ReviewPanelFormed")) {
                formationIds.put(row.path("eventIdentifier").asText(), row.path("aggregateIdentifier").asText());
            }
        }
        List<ConsumerRecord<String, CloudEvent>> bridge = TopicReader.forKey(TestInfrastructure.kafkaBootstrap(), TOPIC,
                LC_BRIDGE, 6, Duration.ofSeconds(30));
        assertThat(bridge).extracting(r -> r.value().getType().replace("vn.lienhiep.review.", "")).containsExactly(
                "request-received.v1", "engagement-accepted.v1", "expert-assigned.v1", "expert-assigned.v1",
                "expert-assigned.v1", "panel-formed.v1");
        for (ConsumerRecord<String, CloudEvent> record : bridge) {
            if (record.value().getType().endsWith("expert-assigned.v1")) {
                assertThat(acceptanceIds).containsKey(record.value().getId());
            }
            if (record.value().getType().endsWith("panel-formed.v1")) {
                assertThat(formationIds).containsKey(record.value().getId());
            }
        }
        List<ConsumerRecord<String, CloudEvent>> study = TopicReader.forKey(TestInfrastructure.kafkaBootstrap(), TOPIC,
                LC_STUDY, 4, Duration.ofSeconds(30));
        assertThat(study).extracting(r -> r.value().getType().replace("vn.lienhiep.review.", "")).containsExactly(
                "engagement-accepted.v1", "expert-assigned.v1", "expert-assigned.v1", "panel-formed.v1");
    }

    // --- helpers -----------------------------------------------------------------------------------------------------

    private String status(String engagementId) {
        HttpJson.Response r = coordinator().get(E + "/" + engagementId);
        return r.status() == 200 ? r.json().path("status").asText() : "";
    }

    private static List<JsonNode> concat() {
        List<JsonNode> all = new ArrayList<>(sonLa);
        all.addAll(laoCai);
        return all;
    }

    private static JsonNode data(CloudEvent event) {
        try {
            return HttpJson.json().readTree(event.getData().toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<JsonNode> lines(String resource) {
        try (InputStream in = EarlierReleaseEventStoreTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            List<JsonNode> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    rows.add(HttpJson.json().readTree(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
