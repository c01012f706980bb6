package vn.lienhiep.membership.statistics;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.lienhiep.membership.ApiTestBase;
import vn.lienhiep.testing.HttpJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class StatisticsApiTest extends ApiTestBase {

    @Test
    void anOrganisationLoadedFromPaperCountsAsOfItsDecisionDateButNotAsKnownBeforeToday() {
        String asOf = "/api/membership/statistics?asOf=2012-01-01";
        String yesterday = LocalDate.now().minusDays(2).toString();
        JsonNode before = http.get(asOf).json();
        JsonNode beforeKnown = http.get(asOf + "&knownAt=" + yesterday).json();
        JsonNode before2010 = http.get("/api/membership/statistics?asOf=2010-05-14").json();

        HttpJson.Response created = http.post("/api/membership/organizations/existing-members", Map.of(
                "name", unique("Hội Làm vườn"), "kind", "MEMBER_UNIT", "field", "Nông nghiệp",
                "admission", Map.of("number", "12/QĐ-LHH", "date", "2010-05-15", "issuedBy", "BCH",
                                    "signer", "Chủ tịch")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        HttpJson.Response counted = http.post("/api/membership/organizations/" + id + "/member-counts",
                Map.of("asOf", "2011-12-31", "members", 1234, "intellectualMembers", 56));
        assertThat(counted.status()).as(counted.toString()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode after = http.get(asOf).json();
            assertThat(kindCount(after, "MEMBER_UNIT") - kindCount(before, "MEMBER_UNIT")).isEqualTo(1);
            assertThat(summary(after, "members") - summary(before, "members")).isEqualTo(1234);
            assertThat(summary(after, "intellectualMembers") - summary(before, "intellectualMembers")).isEqualTo(56);
        });
        // as the system knew it two days ago, the organisation did not exist
        JsonNode afterKnown = http.get(asOf + "&knownAt=" + yesterday).json();
        assertThat(kindCount(afterKnown, "MEMBER_UNIT")).isEqualTo(kindCount(beforeKnown, "MEMBER_UNIT"));
        // the day before its decision it was not a member: that date's count did not move
        assertThat(kindCount(http.get("/api/membership/statistics?asOf=2010-05-14").json(), "MEMBER_UNIT"))
                .isEqualTo(kindCount(before2010, "MEMBER_UNIT"));
    }

    @Test
    void theIntellectualStructureReportComesFromTheLatestSnapshotDatedOnOrBeforeAsOf() {
        String source = unique("Sở Nội vụ (báo cáo thử)");
        HttpJson.Response snapshot = http.post("/api/membership/workforce-snapshots", Map.of(
                "asOfDate", "2003-06-30", "source", source, "totalCivilServants", 1000, "intellectualsTotal", 800,
                "bySector", Map.of("VIEN_CHUC", 700, "CAN_BO_CONG_CHUC", 100),
                "byDegreeBucket", Map.of("DOCTORATE_OR_SPECIALIST_II", 8, "MASTER_OR_SPECIALIST_I", 92,
                                         "BACHELOR_OR_COLLEGE", 700),
                "byField", Map.of("KHCN", 100, "VHTTDL", 100, "Y_TE", 200, "GDDT", 300,
                                  "MANAGEMENT_AND_ENTERPRISE", 100)));
        assertThat(snapshot.status()).as(snapshot.toString()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            // path(), not get(): until the snapshot is projected the report has no structure yet, which is a retry,
            // not a NullPointerException that ends the wait.
            JsonNode report = http.get("/api/membership/statistics?asOf=2003-07-01").json().path("intellectualStructure");
            assertThat(report.path("source").asText()).isEqualTo(source);
            assertThat(report.path("intellectualSharePercent").asInt()).isEqualTo(80);
        });
        JsonNode before = http.get("/api/membership/statistics?asOf=2003-06-29").json().get("intellectualStructure");
        assertThat(before == null || before.isNull() || !before.get("source").asText().equals(source)).isTrue();
        String twoDaysAgo = LocalDate.now().minusDays(2).toString();
        JsonNode notYetKnown = http.get("/api/membership/statistics?asOf=2003-07-01&knownAt=" + twoDaysAgo).json()
                                   .get("intellectualStructure");
        assertThat(notYetKnown == null || notYetKnown.isNull() || !notYetKnown.get("source").asText().equals(source))
                .as("imported today, so unknown two days ago").isTrue();
    }

    @Test
    void anIndividualMemberCountsFromTheStartOfTheMembership() {
        String org = http.post("/api/membership/organizations/existing-members", Map.of(
                "name", unique("Hội Hóa học"), "kind", "SPECIALISED_ASSOCIATION", "field", "Hóa học",
                "admission", Map.of("number", "3/QĐ-LHH", "date", "2010-05-15", "issuedBy", "BCH", "signer", "Chủ tịch")))
                .json().get("id").asText();
        String asOf = "/api/membership/statistics?asOf=2011-06-01";
        JsonNode before = http.get(asOf).json().get("persons");
        JsonNode beforeStart = http.get("/api/membership/statistics?asOf=2011-02-28").json().get("persons");
        HttpJson.Response person = http.post("/api/membership/persons", Map.of(
                "fullName", unique("Lò Văn Hóa"), "dateOfBirth", "1975-03-04", "degree", "THAC_SI",
                "workSector", "VIEN_CHUC", "field", "KHCN"));
        assertThat(person.status()).as(person.toString()).isEqualTo(201);
        HttpJson.Response membership = http.post("/api/membership/persons/" + person.json().get("id").asText()
                + "/memberships", Map.of("organizationId", org, "memberType", "OFFICIAL", "since", "2011-03-01"));
        assertThat(membership.status()).as(membership.toString()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode after = http.get(asOf).json().get("persons");
            assertThat(after.get("members").asInt() - before.get("members").asInt()).isEqualTo(1);
            assertThat(after.get("intellectualMembers").asInt() - before.get("intellectualMembers").asInt()).isEqualTo(1);
            assertThat(after.get("total").asInt() - before.get("total").asInt()).isEqualTo(1);
        });
        JsonNode afterBeforeStart = http.get("/api/membership/statistics?asOf=2011-02-28").json().get("persons");
        assertThat(afterBeforeStart.get("members").asInt()).isEqualTo(beforeStart.get("members").asInt());
    }

    @Test
    void everyCategoryIsListedWithLabelsInBothLanguages() {
        JsonNode stats = http.get("/api/membership/statistics").json();
        assertThat(stats.get("asOf").asText()).isNotBlank();
        JsonNode byKind = stats.get("organizations").get("byKind");
        assertThat(byKind).hasSize(5);
        assertThat(byKind.get(0).get("labelVi").asText()).isEqualTo("Hội chuyên ngành");
        assertThat(byKind.get(0).get("labelEn").asText()).isEqualTo("Specialised association");
    }

    @Test
    void aMalformedDateIsAFieldError() {
        HttpJson.Response response = http.get("/api/membership/statistics?asOf=15/05/2010");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("asOf");
    }

    /** Dates in query parameters are strict like every other date: an impossible one is a 400 naming it. */
    @Test
    void anImpossibleDateInTheQueryIsA400NamingTheParameter() {
        for (String url : new String[] {"/api/membership/statistics?asOf=2023-02-31",
                                        "/api/membership/statistics?asOf=2023-01-01&knownAt=2023-02-30",
                                        "/api/membership/workforce/intellectual-structure?asOf=2023-02-31",
                                        "/api/membership/governance/office-holders?asOf=2023-02-31"}) {
            HttpJson.Response r = http.get(url);
            assertThat(r.status()).as(url + " " + r).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            String parameter = url.contains("knownAt") ? "knownAt" : "asOf";
            assertThat(r.json().get("errors").findValuesAsText("field")).as(url).containsExactly(parameter);
            assertThat(r.json().get("errors").get(0).get("message").asText()).as("Vietnamese first").isNotBlank();
        }
    }

    private static int kindCount(JsonNode stats, String kind) {
        for (JsonNode row : stats.get("organizations").get("summary").get("memberOrganizationsByKind")) {
            if (row.get("code").asText().equals(kind)) {
                return row.get("count").asInt();
            }
        }
        throw new AssertionError("no row " + kind);
    }

    private static long summary(JsonNode stats, String field) {
        return stats.get("organizations").get("summary").get(field).asLong();
    }
}
