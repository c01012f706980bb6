package vn.lienhiep.membership.workforce;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import java.util.List;

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

class WorkforceApiTest extends ApiTestBase {

    private static final String SNAPSHOTS = "/api/membership/workforce-snapshots";

    @Test
    void laoCaiSnapshotThroughTheApiReproducesTheSeedReport() throws Exception {
        // A date of its own so other tests' snapshots cannot be "the latest" for it.
        String source = unique("Sở Nội vụ tỉnh Lào Cai");
        HttpJson.Response created = http.post(SNAPSHOTS, laoCai("2022-05-10", source));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.header("Location")).endsWith(SNAPSHOTS + "/" + id);

        HttpJson.Response again = http.post(SNAPSHOTS, laoCai("2022-05-10", source.toUpperCase()));
        assertThat(again.status()).as(again.toString()).isEqualTo(422);
        assertThat(again.json().get("rule").asText()).isEqualTo("membership.workforce.duplicate-snapshot");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(http.get(SNAPSHOTS + "/" + id).status()).isEqualTo(200));
        JsonNode snapshot = http.get(SNAPSHOTS + "/" + id).json();
        assertThat(snapshot.get("byField").get("Y_TE").asInt()).isEqualTo(2_543);
        assertThat(snapshot.get("asOfDate").asText()).isEqualTo("2022-05-10");

        HttpJson.Response report = http.get("/api/membership/workforce/intellectual-structure?asOf=2022-05-10");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        JsonNode r = report.json();
        assertThat(r.get("snapshotId").asText()).isEqualTo(id);
        assertThat(r.get("intellectualSharePercent").asInt()).isEqualTo(86);
        assertThat(r.get("intellectualsTotal").asInt()).isEqualTo(21_720);
        assertThat(shares(r.get("byDegreeBucket"))).containsExactly("50 0.23", "1368 6.30", "20302 93.47");
        assertThat(shares(r.get("byField"))).containsExactly("98 0.45", "227 1.05", "2543 11.71", "1613 7.43",
                                                               "17239 79.37");
        assertThat(shares(r.get("bySector"))).containsExactly("19589 90.19", "2131 9.81");

        // before any test's data
        HttpJson.Response before = http.get("/api/membership/workforce/intellectual-structure?asOf=1950-01-01");
        assertThat(before.status()).isEqualTo(404);

        List<ConsumerRecord<String, CloudEvent>> published = TopicReader.forKey(TestInfrastructure.kafkaBootstrap(),
                "lienhiep.membership.v1", id, 1, Duration.ofSeconds(20));
        assertThat(published).extracting(rec -> rec.value().getType())
                             .containsExactly("vn.lienhiep.membership.workforce-statistic-imported.v1");
        JsonNode data = HttpJson.json().readTree(published.get(0).value().getData().toBytes());
        assertThat(data.get("byDegreeBucket").get("MASTER_OR_SPECIALIST_I").asInt()).isEqualTo(1_368);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                http.get(SNAPSHOTS + "/" + id + "/history").json().get("items").get(0).get("summaryVi").asText())
                .startsWith("Nhập số liệu đội ngũ trí thức đến ngày 2022-05-10"));
    }

    @Test
    void aLaterSnapshotOfTheSameDateFromAnotherSourceIsACorrection() {
        // 1999: a year no other test uses
        String first = http.post(SNAPSHOTS, laoCai("1999-06-30", unique("Sở Nội vụ"))).json().get("id").asText();
        Map<String, Object> corrected = laoCai("1999-06-30", unique("Sở Nội vụ (đính chính)"));
        corrected.put("totalCivilServants", 30_000);
        HttpJson.Response second = http.post(SNAPSHOTS, corrected);
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.json().get("id").asText()).isNotEqualTo(first);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                http.get("/api/membership/workforce/intellectual-structure?asOf=1999-12-31").json()
                    .get("totalCivilServants").asInt()).isEqualTo(30_000));
        assertThat(http.get("/api/membership/workforce/intellectual-structure?asOf=1999-12-31").json()
                       .get("intellectualSharePercent").asInt()).isEqualTo(72); // 21,720 / 30,000 = 72.4%
    }

    @Test
    void aBreakdownThatDoesNotAddUpIsRefusedByName() {
        Map<String, Object> body = laoCai("2021-12-31", unique("Sở Nội vụ"));
        Map<String, Object> sectors = new HashMap<>();
        sectors.put("VIEN_CHUC", 19_589);
        sectors.put("CAN_BO_CONG_CHUC", 2_000);
        body.put("bySector", sectors);
        HttpJson.Response refused = http.post(SNAPSHOTS, body);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("rule").asText()).isEqualTo("membership.workforce.breakdown-mismatch");
        assertThat(refused.json().get("details").get("breakdown").asText()).isEqualTo("bySector");
        assertThat(refused.json().get("details").get("expected").asInt()).isEqualTo(21_720);
        assertThat(refused.json().get("details").get("actual").asInt()).isEqualTo(21_589);
    }

    @Test
    void malformedSnapshotsAreBadRequests() {
        Map<String, Object> negative = laoCai("2021-12-30", unique("x"));
        negative.put("totalCivilServants", -1);
        assertThat(http.post(SNAPSHOTS, negative).status()).isEqualTo(400);

        Map<String, Object> unknownKey = laoCai("2021-12-30", unique("x"));
        unknownKey.put("byField", Map.of("ASTROLOGY", 1));
        HttpJson.Response unknown = http.post(SNAPSHOTS, unknownKey);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);

        Map<String, Object> tooMany = laoCai("2021-12-30", unique("x"));
        tooMany.put("totalCivilServants", 20_000);
        HttpJson.Response exceeds = http.post(SNAPSHOTS, tooMany);
        assertThat(exceeds.status()).isEqualTo(422);
        assertThat(exceeds.json().get("rule").asText()).isEqualTo("membership.workforce.intellectuals-exceed-total");
    }

    static Map<String, Object> laoCai(String asOfDate, String source) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("asOfDate", asOfDate);
        body.put("source", source);
        body.put("totalCivilServants", 25_256);
        body.put("intellectualsTotal", 21_720);
        body.put("bySector", Map.of("VIEN_CHUC", 19_589, "CAN_BO_CONG_CHUC", 2_131));
        body.put("byDegreeBucket", Map.of("DOCTORATE_OR_SPECIALIST_II", 50, "MASTER_OR_SPECIALIST_I", 1_368,
                                          "BACHELOR_OR_COLLEGE", 20_302));
        body.put("byField", Map.of("KHCN", 98, "VHTTDL", 227, "Y_TE", 2_543, "GDDT", 1_613,
                                   "MANAGEMENT_AND_ENTERPRISE", 17_239));
        return body;
    }

    private static java.util.List<String> shares(JsonNode lines) {
        java.util.List<String> out = new java.util.ArrayList<>();
        lines.forEach(l -> out.add(l.get("count").asInt() + " " + l.get("percent").decimalValue().setScale(2)));
        return out;
    }
}
