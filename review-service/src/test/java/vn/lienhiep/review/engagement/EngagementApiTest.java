package vn.lienhiep.review.engagement;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.review.ApiTestBase;
import vn.lienhiep.review.common.domain.PoolExpert;
import vn.lienhiep.review.engagement.domain.EngagementEvents;
import vn.lienhiep.review.engagement.projection.EngagementProjection;
import vn.lienhiep.review.expertpool.infrastructure.JdbcExpertPool;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestInfrastructure;
import vn.lienhiep.testing.TopicReader;
import vn.lienhiep.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Lào Cai engagement from request to closed with adoption, through HTTP with the roles that act in real life (the
 * review department, the leadership, the requesting body itself), and what each of them may see on the way.
 */
class EngagementApiTest extends ApiTestBase {

    private static final String E = "/api/review/engagements";
    private static final String DRAFTING_BODY = "Sở Kế hoạch và Đầu tư tỉnh Lào Cai";

    @Autowired
    JdbcExpertPool pool;
    @Autowired
    EngagementProjection projection;
    @Autowired
    EventStore eventStore;

    private final LocalDate today = LocalDate.now(Clocks.VIETNAM);

    private HttpJson coordinator() {
        return as("tvpb", Role.REVIEW_COORDINATOR);
    }

    private HttpJson leadership() {
        return as("thuong-truc", Role.UNION_LEADERSHIP);
    }

    private HttpJson requester(String requesterId) {
        return as(TestTokens.shared().user("vp-" + requesterId).roles(Role.REQUESTER).requester(requesterId).bearer());
    }

    @Test
    void aCommissionedCritiqueGoesFromRequestToClosedWithAdoptionRecorded() {
        String requesterId = "ubnd-tinh-lao-cai-" + UUID.randomUUID().toString().substring(0, 6);
        List<String> panel = new ArrayList<>();
        for (String role : List.of("CHAIR", "SECRETARY", "CRITIC", "CRITIC", "MEMBER")) {
            panel.add(expert("Chuyên gia " + role, "Trường Cao đẳng Lào Cai"));
        }
        String conflicted = expert("Phạm Quốc Tuấn", "Sở Kế hoạch và Đầu tư tỉnh  Lào Cai");

        String id = created(coordinator().post(E, registration(requesterId, today.minusDays(40))));
        awaitStatus(id, "RECEIVED");
        HttpJson.Response read = coordinator().get(E + "/" + id);
        assertThat(read.json().path("due").path("regulation").asText()).contains("92/2006");
        assertThat(read.json().path("requester").path("id").asText()).isEqualTo(requesterId);

        ok(leadership().post(E + "/" + id + "/acceptance", Map.of("decision", decision("31/QĐ-LHH", today.minusDays(38)))));
        ok(coordinator().post(E + "/" + id + "/plan", Map.of("forms", List.of("COUNCIL"), "fundingSource", "REQUESTER_CONTRACT",
                                                           "estimateVnd", 45_000_000, "planYear", today.getYear(),
                                                           "contractRef", "HĐ 12/" + today.getYear() + "/HĐ-LHH")));
        List<String> roles = List.of("CHAIR", "SECRETARY", "CRITIC", "CRITIC", "MEMBER");
        for (int i = 0; i < panel.size(); i++) {
            ok(coordinator().post(E + "/" + id + "/panel/invitations", Map.of("expertId", panel.get(i), "role", roles.get(i))));
        }

        // The conflicted expert is refused with the rule named and the employer that caused it; nothing changes.
        HttpJson.Response refused = coordinator().post(E + "/" + id + "/panel/invitations",
                                                       Map.of("expertId", conflicted, "role", "CRITIC"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("rule").asText()).isEqualTo("review.panel.conflict-employer");
        assertThat(refused.toString()).contains(conflicted);

        for (String expert : panel) {
            ok(coordinator().post(E + "/" + id + "/panel/" + expert + "/acceptance", Map.of()));
        }
        // Confirming before the declarations are signed names the rule.
        HttpJson.Response early = coordinator().post(E + "/" + id + "/panel/confirmation", Map.of());
        assertThat(early.status()).as(early.toString()).isEqualTo(422);
        assertThat(early.json().path("rule").asText()).isEqualTo("review.panel.declaration-missing");
        for (String expert : panel) {
            ok(coordinator().post(E + "/" + id + "/panel/" + expert + "/declaration",
                                  Map.of("interests", List.of(), "signedOn", today.minusDays(30).toString(),
                                         "nonDisclosureSigned", true)));
        }
        ok(coordinator().post(E + "/" + id + "/panel/confirmation", Map.of()));
        ok(coordinator().post(E + "/" + id + "/opinions", Map.of("expertId", panel.get(2),
                "text", "Báo cáo ĐMC chưa đánh giá đủ tác động đến rừng phòng hộ đầu nguồn.")));
        ok(coordinator().post(E + "/" + id + "/collection-closure", Map.of()));
        ok(coordinator().post(E + "/" + id + "/report/drafts", Map.of(
                "summary", "Hội đồng thống nhất góp ý ba nội dung.",
                "recommendations", List.of("Bổ sung đánh giá tác động đến rừng phòng hộ.",
                                           "Làm rõ phương án tái định cư.", "Điều chỉnh chỉ tiêu tăng trưởng."),
                "dissentingOpinions", List.of(Map.of("expertId", panel.get(3), "text", "Chỉ tiêu tăng trưởng là khả thi.")))));
        ok(coordinator().post(E + "/" + id + "/report/submission", Map.of()));

        // Opinions and drafts are the panel's: the office sees the engagement without them, the requester sees
        // neither nor the panel, another requester sees nothing at all.
        awaitStatus(id, "INTERNAL_APPROVAL");
        assertThat(coordinator().get(E + "/" + id).json().has("opinions")).isTrue();
        JsonNode office = as("van-phong", Role.UNION_STAFF).get(E + "/" + id).json();
        assertThat(office.has("opinions")).isFalse();
        assertThat(office.has("drafts")).isFalse();
        JsonNode own = requester(requesterId).get(E + "/" + id).json();
        assertThat(own.path("status").asText()).isEqualTo("INTERNAL_APPROVAL");
        assertThat(own.has("opinions") || own.has("drafts") || own.has("panel")).isFalse();
        assertThat(requester("ubnd-huyen-khac").get(E + "/" + id).status()).isEqualTo(404);
        assertThat(requester(requesterId).get(E + "?size=50").json().path("totalItems").asLong()).isEqualTo(1);

        ok(leadership().post(E + "/" + id + "/report/sending", Map.of(
                "decision", decision("27/LHH-TVPB", today.minusDays(5)), "signedBy", "Chủ tịch",
                "sentOn", today.minusDays(5).toString())));
        awaitStatus(id, "REPORT_SENT");
        JsonNode sent = requester(requesterId).get(E + "/" + id).json();
        assertThat(sent.path("sentReport").path("recommendations")).hasSize(3);
        assertThat(sent.path("sentReport").path("recommendations").get(0).path("recommendationId").asText()).isEqualTo("R1");

        // The requesting body answers itself, per recommendation.
        ok(requester(requesterId).post(E + "/" + id + "/response", Map.of(
                "receivedOn", today.minusDays(1).toString(),
                "answers", List.of(Map.of("recommendationId", "R1", "adoption", "ADOPTED"),
                                   Map.of("recommendationId", "R2", "adoption", "PARTIALLY_ADOPTED",
                                          "explanation", "Tiếp thu một phần."),
                                   Map.of("recommendationId", "R3", "adoption", "NOT_ADOPTED",
                                          "explanation", "Giữ chỉ tiêu đã được Tỉnh ủy thông qua.")))));
        ok(coordinator().post(E + "/" + id + "/closure", Map.of()));
        JsonNode closed = awaitStatus(id, "CLOSED");
        assertThat(closed.path("adoption").asText()).isEqualTo("PARTIALLY_ADOPTED");
        assertThat(closed.path("adoptionCounts").path("adopted").asInt()).isEqualTo(1);

        // Published only once the union decides: then the public sees title, requester and adoption, nothing else.
        assertThat(as((String) null).get("/api/review/outcomes?size=100").body()).doesNotContain(id);
        ok(leadership().post(E + "/" + id + "/publication", Map.of("publish", true)));
        JsonNode outcome = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> publicOutcome(id), o -> o != null);
        assertThat(outcome.path("adoption").asText()).isEqualTo("PARTIALLY_ADOPTED");
        assertThat(outcome.has("sentReport") || outcome.has("panel") || outcome.has("opinions")).isFalse();

        // At-least-once: every event of the engagement delivered to the projection a second time changes nothing
        // (the push-style timeline and lists included).
        String stored = coordinator().get(E + "/" + id).body();
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        eventStore.readEvents(id).asStream().forEach(event -> {
            try {
                handlers.handle(event);
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
        assertThat(coordinator().get(E + "/" + id).body()).isEqualTo(stored);
        assertThat(coordinator().get(E + "/" + id).json().path("statusTimeline").size()).isEqualTo(
                (int) eventStore.readEvents(id).asStream()
                        .filter(m -> m.getPayload() instanceof EngagementEvents.StatusChanged).count());

        // Other contexts and provinces heard the story in order, each payload valid against its schema (the publisher
        // validates), the experts by id only; nothing of the opinions or drafts.
        List<ConsumerRecord<String, CloudEvent>> records = TopicReader.forKey(TestInfrastructure.kafkaBootstrap(),
                "lienhiep.review.v1", id, 12, Duration.ofSeconds(20));
        assertThat(records).extracting(r -> r.value().getType().replace("vn.lienhiep.review.", "")).containsExactly(
                "request-received.v1", "engagement-accepted.v1", "expert-assigned.v1", "expert-assigned.v1",
                "expert-assigned.v1", "expert-assigned.v1", "expert-assigned.v1", "panel-formed.v1", "report-sent.v1",
                "response-recorded.v1", "engagement-closed.v1", "outcome-published.v1");
        String closedEvent = records.get(10).value().getData().toString();
        assertThat(closedEvent).contains(panel.get(0)).contains("PARTIALLY_ADOPTED").doesNotContain(conflicted);
        assertThat(records.toString() + records.stream().map(r -> r.value().getData().toString()).toList())
                .doesNotContain("rừng phòng hộ đầu nguồn");
    }

    @Test
    void aRequestSentByTheRequestingBodyItselfIsAlwaysItsOwn() {
        String own = "so-gtvt-" + UUID.randomUUID().toString().substring(0, 6);
        String id = created(requester(own).post(E, registration("someone-else", today.minusDays(2))));
        JsonNode seen = awaitStatus(id, "RECEIVED");
        assertThat(seen.path("requester").path("id").asText()).as("the account's scope, not the body's claim").isEqualTo(own);
        assertThat(requester(own).get(E + "/" + id).status()).isEqualTo(200);
        assertThat(requester("someone-else").get(E + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void statisticsAnswerForTodayAndForAnEarlierDate() {
        String requesterId = "so-xay-dung-" + UUID.randomUUID().toString().substring(0, 6);
        int year = 2019;
        JsonNode before = coordinator().get("/api/review/statistics?year=" + year + "&asOf=2019-03-31").json();
        String id = created(coordinator().post(E, registration(requesterId, LocalDate.of(year, 3, 4))));
        awaitStatus(id, "RECEIVED");
        ok(leadership().post(E + "/" + id + "/acceptance", Map.of("decision", decision("9/QĐ-LHH", LocalDate.of(year, 4, 2)))));
        awaitStatus(id, "ACCEPTED");

        JsonNode march = coordinator().get("/api/review/statistics?year=" + year + "&asOf=2019-03-31").json();
        JsonNode now = coordinator().get("/api/review/statistics?year=" + year).json();
        assertThat(march.path("requestsReceived").asLong()).isEqualTo(before.path("requestsReceived").asLong() + 1);
        assertThat(march.path("engagements").asLong()).as("not yet accepted on 31/03").isEqualTo(before.path("engagements").asLong());
        assertThat(now.path("engagements").asLong()).isEqualTo(march.path("engagements").asLong() + 1);
        assertThat(now.path("bySubjectType").path("ENVIRONMENTAL_ASSESSMENT").asLong()).isPositive();
        assertThat(coordinator().get("/api/review/statistics?asOf=not-a-date").status()).isEqualTo(400);
    }

    @Test
    void badInputIsRefusedClearlyAndChangesNothing() {
        HttpJson.Response missing = coordinator().post(E, Map.of("origin", "COMMISSIONED"));
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.body()).contains("request");

        String id = created(coordinator().post(E, registration("x-" + UUID.randomUUID(), today.minusDays(3))));
        awaitStatus(id, "RECEIVED");
        HttpJson.Response stale = leadership().post(E + "/" + id + "/acceptance", Map.of("decision", decision("1/QĐ", today)),
                                                    Map.of("If-Match", "\"7\""));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        HttpJson.Response outOfTurn = coordinator().post(E + "/" + id + "/panel/confirmation", Map.of());
        assertThat(outOfTurn.status()).as(outOfTurn.toString()).isEqualTo(422);
        assertThat(outOfTurn.json().path("rule").asText()).isEqualTo("review.engagement.invalid-transition");
        assertThat(coordinator().post(E + "/no-such-engagement/acceptance", Map.of("decision", decision("1/QĐ", today)))
                                .status()).isIn(403, 404);
        assertThat(leadership().post(E + "/no-such-engagement/acceptance", Map.of("decision", decision("1/QĐ", today)))
                               .status()).isEqualTo(404);
        assertThat(coordinator().get(E + "/no-such-engagement").status()).isEqualTo(404);
        assertThat(coordinator().post(E + "/" + id + "/acceptance", Map.of("decision", decision("1/QĐ", today))).status())
                .as("accepting is the leadership's decision").isEqualTo(403);
        assertThat(coordinator().get(E + "/" + id).json().path("status").asText()).isEqualTo("RECEIVED");
    }

    @Test
    void anEngagementEnteredFromPaperShowsWhenEachActReallyHappenedAndCountsInTheYearItsRequestArrived() {
        String requesterId = "so-tai-chinh-" + UUID.randomUUID().toString().substring(0, 6);
        String expert = expert("Chuyên gia hồ sơ giấy", "Trường Cao đẳng Lào Cai");
        JsonNode before = coordinator().get("/api/review/statistics?year=2012").json();

        String id = created(coordinator().post(E, registration(requesterId, LocalDate.of(2012, 3, 1))));
        awaitStatus(id, "RECEIVED");
        ok(leadership().post(E + "/" + id + "/acceptance", Map.of("decision", decision("9/QĐ-LHH", LocalDate.of(2012, 3, 5)))));
        // Funded by the 2013 budget: the plan year is not the year the request arrived.
        ok(coordinator().post(E + "/" + id + "/plan", Map.of("forms", List.of("WRITTEN_COMMENTS"), "fundingSource", "SPONSOR",
                                                           "estimateVnd", 3_000_000, "planYear", 2013)));
        ok(coordinator().post(E + "/" + id + "/panel/invitations", Map.of("expertId", expert, "role", "MEMBER",
                                                                        "invitedOn", "2012-03-10")));
        ok(coordinator().post(E + "/" + id + "/panel/" + expert + "/acceptance", Map.of("acceptedOn", "2012-03-12")));
        ok(coordinator().post(E + "/" + id + "/panel/" + expert + "/declaration",
                              Map.of("interests", List.of(), "signedOn", "2012-03-12", "nonDisclosureSigned", true)));
        ok(coordinator().post(E + "/" + id + "/panel/confirmation", Map.of("formedOn", "2012-03-15")));
        ok(coordinator().post(E + "/" + id + "/opinions", Map.of("expertId", expert, "text", "Góp ý bằng văn bản.",
                                                                 "submittedOn", "2012-03-30")));
        ok(coordinator().post(E + "/" + id + "/collection-closure", Map.of()));
        ok(coordinator().post(E + "/" + id + "/report/drafts", Map.of("summary", "Góp ý bằng văn bản.",
                                                                      "recommendations", List.of("Làm rõ nguồn vốn."))));
        ok(coordinator().post(E + "/" + id + "/report/submission", Map.of()));
        ok(leadership().post(E + "/" + id + "/report/sending", Map.of("decision", decision("12/LHH-TVPB", LocalDate.of(2012, 4, 10)),
                "signedBy", "Chủ tịch", "sentOn", "2012-04-10")));
        ok(coordinator().post(E + "/" + id + "/response", Map.of("receivedOn", "2012-05-02",
                "answers", List.of(Map.of("recommendationId", "R1", "adoption", "ADOPTED")))));

        // Closed on paper on 05/05/2012: not before the response arrived, not in the future.
        HttpJson.Response early = coordinator().post(E + "/" + id + "/closure", Map.of("closedOn", "2012-05-01"));
        assertThat(early.status()).as(early.toString()).isEqualTo(422);
        assertThat(early.json().path("rule").asText()).isEqualTo("review.date-before-previous");
        HttpJson.Response future = coordinator().post(E + "/" + id + "/closure",
                                                      Map.of("closedOn", today.plusDays(2).toString()));
        assertThat(future.status()).as(future.toString()).isEqualTo(400);
        ok(coordinator().post(E + "/" + id + "/closure", Map.of("closedOn", "2012-05-05")));

        JsonNode closed = awaitStatus(id, "CLOSED");
        assertThat(closed.path("closedOn").asText()).isEqualTo("2012-05-05");
        assertThat(closed.path("year").asInt()).isEqualTo(2012);
        assertThat(closed.path("panel").path(expert).path("invitedOn").asText()).isEqualTo("2012-03-10");
        assertThat(closed.path("panel").path(expert).path("acceptedOn").asText()).isEqualTo("2012-03-12");
        assertThat(closed.path("panelFormedOn").asText()).isEqualTo("2012-03-15");
        assertThat(closed.path("opinions").path(expert).path("submittedOn").asText()).isEqualTo("2012-03-30");

        JsonNode of2012 = coordinator().get("/api/review/statistics?year=2012").json();
        assertThat(of2012.path("closed").asLong()).isEqualTo(before.path("closed").asLong() + 1);
        assertThat(coordinator().get("/api/review/statistics?year=2012&asOf=2012-05-04").json().path("closed").asLong())
                .as("closed on 05/05").isEqualTo(before.path("closed").asLong());
        // As the system knew it yesterday, the request had not been typed in yet.
        JsonNode knownYesterday = coordinator().get("/api/review/statistics?year=2012&knownAt="
                                                    + today.minusDays(1)).json();
        assertThat(knownYesterday.path("requestsReceived").asLong()).isEqualTo(before.path("requestsReceived").asLong());
        assertThat(knownYesterday.path("knownAt").asText()).isNotBlank();
        assertThat(of2012.path("byForm").path("WRITTEN_COMMENTS").asLong())
                .isEqualTo(before.path("byForm").path("WRITTEN_COMMENTS").asLong() + 1);
        assertThat(of2012.path("byForm").has("JOINT_SUPERVISION")).as("every category listed").isTrue();
        assertThat(coordinator().get(E + "?year=2012&size=100").body()).contains(id);
        assertThat(coordinator().get(E + "?year=2013&size=100").body()).doesNotContain(id);
        assertThat(coordinator().get("/api/review/statistics?knownAt=not-a-date").status()).isEqualTo(400);
    }

    @Test
    void theOverdueListAnswersForADayAsKnownOnAnother() {
        // Received 40 days ago and never decided: overdue today, but it was not known to anyone yesterday.
        String id = created(coordinator().post(E, registration("x-" + UUID.randomUUID(), today.minusDays(40))));
        awaitStatus(id, "RECEIVED");
        assertThat(coordinator().get("/api/review/engagements/overdue?size=200").body()).contains(id);
        assertThat(coordinator().get("/api/review/engagements/overdue?size=200&knownAt=" + today.minusDays(1)).body())
                .doesNotContain(id);
        assertThat(coordinator().get("/api/review/engagements/overdue?size=200&on=" + today.minusDays(39)).body())
                .as("not due yet then").doesNotContain(id);
    }

    @Test
    void aConfidentialRequestIsAnnouncedWithoutItsTitleAndAProposalWhenTheAuthorityConsents() {
        Map<String, Object> confidential = registration("x-" + UUID.randomUUID(), today.minusDays(3));
        @SuppressWarnings("unchecked")
        Map<String, Object> request = new HashMap<>((Map<String, Object>) confidential.get("request"));
        request.put("title", "Đề án mật về sắp xếp địa giới hành chính");
        request.put("confidential", true);
        String secret = created(coordinator().post(E, Map.of("origin", "ASSIGNED", "request", request)));
        JsonNode announced = data(TopicReader.forKey(TestInfrastructure.kafkaBootstrap(), "lienhiep.review.v1", secret,
                                                     1, Duration.ofSeconds(20)).get(0));
        assertThat(announced.path("origin").asText()).isEqualTo("ASSIGNED");
        assertThat(announced.has("title")).isFalse();
        assertThat(announced.toString()).doesNotContain("địa giới");

        Map<String, Object> proposal = new HashMap<>((Map<String, Object>) confidential.get("request"));
        String proposed = created(coordinator().post(E + "/proposals", proposal));
        awaitStatus(proposed, "PROPOSED");
        ok(leadership().post(E + "/" + proposed + "/proposal-approval",
                             Map.of("decision", Map.of("number", "88/TB-TU", "date", today.minusDays(1).toString(),
                                                       "issuedBy", "TINH_UY", "signer", "Bí thư"))));
        List<ConsumerRecord<String, CloudEvent>> records = TopicReader.forKey(TestInfrastructure.kafkaBootstrap(),
                "lienhiep.review.v1", proposed, 1, Duration.ofSeconds(20));
        assertThat(records).extracting(r -> r.value().getType()).containsExactly("vn.lienhiep.review.request-received.v1");
        JsonNode received = data(records.get(0));
        assertThat(received.path("origin").asText()).isEqualTo("SELF_INITIATED");
        assertThat(received.path("receivedOn").asText()).isEqualTo(today.minusDays(1).toString());
    }

    private Map<String, Object> registration(String requesterId, LocalDate receivedAt) {
        Map<String, Object> requester = new HashMap<>();
        requester.put("name", "Ủy ban nhân dân tỉnh Lào Cai");
        requester.put("kind", "PEOPLES_COMMITTEE");
        requester.put("requesterId", requesterId);
        Map<String, Object> request = new HashMap<>();
        request.put("title", "Dự thảo Báo cáo Đánh giá môi trường chiến lược của Quy hoạch tổng thể phát triển KT-XH tỉnh "
                             + "Lào Cai đến năm 2020, tầm nhìn 2030");
        request.put("subjectType", "ENVIRONMENTAL_ASSESSMENT");
        request.put("issuingLevel", "PROVINCIAL");
        request.put("requester", requester);
        request.put("draftingBody", DRAFTING_BODY);
        request.put("reviewTypes", List.of("CRITIQUE"));
        request.put("receivedAt", receivedAt.toString());
        request.put("dossier", List.of("Công văn đề nghị", "Dự thảo báo cáo ĐMC"));
        return Map.of("origin", "COMMISSIONED", "request", request);
    }

    /** The CloudEvent's data as JSON. */
    private static JsonNode data(ConsumerRecord<String, CloudEvent> record) {
        try {
            return HttpJson.json().readTree(record.value().getData().toBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Object> decision(String number, LocalDate date) {
        return Map.of("number", number, "date", date.toString(), "issuedBy", "THUONG_TRUC", "signer", "Chủ tịch");
    }

    private String expert(String name, String employer) {
        String id = UUID.randomUUID().toString();
        pool.activate(new PoolExpert(id, UUID.randomUUID().toString(), name, List.of("207"), List.of(employer), "LOCAL",
                                     "AVAILABLE"), 1);
        return id;
    }

    private static String created(HttpJson.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    private static void ok(HttpJson.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private JsonNode awaitStatus(String id, String status) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> coordinator().get(E + "/" + id).json(), j -> status.equals(j.path("status").asText()));
    }

    private JsonNode publicOutcome(String id) {
        for (JsonNode item : as((String) null).get("/api/review/outcomes?size=100").json().path("items")) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        return null;
    }
}
