package vn.lienhiep.membership.organization;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.membership.ApiTestBase;
import vn.lienhiep.membership.organization.domain.OrganizationTransition;
import vn.lienhiep.membership.organization.web.OrganizationActions;
import vn.lienhiep.testing.ActionsContract;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /organizations/{id}/actions}: what the caller may do now — the acts the organisation's status allows,
 * kept where membership's access table lets the caller's roles call them, with the object scope of the record.
 */
class OrganizationActionsApiTest extends ApiTestBase {

    private static final String ORGS = "/api/membership/organizations";
    private static final List<String> FULL_DOSSIER = List.of("APPLICATION_LETTER", "ESTABLISHMENT_DECISION", "CHARTER",
                                                             "LEADERSHIP_LIST", "MEMBER_COUNT");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private HttpJson staff() {
        return as("test-staff-only", Role.UNION_STAFF);
    }

    private HttpJson leadership() {
        return as("test-leadership-only", Role.UNION_LEADERSHIP);
    }

    private HttpJson officerOf(String organizationId) {
        return as(TestTokens.shared().user("can-bo-" + organizationId.substring(0, 6)).roles(Role.MEMBER_ORG_ADMIN)
                            .organization(organizationId).bearer());
    }

    @Test
    void staffOnASubmittedApplicationVerifyOrAskForDocumentsAndTheLeadershipAdmitsOnlyOnceRecommended() {
        String id = created(http.post(ORGS, Map.of("name", unique("Hội Hành động"), "kind", "SPECIALISED_ASSOCIATION",
                                                    "field", "Khoa học", "dossier", FULL_DOSSIER)));

        List<String> staffNames = awaitActions(staff(), id, "verification");
        assertThat(staffNames).containsExactly("supplement-requests", "verification", "name", "field", "flags",
                                               "members");
        assertThat(ActionsContract.names(leadership().get(ORGS + "/" + id + "/actions")))
                .as("the office's dossier steps are not the leadership's; nothing to decide yet")
                .doesNotContain("verification", "supplement-requests", "admission", "recommendation")
                .isEmpty();

        ok(http.post(ORGS + "/" + id + "/verification", Map.of("note", "Đủ hồ sơ")));
        assertThat(awaitActions(leadership(), id, "recommendation")).containsExactly("recommendation", "rejection");
        ok(http.post(ORGS + "/" + id + "/recommendation", Map.of("decision", decision("15/NQ-BTV", "BTV", null))));

        assertThat(awaitActions(leadership(), id, "admission")).containsExactly("admission", "rejection");
        assertThat(ActionsContract.names(staff().get(ORGS + "/" + id + "/actions")))
                .doesNotContain("admission", "rejection", "verification")
                .containsExactly("name", "field", "flags", "members");

        ok(http.post(ORGS + "/" + id + "/admission", Map.of("decision", decision("16/QĐ-LHH", "BCH", "Chủ tịch"))));
        assertThat(awaitActions(admin(), id, "suspension")).containsExactly(
                "suspension", "withdrawal", "expulsion", "dissolution", "name", "field", "flags", "member-counts",
                "members");
    }

    @Test
    void anOfficerSeesWhatTheirRoleMayDoToTheirOwnOrganisationAndNothingOfAnother() {
        String own = existingMember(unique("Hội Cán bộ đầu mối"));
        String other = existingMember(unique("Hội Khác"));
        awaitActions(http, own, "suspension");
        awaitActions(http, other, "suspension");

        HttpJson.Response mine = officerOf(own).get(ORGS + "/" + own + "/actions");
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.header("ETag")).isNotBlank();
        assertThat(mine.json().toString()).isEqualTo("{\"actions\":["
                + action("withdrawal", own) + "," + action("name", own) + "," + action("field", own) + ","
                + action("member-counts", own) + "," + action("members", own) + "]}");

        HttpJson.Response others = officerOf(own).get(ORGS + "/" + other + "/actions");
        assertThat(others.status()).as("another organisation's acts are not found, like its history").isEqualTo(404);
        assertThat(others.contentType()).startsWith("application/problem+json");
    }

    @Test
    void callersOutsideTheOfficeSeeNothingToDoAndWhatTheyMayNotReadIsNotFound() {
        String member = existingMember(unique("Hội Ngoài văn phòng"));
        String applicant = created(http.post(ORGS, Map.of("name", unique("Hội Ứng viên"), "kind", "FEDERATION",
                                                           "field", "Kinh tế")));
        awaitActions(http, member, "suspension");
        awaitActions(http, applicant, "verification");
        HttpJson requester = as(TestTokens.shared().user("co-quan").roles(Role.REQUESTER).requester("ubnd").bearer());

        assertThat(as(null).get(ORGS + "/" + member + "/actions").status()).as("anonymous").isEqualTo(401);
        HttpJson.Response directory = requester.get(ORGS + "/" + member + "/actions");
        assertThat(directory.status()).isEqualTo(200);
        assertThat(directory.json().toString()).isEqualTo("{\"actions\":[]}");
        assertThat(requester.get(ORGS + "/" + applicant + "/actions").status())
                .as("an application outside the directory, as GET /{id} answers").isEqualTo(404);
        assertThat(http.get(ORGS + "/" + UUID.randomUUID() + "/actions").status()).isEqualTo(404);
    }

    /** The one mapping of transitions to endpoints names served endpoints only, and every action offered is one. */
    @Test
    void everyTransitionAndEveryOfferedActionIsAServedEndpoint() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod m : info.getMethodsCondition().getMethods()) {
                    served.add(m.name() + " " + pattern);
                }
            }
        });
        for (OrganizationTransition transition : OrganizationTransition.values()) {
            assertThat(served).as(transition.name())
                              .contains("POST " + ORGS + "/{id}/" + OrganizationActions.endpoint(transition));
        }
        String member = existingMember(unique("Hội Mọi hành động"));
        JsonNode actions = awaitJson(admin(), member, "suspension").path("actions");
        for (JsonNode action : actions) {
            assertThat(served).contains(action.path("method").asText() + " " + ORGS + "/{id}/"
                                        + action.path("name").asText());
            assertThat(action.path("href").asText()).isEqualTo(ORGS + "/" + member + "/" + action.path("name").asText());
        }
    }

    /** The answer is documented as its own type, the same for every context. */
    @Test
    void theEndpointIsDocumentedWithItsTypedAnswer() {
        ActionsContract.assertDocumented(as((String) null).get("/api/membership/v3/api-docs").json(), ORGS + "/{id}/actions");
    }


    // --- helpers -------------------------------------------------------------------------------------------------

    /** The read model follows the command within milliseconds: wait until the actions show the one expected. */
    private List<String> awaitActions(HttpJson client, String id, String expected) {
        return ActionsContract.names(awaitJson(client, id, expected));
    }

    private JsonNode awaitJson(HttpJson client, String id, String expected) {
        JsonNode[] answer = new JsonNode[1];
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            HttpJson.Response response = client.get(ORGS + "/" + id + "/actions");
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(ActionsContract.names(response.json())).contains(expected);
            answer[0] = response.json();
        });
        return answer[0];
    }



    private static String action(String name, String id) {
        return "{\"name\":\"" + name + "\",\"method\":\"POST\",\"href\":\"" + ORGS + "/" + id + "/" + name + "\"}";
    }

    private String existingMember(String name) {
        return created(http.post(ORGS + "/existing-members", Map.of(
                "name", name, "kind", "SPECIALISED_ASSOCIATION", "field", "Khoa học",
                "admission", Map.of("number", "9/QĐ-LHH", "date", "2015-01-05", "issuedBy", "BCH",
                                    "signer", "Chủ tịch"))));
    }

    private static Map<String, Object> decision(String number, String issuedBy, String signer) {
        String today = LocalDate.now(Clocks.VIETNAM).toString();
        return signer == null ? Map.of("number", number, "date", today, "issuedBy", issuedBy)
                : Map.of("number", number, "date", today, "issuedBy", issuedBy, "signer", signer);
    }

    private static String created(HttpJson.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private static void ok(HttpJson.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
