package vn.lienhiep.membership.person;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

class PersonApiTest extends ApiTestBase {

    static final String PERSONS = "/api/membership/persons";

    /** The unique suffix {@link #unique} added: a word of its own, so searches can name exactly one person. */
    static String suffix(String uniqueName) {
        return uniqueName.substring(uniqueName.lastIndexOf(' ') + 1);
    }

    static Map<String, Object> person(String fullName, String dateOfBirth) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", fullName);
        body.put("dateOfBirth", dateOfBirth);
        body.put("gender", "MALE");
        body.put("ethnicity", "Kinh");
        body.put("degree", "TIEN_SI");
        body.put("academicTitle", "PHO_GIAO_SU");
        body.put("honoraryTitles", List.of("NGUT"));
        body.put("workSector", "VIEN_CHUC");
        body.put("field", "KHCN");
        body.put("employer", "Trường Đại học Tây Bắc");
        body.put("tradeUnionMember", true);
        body.put("phone", "0912 345 678");
        body.put("email", "a@example.vn");
        body.put("address", "Tổ 2, phường Chiềng Lề, Sơn La");
        return body;
    }

    String register(Map<String, Object> body) {
        HttpJson.Response created = http.post(PERSONS, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    JsonNode awaitPerson(String id, long version) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            HttpJson.Response r = http.get(PERSONS + "/" + id);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("version").asLong()).isGreaterThanOrEqualTo(version);
        });
        return http.get(PERSONS + "/" + id).json();
    }

    String organization() {
        HttpJson.Response org = http.post("/api/membership/organizations", Map.of(
                "name", unique("Hội Khoa học Lịch sử"), "kind", "SPECIALISED_ASSOCIATION", "field", "Lịch sử"));
        assertThat(org.status()).as(org.toString()).isEqualTo(201);
        return org.json().get("id").asText();
    }

    @Test
    void registerThenFindWithoutDiacritics() {
        String name = unique("Nguyễn Văn Ánh");
        Map<String, Object> body = person(name, "1975-09-02");
        body.put("nationalId", "0123 4567 8901");
        HttpJson.Response created = http.post(PERSONS, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.header("Location")).endsWith(PERSONS + "/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");

        JsonNode view = awaitPerson(id, 0);
        assertThat(view.get("fullName").asText()).isEqualTo(name);
        assertThat(view.get("degreeBucket").asText()).isEqualTo("DOCTORATE_OR_SPECIALIST_II");
        assertThat(view.get("intellectual").asBoolean()).isTrue();
        assertThat(view.get("nationalIdLast4").asText()).isEqualTo("8901");
        assertThat(view.toString()).doesNotContain("012345678901");
        assertThat(view.get("contact").get("phone").asText()).isEqualTo("0912 345 678");
        assertThat(http.get(PERSONS + "/" + id).header("ETag")).isEqualTo("\"0\"");

        JsonNode found = http.get(PERSONS + "?q=nguyen%20van%20anh%20" + suffix(name)).json();
        assertThat(found.get("totalItems").asInt()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("id").asText()).isEqualTo(id);
        JsonNode hit = found.get("items").get(0);
        assertThat(hit.get("contact").isNull() && hit.get("dateOfBirth").isNull() && hit.get("nationalIdLast4").isNull())
                .as("search results carry no personal data: " + hit).isTrue();
        assertThat(http.get(PERSONS + "?q=nguyen%20van%20binh%20" + suffix(name)).json().get("totalItems").asInt())
                .isZero();
        assertThat(http.get(PERSONS + "?degree=TIEN_SI&field=KHCN&sector=VIEN_CHUC&q=" + suffix(name)).json()
                       .get("totalItems").asInt()).isEqualTo(1);
        assertThat(http.get(PERSONS + "?degree=THAC_SI&q=" + suffix(name)).json().get("totalItems").asInt()).isZero();
    }

    @Test
    void aDuplicateIsRefusedWithTheExistingId() {
        String name = unique("Trần Thị Bích");
        String id = register(person(name, "1980-01-01"));
        // The same person typed without diacritics is still the same person.
        String folded = "Tran Thi Bich " + suffix(name);
        HttpJson.Response again = http.post(PERSONS, person(folded, "1980-01-01"));
        assertThat(again.status()).as(again.toString()).isEqualTo(422);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("rule").asText()).isEqualTo("membership.person.duplicate");
        assertThat(again.json().get("details").get("existingPersonId").asText()).isEqualTo(id);
        // Another birth date is another person.
        assertThat(http.post(PERSONS, person(folded, "1980-01-02")).status()).isEqualTo(201);
    }

    @Test
    void membershipsStartEndAndNeverOverlap() throws Exception {
        String org = organization();
        String name = unique("Lò Văn Cường");
        String id = register(person(name, "1970-02-03"));

        HttpJson.Response started = http.post(PERSONS + "/" + id + "/memberships",
                Map.of("organizationId", org, "memberType", "OFFICIAL", "since", "2010-05-15"));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String membershipId = started.json().get("membershipId").asText();
        assertThat(membershipId).isNotBlank().isNotEqualTo(id);
        assertThat(started.json().get("version").asLong()).isEqualTo(1);

        HttpJson.Response overlap = http.post(PERSONS + "/" + id + "/memberships",
                Map.of("organizationId", org, "memberType", "ASSOCIATE", "since", "2012-01-01"));
        assertThat(overlap.status()).as(overlap.toString()).isEqualTo(422);
        assertThat(overlap.json().get("rule").asText()).isEqualTo("membership.membership.overlap");

        HttpJson.Response unknownOrg = http.post(PERSONS + "/" + id + "/memberships",
                Map.of("organizationId", UUID.randomUUID().toString(), "memberType", "OFFICIAL", "since", "2012-01-01"));
        assertThat(unknownOrg.status()).isEqualTo(422);
        assertThat(unknownOrg.json().get("rule").asText()).isEqualTo("membership.membership.unknown-organization");

        JsonNode member = awaitPerson(id, 1);
        assertThat(member.get("memberships").get(0).get("since").asText()).isEqualTo("2010-05-15");
        assertThat(member.get("memberships").get(0).get("continuous").asBoolean()).isTrue();
        assertThat(http.get(PERSONS + "?organizationId=" + org).json().get("totalItems").asInt()).isEqualTo(1);

        HttpJson.Response beforeStart = http.post(PERSONS + "/" + id + "/memberships/" + membershipId + "/end",
                                                  Map.of("until", "2009-01-01"));
        assertThat(beforeStart.json().get("rule").asText()).isEqualTo("membership.membership.until-before-since");
        HttpJson.Response ended = http.post(PERSONS + "/" + id + "/memberships/" + membershipId + "/end",
                                            Map.of("until", "2020-05-15", "reason", "Chuyển công tác"));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);

        JsonNode after = awaitPerson(id, 2);
        assertThat(after.get("memberships").get(0).get("until").asText()).isEqualTo("2020-05-15");
        assertThat(after.get("memberships").get(0).get("endReason").asText()).isEqualTo("Chuyển công tác");
        assertThat(http.get(PERSONS + "?organizationId=" + org).json().get("totalItems").asInt()).isZero();

        // Re-joining from the day the last period ended is not an overlap.
        assertThat(http.post(PERSONS + "/" + id + "/memberships",
                Map.of("organizationId", org, "memberType", "HONORARY", "since", "2020-05-15", "continuous", false))
                       .status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode lines = http.get(PERSONS + "/" + id + "/history").json().get("items");
            assertThat(lines.size()).isEqualTo(4);
            assertThat(lines.findValuesAsText("actingUser")).containsOnly("test-staff");
            JsonNode orgLines = http.get("/api/membership/organizations/" + org + "/history").json().get("items");
            assertThat(orgLines.findValuesAsText("eventType")).contains("MembershipStarted", "MembershipEnded");
        });

        // The honours context hears of each period, keyed by the person, without any personal data.
        List<ConsumerRecord<String, CloudEvent>> records = TopicReader.forKey(TestInfrastructure.kafkaBootstrap(),
                "lienhiep.membership.v1", id, 3, Duration.ofSeconds(20));
        assertThat(records).extracting(r -> r.value().getType()).containsExactly(
                "vn.lienhiep.membership.membership-started.v1", "vn.lienhiep.membership.membership-ended.v1",
                "vn.lienhiep.membership.membership-started.v1");
        JsonNode first = HttpJson.json().readTree(records.get(0).value().getData().toBytes());
        assertThat(first.get("membershipId").asText()).isEqualTo(membershipId);
        assertThat(first.get("since").asText()).isEqualTo("2010-05-15");
        assertThat(records.get(0).value().getData().toString()).doesNotContain("1970-02-03");
    }

    @Test
    void aRetriedMembershipStartGetsTheSameMembershipBack() {
        String org = organization();
        String id = register(person(unique("Mùa A Dế"), "1982-08-08"));
        Map<String, Object> body = Map.of("organizationId", org, "memberType", "OFFICIAL", "since", "2018-01-01");
        Map<String, String> key = Map.of("Idempotency-Key", "start-" + UUID.randomUUID());
        HttpJson.Response first = http.post(PERSONS + "/" + id + "/memberships", body, key);
        HttpJson.Response retry = http.post(PERSONS + "/" + id + "/memberships", body, key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("membershipId").asText()).isEqualTo(first.json().get("membershipId").asText());
        assertThat(awaitPerson(id, 1).get("memberships").size()).isEqualTo(1);
    }

    @Test
    void profileUpdatesKeepTheDegreeHistoryAndHonourIfMatch() {
        String name = unique("Phạm Thị Dung");
        Map<String, Object> body = person(name, "1985-07-07");
        body.put("degree", "THAC_SI");
        String id = register(body);

        Map<String, Object> update = person(name, "1985-07-07");
        update.put("effectiveDate", "2024-06-01");
        HttpJson.Response stale = http.post(PERSONS + "/" + id + "/profile", update, Map.of("If-Match", "\"5\""));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);

        HttpJson.Response ok = http.post(PERSONS + "/" + id + "/profile", update, Map.of("If-Match", "\"0\""));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.header("ETag")).isEqualTo("\"1\"");

        JsonNode view = awaitPerson(id, 1);
        assertThat(view.get("degree").asText()).isEqualTo("TIEN_SI");
        JsonNode history = view.get("degreeHistory");
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).get("degree").asText()).isEqualTo("THAC_SI");
        assertThat(history.get(0).get("effectiveDate").isNull()).isTrue();
        assertThat(history.get(1).get("degree").asText()).isEqualTo("TIEN_SI");
        assertThat(history.get(1).get("effectiveDate").asText()).isEqualTo("2024-06-01");
    }

    @Test
    void badInputIsA400WithFieldErrors() {
        Map<String, Object> body = person(unique("Hà Văn Em"), "1990-01-01");
        body.remove("degree");
        body.put("email", "not-an-email");
        HttpJson.Response bad = http.post(PERSONS, body);
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsText("field")).contains("degree", "email");

        HttpJson.Response badEnum = http.post(PERSONS, Map.of("fullName", "X", "degree", "PHD"));
        assertThat(badEnum.status()).isEqualTo(400);

        // A cross-field rule of the identity (a birth date, unless a national id is given) names the field the
        // client must fill, Vietnamese first.
        Map<String, Object> noIdentity = person(unique("Hà Văn Em"), null);
        HttpJson.Response unidentified = http.post(PERSONS, noIdentity);
        assertThat(unidentified.status()).as(unidentified.toString()).isEqualTo(400);
        JsonNode error = unidentified.json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("dateOfBirth");
        assertThat(error.get("message").asText()).contains("bắt buộc").contains("số định danh");
        assertThat(error.get("messageEn").asText()).contains("required");

        Map<String, Object> impossibleDate = person(unique("Hà Văn Em"), "1980-02-31");
        HttpJson.Response impossible = http.post(PERSONS, impossibleDate);
        assertThat(impossible.status()).as("31/02 is no date, not the last day of February").isEqualTo(400);
        assertThat(impossible.json().get("errors").findValuesAsText("field")).containsExactly("dateOfBirth");
    }

    @Test
    void unknownPersonsAre404() {
        String nobody = UUID.randomUUID().toString();
        assertThat(http.get(PERSONS + "/" + nobody).status()).isEqualTo(404);
        assertThat(http.get(PERSONS + "/" + nobody + "/history").status()).isEqualTo(404);
        HttpJson.Response r = http.post(PERSONS + "/" + nobody + "/memberships",
                Map.of("organizationId", "x", "memberType", "OFFICIAL", "since", "2010-05-15"));
        assertThat(r.status()).as(r.toString()).isEqualTo(404);
    }
}
