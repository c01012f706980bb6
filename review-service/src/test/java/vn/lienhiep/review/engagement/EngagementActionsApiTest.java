package vn.lienhiep.review.engagement;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.review.ApiTestBase;
import vn.lienhiep.review.common.domain.PoolExpert;
import vn.lienhiep.review.engagement.domain.EngagementAct;
import vn.lienhiep.review.engagement.web.EngagementActions;
import vn.lienhiep.review.expertpool.infrastructure.JdbcExpertPool;
import vn.lienhiep.testing.ActionsContract;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /engagements/{id}/actions} and {@code GET /plans/{id}/actions}: what the caller may do now — the acts the
 * record's state (its panel's seats, its drafts, its items) allows, kept where review's access table lets the caller's
 * roles call them, seen by whoever may read the record.
 */
class EngagementActionsApiTest extends ApiTestBase {

    private static final String E = "/api/review/engagements";
    private static final String P = "/api/review/plans";

    @Autowired
    JdbcExpertPool pool;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final LocalDate today = LocalDate.now(Clocks.VIETNAM);

    private HttpJson coordinator() {
        return as("tvpb-hanh-dong", Role.REVIEW_COORDINATOR);
    }

    private HttpJson leadership() {
        return as("thuong-truc-hanh-dong", Role.UNION_LEADERSHIP);
    }

    private HttpJson staff() {
        return as("van-phong-hanh-dong", Role.UNION_STAFF);
    }

    private HttpJson requester(String requesterId) {
        return as(TestTokens.shared().user("vp-" + requesterId).roles(Role.REQUESTER).requester(requesterId).bearer());
    }

    @Test
    void eachCallerSeesTheActsTheStateAllowsTheirRole() {
        String requesterId = "ubnd-hanh-dong-" + UUID.randomUUID().toString().substring(0, 6);
        String id = created(coordinator().post(E, registration(requesterId)));

        assertThat(awaitActions(leadership(), id, "acceptance")).containsExactly("acceptance", "decline", "cancellation");
        assertThat(ActionsContract.names(coordinator().get(E + "/" + id + "/actions"))).containsExactly("dossier/incomplete", "withdrawal");
        assertThat(ActionsContract.names(staff().get(E + "/" + id + "/actions"))).containsExactly("dossier/incomplete");
        HttpJson.Response own = requester(requesterId).get(E + "/" + id + "/actions");
        assertThat(own.json().toString()).isEqualTo("{\"actions\":[{\"name\":\"withdrawal\",\"method\":\"POST\","
                                                      + "\"href\":\"" + E + "/" + id + "/withdrawal\"}]}");
        assertThat(own.header("ETag")).isNotBlank();

        assertThat(requester("ubnd-khac").get(E + "/" + id + "/actions").status())
                .as("another body's request is not found, as GET /{id} answers").isEqualTo(404);
        assertThat(as((String) null).get(E + "/" + id + "/actions").status()).isEqualTo(401);
        assertThat(as(TestTokens.shared().user("chuyen-gia").roles(Role.EXPERT).expert(UUID.randomUUID().toString())
                                .bearer()).get(E + "/" + id + "/actions").status())
                .as("an expert without a seat on its panel: not found").isEqualTo(404);
        assertThat(coordinator().get(E + "/" + UUID.randomUUID() + "/actions").status()).isEqualTo(404);
    }

    @Test
    void seatActsAreOfferedPerSeatAndTheDraftIsSubmittedOnlyOnceThereIsOne() {
        String requesterId = "ubnd-hoi-dong-" + UUID.randomUUID().toString().substring(0, 6);
        String chair = expert("Chủ trì Hành động");
        String secretary = expert("Thư ký Hành động");
        String id = created(coordinator().post(E, registration(requesterId)));
        awaitActions(leadership(), id, "acceptance");
        ok(leadership().post(E + "/" + id + "/acceptance", Map.of("decision", decision(today.minusDays(9)))));
        assertThat(awaitActions(coordinator(), id, "plan")).containsExactly("plan", "withdrawal");
        ok(coordinator().post(E + "/" + id + "/plan", Map.of("forms", List.of("WORKSHOP"), "fundingSource", "SPONSOR",
                                                           "estimateVnd", 10_000_000, "planYear", today.getYear())));
        assertThat(awaitActions(coordinator(), id, "panel/invitations"))
                .containsExactly("contract", "panel/invitations", "withdrawal", "costs");
        ok(coordinator().post(E + "/" + id + "/panel/invitations", Map.of("expertId", chair, "role", "CHAIR")));
        ok(coordinator().post(E + "/" + id + "/panel/invitations", Map.of("expertId", secretary, "role", "SECRETARY")));
        ok(coordinator().post(E + "/" + id + "/panel/" + chair + "/acceptance", Map.of()));

        // once the read model has the chair's acceptance: the secretary alone may still accept
        JsonNode forming = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> coordinator().get(E + "/" + id + "/actions").json(),
                       view -> hrefs(view, "panel/{expertId}/acceptance").size() == 1);
        assertThat(hrefs(forming, "panel/{expertId}/acceptance"))
                .as("the chair has accepted; the secretary has not yet")
                .containsExactly(E + "/" + id + "/panel/" + secretary + "/acceptance");
        assertThat(hrefs(forming, "panel/{expertId}/declaration")).containsExactlyInAnyOrder(
                E + "/" + id + "/panel/" + chair + "/declaration", E + "/" + id + "/panel/" + secretary + "/declaration");
        assertThat(hrefs(forming, "panel/{expertId}/removal")).hasSize(2);
        assertThat(hrefs(forming, "panel/{expertId}/decline")).hasSize(2);
        assertThat(ActionsContract.names(forming)).contains("panel/confirmation", "panel/invitations", "contract");
        assertThat(ActionsContract.names(requester(requesterId).get(E + "/" + id + "/actions"))).containsExactly("withdrawal");
        assertThat(ActionsContract.names(leadership().get(E + "/" + id + "/actions"))).containsExactly("cancellation");

        ok(coordinator().post(E + "/" + id + "/panel/" + secretary + "/acceptance", Map.of()));
        for (String expert : List.of(chair, secretary)) {
            ok(coordinator().post(E + "/" + id + "/panel/" + expert + "/declaration",
                                  Map.of("interests", List.of(), "signedOn", today.toString(), "nonDisclosureSigned", true)));
        }
        ok(coordinator().post(E + "/" + id + "/panel/confirmation", Map.of()));
        assertThat(awaitActions(coordinator(), id, "collection-closure"))
                .containsExactly("opinions", "workshops", "collection-closure", "withdrawal", "costs");
        ok(coordinator().post(E + "/" + id + "/collection-closure", Map.of()));

        assertThat(awaitActions(coordinator(), id, "report/drafts")).as("no draft yet, nothing to submit")
                .containsExactly("opinions", "workshops", "report/drafts", "withdrawal", "costs");
        ok(coordinator().post(E + "/" + id + "/report/drafts", Map.of("summary", "Tổ chuyên gia góp ý hai nội dung.",
                "recommendations", List.of("Bổ sung số liệu.", "Làm rõ lộ trình."))));
        assertThat(awaitActions(coordinator(), id, "report/submission")).containsExactly(
                "opinions", "workshops", "report/drafts", "report/submission", "withdrawal", "costs");
        ok(coordinator().post(E + "/" + id + "/report/submission", Map.of()));

        assertThat(awaitActions(leadership(), id, "report/sending"))
                .containsExactly("report/return", "report/sending", "cancellation");
        assertThat(ActionsContract.names(coordinator().get(E + "/" + id + "/actions")))
                .doesNotContain("report/sending", "report/return").containsExactly("withdrawal", "costs");
    }

    @Test
    void anInvitedExpertIsOfferedTheActsOnTheirOwnSeatAndReadsNothingElseOfTheEngagement() {
        String requesterId = "ubnd-ghe-" + UUID.randomUUID().toString().substring(0, 6);
        String invited = expert("Chuyên gia Ghế");
        String colleague = expert("Đồng nghiệp Ghế");
        String id = created(coordinator().post(E, registration(requesterId)));
        awaitActions(leadership(), id, "acceptance");
        ok(leadership().post(E + "/" + id + "/acceptance", Map.of("decision", decision(today.minusDays(9)))));
        awaitActions(coordinator(), id, "plan");
        ok(coordinator().post(E + "/" + id + "/plan", Map.of("forms", List.of("WORKSHOP"), "fundingSource", "SPONSOR",
                                                           "estimateVnd", 10_000_000, "planYear", today.getYear())));
        awaitActions(coordinator(), id, "panel/invitations");
        ok(coordinator().post(E + "/" + id + "/panel/invitations", Map.of("expertId", invited, "role", "CHAIR")));
        ok(coordinator().post(E + "/" + id + "/panel/invitations", Map.of("expertId", colleague, "role", "MEMBER")));
        HttpJson self = expertAccount(invited);

        String seat = E + "/" + id + "/panel/" + invited + "/";
        JsonNode own = awaitJson(self, id, "panel/{expertId}/acceptance");
        assertThat(own.toString()).isEqualTo("{\"actions\":["
                + "{\"name\":\"panel/{expertId}/acceptance\",\"method\":\"POST\",\"href\":\"" + seat + "acceptance\"},"
                + "{\"name\":\"panel/{expertId}/decline\",\"method\":\"POST\",\"href\":\"" + seat + "decline\"},"
                + "{\"name\":\"panel/{expertId}/declaration\",\"method\":\"POST\",\"href\":\"" + seat + "declaration\"}]}");
        assertThat(self.get(E + "/" + id).status()).as("the expert reads nothing else of the engagement")
                                                   .isEqualTo(403);
        HttpJson.Response stranger = expertAccount(UUID.randomUUID().toString()).get(E + "/" + id + "/actions");
        assertThat(stranger.status()).as("an expert without a seat: as if there were no engagement").isEqualTo(404);
        assertThat(stranger.contentType()).startsWith("application/problem+json");

        // every act offered is served to them; once accepted, acceptance is no longer offered
        ok(self.post(seat + "acceptance", Map.of()));
        JsonNode accepted = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> self.get(E + "/" + id + "/actions").json(),
                       view -> !ActionsContract.names(view).contains("panel/{expertId}/acceptance"));
        assertThat(ActionsContract.names(accepted)).containsExactly("panel/{expertId}/decline", "panel/{expertId}/declaration");
        ok(self.post(seat + "decline", Map.of("reason", "Trùng lịch công tác")));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(self.get(E + "/" + id + "/actions").status())
                        .as("a declined expert holds no seat any more").isEqualTo(404));
        assertThat(ActionsContract.names(expertAccount(colleague).get(E + "/" + id + "/actions")))
                .containsExactly("panel/{expertId}/acceptance", "panel/{expertId}/decline",
                                 "panel/{expertId}/declaration");
    }

    private HttpJson expertAccount(String expertId) {
        return as(TestTokens.shared().user("chuyen-gia-" + expertId.substring(0, 6)).roles(Role.EXPERT).expert(expertId)
                            .bearer());
    }

    @Test
    void aPlanOffersWhatItsStateAndItemsAllow() {
        String plan = draftPlan();
        assertThat(awaitPlanActions(staff(), plan, "items")).containsExactly("items");
        assertThat(ActionsContract.names(leadership().get(P + "/" + plan + "/actions"))).isEmpty();

        HttpJson.Response added = staff().post(P + "/" + plan + "/items", Map.of("title", "Hội thảo hành động",
                "subjectType", "SOCIOECONOMIC_MASTER_PLAN", "forms", List.of("WORKSHOP"), "estimateVnd", 2_000_000));
        String item = created(added);
        assertThat(awaitPlanActions(staff(), plan, "submission")).containsExactly(
                "items", "items/{itemId}/removal", "items/{itemId}/engagement", "submission");
        ok(staff().post(P + "/" + plan + "/submission", Map.of()));

        assertThat(awaitPlanActions(leadership(), plan, "approval")).containsExactly("approval", "return");
        JsonNode submitted = awaitPlanJson(admin(), plan, "approval");
        assertThat(ActionsContract.names(submitted)).containsExactly("items/{itemId}/engagement", "approval", "return");
        assertThat(hrefs(submitted, "items/{itemId}/engagement"))
                .containsExactly(P + "/" + plan + "/items/" + item + "/engagement");
        assertThat(requester("ubnd").get(P + "/" + plan + "/actions").status()).isEqualTo(403);
        assertThat(staff().get(P + "/" + UUID.randomUUID() + "/actions").status()).isEqualTo(404);
    }

    /** The one mapping of acts to endpoints names served endpoints only. */
    @Test
    void everyActIsAServedEndpoint() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod m : info.getMethodsCondition().getMethods()) {
                    served.add(m.name() + " " + pattern);
                }
            }
        });
        for (EngagementAct act : EngagementAct.values()) {
            assertThat(served).as(act.name()).contains("POST " + E + "/{id}/" + EngagementActions.endpoint(act));
        }
        for (String name : List.of("items", "items/{itemId}/removal", "items/{itemId}/engagement", "submission",
                                   "approval", "return", "costs")) {
            assertThat(served).contains("POST " + P + "/{id}/" + name);
        }
    }

    /** The answer is documented as its own type, the same for every context. */
    @Test
    void theEndpointIsDocumentedWithItsTypedAnswer() {
        ActionsContract.assertDocumented(as((String) null).get("/api/review/v3/api-docs").json(), E + "/{id}/actions", P + "/{id}/actions");
    }


    // --- helpers -------------------------------------------------------------------------------------------------

    private List<String> awaitActions(HttpJson client, String id, String expected) {
        return ActionsContract.names(awaitJson(client, id, expected));
    }

    private JsonNode awaitJson(HttpJson client, String id, String expected) {
        return awaitOn(client, E + "/" + id + "/actions", expected);
    }

    private List<String> awaitPlanActions(HttpJson client, String id, String expected) {
        return ActionsContract.names(awaitPlanJson(client, id, expected));
    }

    private JsonNode awaitPlanJson(HttpJson client, String id, String expected) {
        return awaitOn(client, P + "/" + id + "/actions", expected);
    }

    /** The read model follows the command within milliseconds: wait until the actions show the one expected. */
    private static JsonNode awaitOn(HttpJson client, String path, String expected) {
        JsonNode[] answer = new JsonNode[1];
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            HttpJson.Response response = client.get(path);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(ActionsContract.names(response.json())).contains(expected);
            answer[0] = response.json();
        });
        return answer[0];
    }



    private static List<String> hrefs(JsonNode view, String name) {
        List<String> hrefs = new ArrayList<>();
        view.path("actions").forEach(action -> {
            if (action.path("name").asText().equals(name)) {
                hrefs.add(action.path("href").asText());
            }
        });
        return hrefs;
    }

    private Map<String, Object> registration(String requesterId) {
        Map<String, Object> requester = new HashMap<>();
        requester.put("name", "Ủy ban nhân dân huyện Bát Xát");
        requester.put("kind", "PEOPLES_COMMITTEE");
        requester.put("requesterId", requesterId);
        Map<String, Object> request = new HashMap<>();
        request.put("title", unique("Đề án phát triển du lịch cộng đồng"));
        request.put("subjectType", "SOCIOECONOMIC_MASTER_PLAN");
        request.put("issuingLevel", "PROVINCIAL");
        request.put("requester", requester);
        request.put("draftingBody", "Phòng Văn hóa huyện Bát Xát");
        request.put("reviewTypes", List.of("CRITIQUE"));
        request.put("receivedAt", today.minusDays(10).toString());
        request.put("dossier", List.of("Công văn đề nghị", "Dự thảo đề án"));
        return Map.of("origin", "COMMISSIONED", "request", request);
    }

    private static Map<String, Object> decision(LocalDate date) {
        return Map.of("number", "41/QĐ-LHH", "date", date.toString(), "issuedBy", "THUONG_TRUC", "signer", "Chủ tịch");
    }

    private String expert(String name) {
        String id = UUID.randomUUID().toString();
        pool.activate(new PoolExpert(id, UUID.randomUUID().toString(), unique(name), List.of("207"),
                                     List.of("Trường Cao đẳng Lào Cai"), "LOCAL", "AVAILABLE"), 1);
        return id;
    }

    /** One plan per year: a year no other test of this JVM drafts (PlanApiTest from 2040, the matrix before). */
    private String draftPlan() {
        HttpJson.Response created = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            int year = ThreadLocalRandom.current().nextInt(2070, 2100);
            created = staff().post(P, Map.of("year", year, "title", "Kế hoạch hành động " + year));
            if (created.status() == 201) {
                return created.json().path("id").asText();
            }
        }
        throw new AssertionError("no plan year free: " + created);
    }

    private static String created(HttpJson.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    private static void ok(HttpJson.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }
}
