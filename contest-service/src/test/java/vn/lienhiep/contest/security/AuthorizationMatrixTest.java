package vn.lienhiep.contest.security;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.lienhiep.contest.ApiTestBase;
import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.testing.AccessMatrix.Row;
import vn.lienhiep.testing.AuthorizationMatrixContract;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The contest's authorization matrix (src/test/resources/security/authorization-matrix.txt), checked by the platform's
 * {@link AuthorizationMatrixContract}: the fixture is a youth edition with its jury appointed and one entry of its
 * first field (the edition is cancelled once built, so it holds no programme open for the other tests); the judge and
 * jury-chair tokens name a judge of that field's sub-panel, the caller scoped elsewhere is a judge of the other one.
 */
class AuthorizationMatrixTest extends ApiTestBase implements AuthorizationMatrixContract {

    private static final String ED = "/api/contest/editions";
    private static final String EN = "/api/contest/entries";
    private static final String OWN_JUDGE = "p-matrix-own";
    private static final String OTHER_JUDGE = "p-matrix-other";
    private static final String AUTHOR = "p-matrix-author";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private static Fixture fixture;

    record Fixture(String edition, String entry) {
    }

    @BeforeEach
    void fixture() {
        if (fixture != null) {
            return;
        }
        LocalDate today = LocalDate.now(Clocks.VIETNAM);
        HttpJson committee = as("matrix-btc", Role.CONTEST_COMMITTEE);
        HttpJson secretariat = as("matrix-thuky", Role.CONTEST_SECRETARIAT);
        HttpJson.Response drafted = secretariat.post(ED, Map.of("type", "YOUTH_CREATIVITY", "ordinal", nextOrdinal(),
                "label", "Cuộc thi ma trận phân quyền", "awardYear", today.getYear(), "terms", Map.of(
                        "submissionOpen", today.minusDays(5).toString(), "submissionClose", today.plusDays(30).toString())));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String edition = drafted.json().path("id").asText();
        Map<String, Object> decision = Map.of("number", "01/QĐ-BTC", "date", today.toString());
        ok(committee.post(ED + "/" + edition + "/rules", Map.of("decision", decision)));
        ok(committee.post(ED + "/" + edition + "/launch", Map.of("launchedOn", today.toString())));
        ok(committee.post(ED + "/" + edition + "/jury", Map.of("decision", decision, "subPanels", List.of(
                Map.of("field", "LEARNING_TOOLS", "judges", List.of(judge(OWN_JUDGE), judge("p-matrix-2"))),
                Map.of("field", "SOFTWARE", "judges", List.of(judge(OTHER_JUDGE), judge("p-matrix-3")))))));
        HttpJson.Response entry = secretariat.post(EN, Map.of("editionId", edition, "submittedOn", today.toString(),
                "dossier", Map.of("field", "LEARNING_TOOLS", "title", "Thước đo góc từ bìa tái chế",
                                  "entrantType", "INDIVIDUAL", "authors", List.of(Map.of("personId", AUTHOR,
                                          "name", "Lò Văn Ma Trận",
                                          "principal", true, "sharePercent", 100)))));
        assertThat(entry.status()).as(entry.toString()).isEqualTo(201);
        String entryId = entry.json().path("id").asText();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() ->
                http.get(EN + "/" + entryId).json().path("panelJudges").toString().contains(OWN_JUDGE)
                && http.get(ED + "/" + edition).status() == 200);
        // The fixture's objects must exist, not stay open: cancelling frees the programme's one open edition for
        // the other tests of this JVM (every call below is about who may call, not what the state allows).
        ok(committee.post(ED + "/" + edition + "/cancellation", Map.of("decision", decision,
                                                                       "reason", "Ma trận phân quyền")));
        fixture = new Fixture(edition, entryId);
    }

    private static Map<String, Object> judge(String id) {
        return Map.of("judgeId", id, "name", "Giám khảo " + id);
    }

    private static void ok(HttpJson.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    @Override
    public TestTokens.Builder token(Role role) {
        TestTokens.Builder token = AuthorizationMatrixContract.super.token(role);
        return role == Role.JUDGE || role == Role.JURY_CHAIR ? token.person(OWN_JUDGE)
                : role == Role.ENTRANT ? token.person(AUTHOR) : token;
    }

    @Override
    public String apiPrefix() {
        return "/api/contest";
    }

    @Override
    public RequestMappingHandlerMapping endpoints() {
        return mappings;
    }

    @Override
    public OwnScope ownScope() {
        return new OwnScope(null, null, null);
    }

    @Override
    public String otherScopeName() {
        return "judge of another sub-panel";
    }

    @Override
    public String otherScopeToken() {
        return TestTokens.shared().user("matrix-other-judge").roles(Role.JUDGE).person(OTHER_JUDGE).bearer();
    }

    @Override
    public boolean strict(Row row) {
        // A certificate is 404 for every caller let through: the fixture's edition awards nothing (CertificateApiTest
        // downloads real ones).
        return row.method().equals("GET") && row.hasPathVariables() && !row.path().startsWith("/api/contest/admin/")
               && !row.path().contains("/certificates/")
               && !row.path().startsWith("/api/contest/imports/")
               && !row.path().startsWith("/api/contest/vifotec-candidacies/")
               && !row.path().startsWith("/api/contest/gallery/");
    }

    @Override
    public String bind(String path) {
        return path.replace("{editionId}", fixture.edition())
                   .replace("{id}", path.startsWith(EN + "/") ? fixture.entry()
                           : path.startsWith(ED + "/") ? fixture.edition() : "no-such-id")
                   .replace("{entryId}", fixture.entry()).replace("{name}", "no-such-processor")
                   .replace("{kind}", "past-entries").replace("{author}", "0")
                   .replace("{certificateId}", fixture.edition() + "." + fixture.entry() + ".0");
    }
}
