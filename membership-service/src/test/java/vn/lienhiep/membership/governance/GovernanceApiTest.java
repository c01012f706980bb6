package vn.lienhiep.membership.governance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import vn.lienhiep.membership.ApiTestBase;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestInfrastructure;
import vn.lienhiep.testing.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The union's governance through the API: Sơn La's founding congress (15/5/2010, BCH 29, BTV 5), term II planned for
 * "Quý IV/2015" and its congress, then "who held which position" on past dates. The union's governance is ONE
 * aggregate, so the story runs in one test, in order.
 */
class GovernanceApiTest extends ApiTestBase {

    private static final String G = "/api/membership/governance";

    @Test
    void sonLaFromTheFoundingCongressToTermII() throws Exception {
        // --- term I and the founding congress -------------------------------------------------------------------
        assertCreated(http.post(G + "/terms", Map.of("ordinal", 1, "displayLabel", "Nhiệm kỳ I", "startYear", 2010,
                                                      "endYear", 2015)));
        assertRule(http.post(G + "/terms", Map.of("ordinal", 9, "displayLabel", "Nhiệm kỳ dài", "startYear", 2030,
                                                   "endYear", 2036)), "membership.term.too-long");
        assertCreated(http.post(G + "/congresses", Map.of("ordinal", 1, "displayLabel", "Đại hội lần thứ I",
                "kind", "DELEGATES", "plannedQuarter", "Quý II/2010", "opensTermOrdinal", 1)));
        ok(http.post(G + "/congresses/1/organising-committee", decision("12/QĐ-UBND", "2010-04-22", "UBND_TINH")));
        Map<String, Object> documents = decision("13/QĐ-UBND", "2010-04-25", "UBND_TINH");
        documents.put("documents", List.of("DIRECTION", "PERSONNEL_PLAN"));
        ok(http.post(G + "/congresses/1/documents-approval", documents));
        assertRule(http.post(G + "/congresses/1/party-approval", decision("99-TB/TU", "2010-05-05", "BTV")),
                   "membership.decision.wrong-authority");
        ok(http.post(G + "/congresses/1/party-approval", decision("99-TB/TU", "2010-05-05", "TINH_UY")));
        ok(http.post(G + "/congresses/1/convening", Map.of("on", "2010-05-15", "delegatesConvened", 150)));
        HttpJson.Response quorum = ok(http.post(G + "/congresses/1/quorum", Map.of("delegatesPresent", 140)));
        assertThat(quorum.json().get("status").asText()).isEqualTo("IN_SESSION");

        HttpJson.Response noMajority = http.post(G + "/congresses/1/elections", election("BCH",
                List.of(seat("p-nobody", "Người thiếu phiếu", "MEMBER", "CONCURRENT", 60, 140)), "DAI_HOI"));
        assertRule(noMajority, "membership.election.no-majority");
        ok(http.post(G + "/congresses/1/elections", election("BCH", bch(29), "DAI_HOI")));
        List<Map<String, Object>> btv = new ArrayList<>(List.of(
                seat("son-la-1", "Ủy viên 1", "CHAIR", "FULL_TIME", null, null),
                seat("son-la-2", "Ủy viên 2", "SECRETARY_GENERAL", "FULL_TIME", null, null),
                seat("son-la-3", "Ủy viên 3", "VICE_CHAIR", "CONCURRENT", null, null),
                seat("son-la-4", "Ủy viên 4", "VICE_CHAIR", "CONCURRENT", null, null),
                seat("outsider", "Người ngoài", "STANDING_MEMBER", "CONCURRENT", null, null)));
        assertRule(http.post(G + "/congresses/1/elections", election("BTV", btv, "BCH")),
                   "membership.election.btv-not-in-bch");
        btv.set(4, seat("son-la-5", "Ủy viên 5", "STANDING_MEMBER", "CONCURRENT", null, null));
        ok(http.post(G + "/congresses/1/elections", election("BTV", btv, "BCH")));
        HttpJson.Response closed = ok(http.post(G + "/congresses/1/closing", Map.of("closedOn", "2010-05-15")));
        assertThat(closed.json().get("status").asText()).isEqualTo("CLOSED");

        // --- term II planned for Quý IV/2015, its congress re-elects the Chair --------------------------------------
        assertCreated(http.post(G + "/terms", Map.of("ordinal", 2, "displayLabel", "Nhiệm kỳ II", "startYear", 2016,
                                                      "endYear", 2020)));
        assertCreated(http.post(G + "/congresses", Map.of("ordinal", 2, "kind", "DELEGATES",
                "plannedQuarter", "Quý IV/2015", "opensTermOrdinal", 2)));

        // between congresses: a BCH member joins the BTV; someone leaves early
        HttpJson.Response appointed = ok(http.post(G + "/office-holdings", Map.of("body", "BTV", "personId", "son-la-9",
                "fullName", "Ủy viên 9", "position", "STANDING_MEMBER", "mode", "CONCURRENT",
                "decision", decisionBody("20/NQ-BCH", "2012-03-01", "BCH"))));
        JsonNode holders2013 = awaitHolders("2013-01-01", 35);
        assertThat(holderId(holders2013, "son-la-9", "STANDING_MEMBER"))
                .as("the answer names the new holding").isEqualTo(appointed.json().get("id").asText());
        String leaving = holderId(holders2013, "son-la-29", "MEMBER");
        ok(http.post(G + "/office-holdings/" + leaving + "/end", Map.of("until", "2014-06-30", "reason", "Nghỉ hưu")));
        assertRule(http.post(G + "/office-holdings/" + leaving + "/end", Map.of("until", "2014-07-01", "reason", "x")),
                   "membership.office-holding.not-current");

        ok(http.post(G + "/congresses/2/organising-committee", decision("5/QĐ-LHH", "2015-06-01", "BTV")));
        ok(http.post(G + "/congresses/2/documents-approval", decision("6/NQ-BCH", "2015-09-01", "BCH")));
        ok(http.post(G + "/congresses/2/party-approval", decision("7-TB/TU", "2015-10-01", "TINH_UY")));
        ok(http.post(G + "/congresses/2/convening", Map.of("on", "2015-11-20", "delegatesConvened", 150)));
        HttpJson.Response adjourned = ok(http.post(G + "/congresses/2/quorum", Map.of("delegatesPresent", 75)));
        assertThat(adjourned.json().get("status").asText()).isEqualTo("ADJOURNED");
        ok(http.post(G + "/congresses/2/convening", Map.of("on", "2015-11-27", "delegatesConvened", 150)));
        ok(http.post(G + "/congresses/2/quorum", Map.of("delegatesPresent", 120)));
        ok(http.post(G + "/congresses/2/elections", election("BCH", List.of(
                seat("son-la-1", "Ủy viên 1", "MEMBER", "FULL_TIME", 118, 120),
                seat("new-1", "Người mới", "MEMBER", "FULL_TIME", 100, 120)), "DAI_HOI", "2015-11-27")));
        ok(http.post(G + "/congresses/2/elections", election("BTV", List.of(
                seat("son-la-1", "Ủy viên 1", "CHAIR", "FULL_TIME", null, null),
                seat("new-1", "Người mới", "SECRETARY_GENERAL", "FULL_TIME", null, null)), "BCH", "2015-11-27")));
        HttpJson.Response closing = http.post(G + "/congresses/2/closing", Map.of("closedOn", "2015-11-27"),
                                              Map.of("If-Match", "\"1\""));
        assertThat(closing.status()).as(closing.toString()).isEqualTo(409);
        ok(http.post(G + "/congresses/2/closing", Map.of("closedOn", "2015-11-27")));

        // --- reads ---------------------------------------------------------------------------------------------------
        JsonNode in2013 = awaitHolders("2013-01-01", 35);
        assertThat(holder(in2013, "son-la-1", "CHAIR").get("from").asText()).isEqualTo("2010-05-15");
        JsonNode in2015 = awaitHolders("2015-01-01", 34); // son-la-29 left in 2014
        assertThat(holderIdOrNull(in2015, "son-la-29", "MEMBER")).isNull();
        // the closing's events (holdings ended, re-elected ones moved to term II) are projected one by one: wait for all
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode now = awaitHolders(null, 4);
            JsonNode chair = holder(now, "son-la-1", "CHAIR");
            assertThat(chair.get("from").asText()).as("re-elected: continuous service").isEqualTo("2010-05-15");
            assertThat(chair.get("termOrdinal").asInt()).isEqualTo(2);
            assertThat(holder(now, "new-1", "SECRETARY_GENERAL").get("from").asText()).isEqualTo("2015-11-27");
            assertThat(holderIdOrNull(now, "son-la-2", "SECRETARY_GENERAL")).isNull();
        });

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode overview = http.get(G).json();
            assertThat(overview.get("activeTermOrdinal").asInt()).isEqualTo(2);
            assertThat(overview.get("currentBodies").get("BTV")).hasSize(2);
        });
        HttpJson.Response overview = http.get(G);
        assertThat(overview.header("ETag")).isNotNull();
        JsonNode terms = overview.json().get("terms");
        assertThat(terms.get(0).get("status").asText()).isEqualTo("CLOSED");
        assertThat(terms.get(0).get("closedOn").asText()).isEqualTo("2015-11-27");
        JsonNode congress2 = http.get(G + "/congresses/2").json();
        assertThat(congress2.get("plannedQuarter").asText()).isEqualTo("Quý IV/2015");
        assertThat(congress2.get("status").asText()).isEqualTo("CLOSED");
        assertThat(congress2.get("delegatesPresent").asInt()).isEqualTo(120);
        JsonNode congress1 = http.get(G + "/congresses/1").json();
        assertThat(congress1.get("elections").get(0).get("seats")).hasSize(29);
        assertThat(congress1.get("elections").get(1).get("seats")).hasSize(5);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode history = http.get(G + "/history?size=200").json();
            List<String> lines = new ArrayList<>();
            history.get("items").forEach(i -> lines.add(i.get("summaryVi").asText()));
            assertThat(lines).anyMatch(l -> l.startsWith("Bế mạc Đại hội lần 2"))
                             .anyMatch(l -> l.contains("thôi giữ") && l.contains("Nghỉ hưu"));
        });

        // Honours hears of both congresses' closing and of every holding, keyed by the union, schema-valid.
        List<ConsumerRecord<String, CloudEvent>> closings = TopicReader.read(TestInfrastructure.kafkaBootstrap(),
                "lienhiep.membership.v1", r -> "union-14".equals(r.key())
                        && r.value().getType().equals("vn.lienhiep.membership.congress-closed.v1"), 2,
                Duration.ofSeconds(20));
        assertThat(closings).hasSize(2);
        JsonNode second = HttpJson.json().readTree(closings.get(1).value().getData().toBytes());
        assertThat(second.get("termOrdinal").asInt()).isEqualTo(2);
        assertThat(second.get("delegatesPresent").asInt()).isEqualTo(120);
        List<ConsumerRecord<String, CloudEvent>> reElected = TopicReader.read(TestInfrastructure.kafkaBootstrap(),
                "lienhiep.membership.v1", r -> "union-14".equals(r.key())
                        && r.value().getType().equals("vn.lienhiep.membership.office-holder-elected.v1")
                        && new String(r.value().getData().toBytes(), java.nio.charset.StandardCharsets.UTF_8)
                                .contains("RE_ELECTED"), 2, Duration.ofSeconds(20));
        assertThat(reElected).hasSize(2); // son-la-1 as BCH member and as Chair
    }

    @Test
    void malformedRequestsAreBadRequests() {
        assertThat(http.post(G + "/terms", Map.of("ordinal", 0, "displayLabel", "x", "startYear", 2010,
                                                  "endYear", 2015)).status()).isEqualTo(400);
        Map<String, Object> badSeat = election("BCH", List.of(seat("p", "A", "PRESIDENT", "FULL_TIME", null, null)),
                                               "DAI_HOI");
        assertThat(http.post(G + "/congresses/1/elections", badSeat).status()).isEqualTo(400);
        HttpJson.Response votesAlone = http.post(G + "/congresses/1/elections", election("BCH",
                List.of(seat("p", "A", "MEMBER", "FULL_TIME", 10, null)), "DAI_HOI"));
        assertThat(votesAlone.status()).as(votesAlone.toString()).isEqualTo(400);
        assertThat(http.get(G + "/office-holders?asOf=not-a-date").status()).isEqualTo(400);
        assertThat(http.get(G + "/congresses/77").status()).isEqualTo(404);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private JsonNode awaitHolders(String asOf, int expected) {
        String path = G + "/office-holders" + (asOf == null ? "" : "?asOf=" + asOf);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(http.get(path).json()).as(path).hasSize(expected));
        return http.get(path).json();
    }

    private static JsonNode holder(JsonNode holders, String personId, String position) {
        for (JsonNode h : holders) {
            if (h.get("personId").asText().equals(personId) && h.get("position").asText().equals(position)) {
                return h;
            }
        }
        throw new AssertionError("no " + position + " " + personId + " in " + holders);
    }

    private static String holderId(JsonNode holders, String personId, String position) {
        return holder(holders, personId, position).get("holdingId").asText();
    }

    private static String holderIdOrNull(JsonNode holders, String personId, String position) {
        try {
            return holderId(holders, personId, position);
        } catch (AssertionError none) {
            return null;
        }
    }

    private static List<Map<String, Object>> bch(int n) {
        List<Map<String, Object>> seats = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            seats.add(seat("son-la-" + i, "Ủy viên " + i, "MEMBER", i <= 2 ? "FULL_TIME" : "CONCURRENT", 100 + i, 140));
        }
        return seats;
    }

    private static Map<String, Object> seat(String personId, String fullName, String position, String mode,
                                            Integer votes, Integer validVotes) {
        Map<String, Object> seat = new HashMap<>(Map.of("personId", personId, "fullName", fullName,
                                                        "position", position, "mode", mode));
        if (votes != null) {
            seat.put("votes", votes);
        }
        if (validVotes != null) {
            seat.put("validVotes", validVotes);
        }
        return seat;
    }

    private static Map<String, Object> election(String body, List<Map<String, Object>> seats, String issuedBy) {
        return election(body, seats, issuedBy, "2010-05-15");
    }

    private static Map<String, Object> election(String body, List<Map<String, Object>> seats, String issuedBy,
                                                String date) {
        Map<String, Object> election = new LinkedHashMap<>();
        election.put("body", body);
        election.put("seats", seats);
        election.put("decision", decisionBody("01/NQ-" + body, date, issuedBy));
        return election;
    }

    private static Map<String, Object> decision(String number, String date, String issuedBy) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decisionBody(number, date, issuedBy));
        return body;
    }

    private static Map<String, Object> decisionBody(String number, String date, String issuedBy) {
        return Map.of("number", number, "date", date, "issuedBy", issuedBy, "signer", "Chủ tịch");
    }

    private static HttpJson.Response ok(HttpJson.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    private static void assertCreated(HttpJson.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.header("Location")).startsWith(G + "/");
    }

    private static void assertRule(HttpJson.Response response, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.json().get("rule").asText()).isEqualTo(rule);
    }
}
