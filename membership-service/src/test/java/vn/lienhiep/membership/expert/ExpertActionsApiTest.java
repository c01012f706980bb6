package vn.lienhiep.membership.expert;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
import vn.lienhiep.membership.ApiTestBase;
import vn.lienhiep.testing.ActionsContract;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /experts/{id}/actions}: what the caller may do to an expert profile now — the acts whose named policy's
 * status part the profile's status passes, kept where membership's access table lets the caller's roles call them,
 * seen by whoever reads the profile.
 */
class ExpertActionsApiTest extends ApiTestBase {

    private static final String EXPERTS = "/api/membership/experts";
    private static final String PERSONS = "/api/membership/persons";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theOfficeVerifiesOrRejectsAPendingProfileDeactivatesAnActiveOneAndVerifiesAnInactiveOneAgain() {
        String id = registeredExpert();
        HttpJson.Response pending = awaitActions(http, id, "verification");
        assertThat(pending.header("ETag")).isEqualTo("\"0\"");
        assertThat(pending.json().toString()).isEqualTo("{\"actions\":[" + action("verification", id) + ","
                + action("rejection", id) + "," + action("profile", id) + "]}");

        ok(http.post(EXPERTS + "/" + id + "/verification", Map.of("note", "Đủ hồ sơ")));
        assertThat(ActionsContract.names(awaitActions(http, id, "deactivation"))).containsExactly("profile", "deactivation");

        ok(http.post(EXPERTS + "/" + id + "/deactivation", Map.of("reason", "Nghỉ hưu")));
        assertThat(ActionsContract.names(awaitActions(http, id, "verification")))
                .as("an inactive expert may be verified again, not rejected").containsExactly("verification", "profile");
    }

    @Test
    void aRejectedProfileIsOnlyCorrectedAndReadersWhoKeepNoRecordsSeeNothingToDo() {
        String id = registeredExpert();
        awaitActions(http, id, "rejection");
        ok(http.post(EXPERTS + "/" + id + "/rejection", Map.of("reason", "Thiếu bằng cấp")));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(ActionsContract.names(http.get(EXPERTS + "/" + id + "/actions"))).containsExactly("profile"));

        HttpJson leadership = as("test-leadership-only", Role.UNION_LEADERSHIP);
        HttpJson.Response read = leadership.get(EXPERTS + "/" + id + "/actions");
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().toString()).as("the leadership reads the pool, keeps none of it")
                                          .isEqualTo("{\"actions\":[]}");
    }

    @Test
    void whoMayNotReadTheProfileMayNotAskAndAnUnknownOneIsNotFound() {
        String id = registeredExpert();
        awaitActions(http, id, "verification");
        HttpJson self = as(TestTokens.shared().user("chuyen-gia").roles(Role.EXPERT).expert(id).bearer());

        assertThat(as((String) null).get(EXPERTS + "/" + id + "/actions").status()).isEqualTo(401);
        assertThat(self.get(EXPERTS + "/" + id + "/actions").status())
                .as("an expert does not read the pool, their own profile included, as GET /{id}").isEqualTo(403);
        assertThat(as("can-bo", Role.MEMBER_ORG_ADMIN).get(EXPERTS + "/" + id + "/actions").status()).isEqualTo(403);
        HttpJson.Response unknown = http.get(EXPERTS + "/" + UUID.randomUUID() + "/actions");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    /** Every action offered is a served endpoint below the expert. */
    @Test
    void everyOfferedActionIsAServedEndpointAndTheAnswerIsDocumented() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod m : info.getMethodsCondition().getMethods()) {
                    served.add(m.name() + " " + pattern);
                }
            }
        });
        String id = registeredExpert();
        JsonNode pending = awaitActions(http, id, "verification").json();
        ok(http.post(EXPERTS + "/" + id + "/verification", Map.of("note", "Đủ hồ sơ")));
        JsonNode active = awaitActions(http, id, "deactivation").json();
        for (JsonNode view : List.of(pending, active)) {
            for (JsonNode action : view.path("actions")) {
                assertThat(served).contains(action.path("method").asText() + " " + EXPERTS + "/{id}/"
                                            + action.path("name").asText());
                assertThat(action.path("href").asText())
                        .isEqualTo(EXPERTS + "/" + id + "/" + action.path("name").asText());
            }
        }

        JsonNode api = as((String) null).get("/api/membership/v3/api-docs").json();
        JsonNode content = api.path("paths").path(EXPERTS + "/{id}/actions").path("get").path("responses")
                              .path("200").path("content");
        assertThat(content.isEmpty()).isFalse();
        assertThat(content.elements().next().path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/ActionsView");
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private String registeredExpert() {
        Map<String, Object> person = new HashMap<>();
        person.put("fullName", unique("Lê Thị Hành Động"));
        person.put("dateOfBirth", "1975-02-14");
        person.put("degree", "TIEN_SI");
        person.put("workSector", "CAN_BO_CONG_CHUC");
        person.put("field", "KHCN");
        HttpJson.Response registered = http.post(PERSONS, person);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        Map<String, Object> profile = new HashMap<>();
        profile.put("expertiseFields", List.of("202"));
        profile.put("specialisations", "Thủy lợi");
        profile.put("scope", "LOCAL");
        profile.put("yearsExperience", 15);
        profile.put("employers", List.of("Sở Nông nghiệp"));
        profile.put("positions", List.of("Chuyên viên"));
        profile.put("availability", "AVAILABLE");
        profile.put("consentToProcessPersonalData", true);
        profile.put("consentToPublishName", false);
        HttpJson.Response created = http.post(EXPERTS, Map.of("personId", registered.json().get("id").asText(),
                                                              "profile", profile));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /** The read model follows the command within milliseconds: wait until the actions show the one expected. */
    private HttpJson.Response awaitActions(HttpJson client, String id, String expected) {
        HttpJson.Response[] answer = new HttpJson.Response[1];
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            HttpJson.Response response = client.get(EXPERTS + "/" + id + "/actions");
            assertThat(ActionsContract.names(response)).contains(expected);
            answer[0] = response;
        });
        return answer[0];
    }


    private static String action(String name, String id) {
        return "{\"name\":\"" + name + "\",\"method\":\"POST\",\"href\":\"" + EXPERTS + "/" + id + "/" + name + "\"}";
    }

    private static void ok(HttpJson.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
