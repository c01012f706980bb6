package vn.lienhiep.membership.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.membership.ApiTestBase;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestTokens;

/** What each caller sees of organisations and persons: the public directory, an officer's own organisation, 404s. */
class OrganizationScopeApiTest extends ApiTestBase {

    private static final String ORGS = "/api/membership/organizations";
    private static final String PERSONS = "/api/membership/persons";

    private String apply(String name) {
        HttpJson.Response r = http.post(ORGS, Map.of("name", name, "kind", "SPECIALISED_ASSOCIATION", "field", "Y học"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    private String admitted(String name) {
        HttpJson.Response r = http.post(ORGS + "/existing-members", Map.of("name", name,
                "kind", "SPECIALISED_ASSOCIATION", "field", "Y học", "admission",
                Map.of("number", "7/QĐ-LHH", "date", "2016-12-29", "issuedBy", "BCH", "signer", "Chủ tịch")));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    private HttpJson officerOf(String organizationId) {
        return as(TestTokens.shared().user("can-bo-hoi-" + organizationId.substring(0, 6))
                            .roles(Role.MEMBER_ORG_ADMIN).organization(organizationId).bearer());
    }

    private void awaitVisible(String id) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
               .until(() -> http.get(ORGS + "/" + id).status() == 200);
    }

    @Test
    void theAnonymousDirectoryListsAdmittedMembersWithPublicFieldsOnly() {
        String word = unique("Hội Danh bạ").substring("Hội Danh bạ ".length());
        String member = admitted("Hội Danh bạ thành viên " + word);
        String applicant = apply("Hội Danh bạ ứng viên " + word);
        awaitVisible(member);
        awaitVisible(applicant);

        JsonNode page = as(null).get(ORGS + "?q=danh+ba+" + word).json();

        assertThat(page.path("items").findValuesAsText("id")).containsExactly(member);
        JsonNode entry = page.path("items").get(0);
        assertThat(entry.has("dossier")).isFalse();
        assertThat(entry.has("statusTimeline")).isFalse();
        assertThat(as(null).get(ORGS + "/" + applicant).status()).isEqualTo(404);
        assertThat(as(null).get(ORGS + "/" + member).json().has("statusTimeline")).isFalse();
        assertThat(http.get(ORGS + "/" + applicant).json().has("statusTimeline")).as("staff see it all").isTrue();
    }

    @Test
    void anOfficerSeesTheirOwnApplicationInFullAndAnotherOneNotAtAll() {
        String own = apply(unique("Hội Dược học"));
        String other = apply(unique("Hội Điều dưỡng"));
        awaitVisible(own);
        awaitVisible(other);

        HttpJson officer = officerOf(own);

        HttpJson.Response mine = officer.get(ORGS + "/" + own);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().has("statusTimeline")).isTrue();
        assertThat(officer.get(ORGS + "/" + other).status()).isEqualTo(404);
        assertThat(officer.get(ORGS + "/" + other + "/history").status()).isEqualTo(404);
        assertThat(officer.get(ORGS + "/no-such-organization/history").status())
                .as("a missing id and a foreign id answer alike").isEqualTo(404);
        assertThat(officer.get(ORGS + "/" + own + "/history").status()).isEqualTo(200);
    }

    @Test
    void anOfficerFindsOnlyTheirOwnMembersAndCannotEnrolAnyoneElsewhere() {
        String own = admitted(unique("Hội Nông học"));
        String other = admitted(unique("Hội Lâm học"));
        String name = unique("Quàng Văn Phạm Vi");
        String word = name.substring(name.lastIndexOf(' ') + 1);
        String ours = person(name, "1979-05-06", own);
        String theirs = person(name, "1981-07-08", other);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() ->
                http.get(PERSONS + "?q=" + word).json().path("totalItems").asInt() == 2);

        HttpJson officer = officerOf(own);

        assertThat(officer.get(PERSONS + "?q=" + word).json().path("items").findValuesAsText("id"))
                .containsExactly(ours);
        assertThat(officer.get(PERSONS + "?q=" + word + "&organizationId=" + other).json().path("totalItems").asInt())
                .isZero();
        assertThat(officer.get(PERSONS + "/" + ours).status()).isEqualTo(200);
        assertThat(officer.get(PERSONS + "/" + theirs).status()).isEqualTo(404);
        HttpJson.Response elsewhere = officer.post(PERSONS + "/" + ours + "/memberships",
                Map.of("organizationId", other, "memberType", "OFFICIAL", "since", "2021-01-01"));
        assertThat(elsewhere.status()).isEqualTo(404);
    }

    /**
     * docs/domain/membership.md#mem-per-9: an officer registers a member of their own organisation by who the person is;
     * whether the union already knew the person (here: a member of another organisation) changes nothing in the answer,
     * nothing of the other organisation reaches the officer, and the person ends up ONE record, a member of both.
     */
    @Test
    void anOfficerRegistersAMemberWithoutLearningWhoElseIsRegistered() {
        String own = admitted(unique("Hội Y dược học cổ truyền"));
        String other = admitted(unique("Hội Châm cứu"));
        String known = unique("Lò Thị Đã Có");
        String phoneGivenElsewhere = "0912 000 111";
        HttpJson.Response elsewhere = http.post(ORGS + "/" + other + "/members", Map.of(
                "person", Map.of("fullName", known, "dateOfBirth", "1970-04-05", "degree", "THAC_SI",
                                 "phone", phoneGivenElsewhere),
                "memberType", "OFFICIAL", "since", "2015-03-01"));
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(201);
        String knownId = elsewhere.json().path("personId").asText();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
               .until(() -> http.get(PERSONS + "/" + knownId).status() == 200);

        HttpJson officer = officerOf(own);
        HttpJson.Response enrolKnown = officer.post(ORGS + "/" + own + "/members", Map.of(
                "person", Map.of("fullName", known, "dateOfBirth", "1970-04-05", "degree", "THAC_SI"),
                "memberType", "OFFICIAL", "since", "2021-01-01"));
        HttpJson.Response enrolNew = officer.post(ORGS + "/" + own + "/members", Map.of(
                "person", Map.of("fullName", unique("Lò Văn Mới"), "dateOfBirth", "1985-06-07", "degree", "DAI_HOC"),
                "memberType", "OFFICIAL", "since", "2021-01-01"));

        // The same answer either way: status, the same fields, the same headers; nothing of the other organisation.
        assertThat(enrolKnown.status()).as(enrolKnown.toString()).isEqualTo(201);
        assertThat(enrolNew.status()).as(enrolNew.toString()).isEqualTo(201);
        assertThat(fieldNames(enrolKnown.json())).isEqualTo(fieldNames(enrolNew.json()))
                                                .containsExactlyInAnyOrder("personId", "membershipId");
        assertThat(enrolKnown.header("ETag")).isNull();
        assertThat(enrolNew.header("ETag")).isNull();
        assertThat(enrolKnown.header("Location")).startsWith(PERSONS + "/");
        assertThat(enrolKnown.body()).doesNotContain(other).doesNotContain(elsewhere.json().path("membershipId").asText());

        // One record for the person, now a member of both; the officer sees only their own organisation's part.
        String personId = enrolKnown.json().path("personId").asText();
        assertThat(personId).isEqualTo(knownId);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
               .until(() -> http.get(PERSONS + "/" + personId).json().path("memberships").size() == 2);
        JsonNode seenByOfficer = officer.get(PERSONS + "/" + personId).json();
        assertThat(seenByOfficer.path("memberships").findValuesAsText("organizationId")).containsExactly(own);
        assertThat(seenByOfficer.toString()).doesNotContain(other);
        String word = known.substring(known.lastIndexOf(' ') + 1);
        JsonNode search = officer.get(PERSONS + "?q=" + word).json();
        assertThat(search.path("items").findValuesAsText("id")).containsExactly(personId);
        assertThat(search.toString()).doesNotContain(other);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(http.get(PERSONS + "/" + personId + "/history").json().path("items").size()).isEqualTo(3));
        JsonNode officersHistory = officer.get(PERSONS + "/" + personId + "/history").json().path("items");
        assertThat(officersHistory.size()).as("registration and the membership of the officer's organisation only")
                                          .isEqualTo(2);
        assertThat(officersHistory.findValuesAsText("summaryVi")).noneMatch(line -> line.contains("2015-03-01"));

        // Naming another organisation is 404, before the body is read, like an id that does not exist.
        assertThat(officer.post(ORGS + "/" + other + "/members", Map.of()).status()).isEqualTo(404);
    }

    private static java.util.Set<String> fieldNames(JsonNode node) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theHistoryNamesTheAuthenticatedUserAndTheirRoles() {
        String id = admitted(unique("Hội Tin học"));
        HttpJson officer = officerOf(id);
        HttpJson.Response counts = officer.post(ORGS + "/" + id + "/member-counts",
                Map.of("asOf", "2024-12-31", "members", 120, "intellectualMembers", 80));
        assertThat(counts.status()).as(counts.toString()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            JsonNode lines = officer.get(ORGS + "/" + id + "/history").json().path("items");
            assertThat(lines.findValuesAsText("actingUser")).contains("can-bo-hoi-" + id.substring(0, 6), "test-staff");
            assertThat(lines.findValuesAsText("actingRoles")).contains("MEMBER_ORG_ADMIN");
        });
    }

    private String person(String name, String dateOfBirth, String organizationId) {
        HttpJson.Response created = http.post(PERSONS, Map.of("fullName", name, "dateOfBirth", dateOfBirth,
                                                               "degree", "TIEN_SI"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asText();
        HttpJson.Response membership = http.post(PERSONS + "/" + id + "/memberships",
                Map.of("organizationId", organizationId, "memberType", "OFFICIAL", "since", "2019-01-01"));
        assertThat(membership.status()).as(membership.toString()).isEqualTo(201);
        return id;
    }
}
