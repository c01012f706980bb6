package vn.lienhiep.review.engagement;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.review.ApiTestBase;
import vn.lienhiep.review.common.domain.PoolExpert;
import vn.lienhiep.review.expertpool.infrastructure.JdbcExpertPool;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /engagements/{id}/history}: who did what, when it took effect and when it was recorded, under which
 * decision — newest first, paged, in the shape of every history; cut as the engagement is cut for the caller.
 */
class EngagementHistoryApiTest extends ApiTestBase {

    private static final String E = "/api/review/engagements";

    @Autowired
    JdbcExpertPool pool;

    private final LocalDate today = LocalDate.now(Clocks.VIETNAM);

    private HttpJson coordinator() {
        return as("tvpb-lich-su", Role.REVIEW_COORDINATOR);
    }

    private HttpJson leadership() {
        return as("thuong-truc-lich-su", Role.UNION_LEADERSHIP);
    }

    @Test
    void theHistorySaysWhoDidWhatWhenAndUnderWhichDecisionAndTheOfficeDoesNotReadTheDeliberations() {
        String requesterId = "ubnd-lich-su-" + UUID.randomUUID().toString().substring(0, 6);
        String expert = UUID.randomUUID().toString();
        pool.activate(new PoolExpert(expert, UUID.randomUUID().toString(), unique("Chuyên gia Lịch sử"), List.of("207"),
                                     List.of("Trường Cao đẳng Lào Cai"), "LOCAL", "AVAILABLE"), 1);
        String id = created(coordinator().post(E, registration(requesterId)));
        await().atMost(Duration.ofSeconds(10)).until(() -> coordinator().get(E + "/" + id).status() == 200);
        LocalDate decided = today.minusDays(9);
        ok(leadership().post(E + "/" + id + "/acceptance", Map.of("decision", Map.of(
                "number", "52/QĐ-LHH", "date", decided.toString(), "issuedBy", "THUONG_TRUC", "signer", "Chủ tịch"))));
        ok(coordinator().post(E + "/" + id + "/plan", Map.of("forms", List.of("WRITTEN_COMMENTS"),
                "fundingSource", "SPONSOR", "estimateVnd", 12_500_000, "planYear", today.getYear())));
        ok(coordinator().post(E + "/" + id + "/panel/invitations", Map.of("expertId", expert, "role", "CHAIR")));
        ok(coordinator().post(E + "/" + id + "/panel/" + expert + "/acceptance", Map.of()));
        ok(coordinator().post(E + "/" + id + "/panel/" + expert + "/declaration",
                              Map.of("interests", List.of(), "signedOn", today.toString(), "nonDisclosureSigned", true)));
        ok(coordinator().post(E + "/" + id + "/panel/confirmation", Map.of()));
        ok(coordinator().post(E + "/" + id + "/opinions", Map.of("expertId", expert,
                "text", "Ý kiến nội bộ không ghi vào lịch sử", "submittedOn", today.toString())));

        JsonNode all = coordinator().get(E + "/" + id + "/history").json();
        assertThat(all.path("totalItems").asLong()).isEqualTo(8);
        JsonNode items = all.path("items");
        assertThat(items.findValuesAsText("eventType")).as("newest first").containsExactly(
                "OpinionSubmitted", "ReviewPanelFormed", "ExpertConflictDeclared", "InvitationAccepted",
                "ExpertInvited", "EngagementPlanned", "ReviewAccepted", "ReviewRequestReceived");
        JsonNode accepted = items.get(6);
        assertThat(accepted.path("summaryVi").asText()).isEqualTo("Nhận thực hiện tư vấn, phản biện");
        assertThat(accepted.path("summaryEn").asText()).isEqualTo("Accepted the engagement");
        assertThat(accepted.path("effectiveDate").asText()).isEqualTo(decided.toString());
        assertThat(accepted.path("recordedAt").asText()).startsWith(today.getYear() + "-");
        assertThat(accepted.path("actingUser").asText()).isEqualTo("thuong-truc-lich-su");
        assertThat(accepted.path("actingRoles").asText()).isEqualTo("UNION_LEADERSHIP");
        assertThat(accepted.path("decision").path("number").asText()).isEqualTo("52/QĐ-LHH");
        assertThat(accepted.path("sequence").asLong()).isEqualTo(1);
        assertThat(items.get(5).path("summaryVi").asText()).contains("12.500.000 VND");
        assertThat(all.toString()).as("no line quotes an opinion").doesNotContain("Ý kiến nội bộ");

        JsonNode paged = coordinator().get(E + "/" + id + "/history?page=1&size=3").json();
        assertThat(paged.path("items").findValuesAsText("eventType"))
                .containsExactly("InvitationAccepted", "ExpertInvited", "EngagementPlanned");
        assertThat(paged.path("totalItems").asLong()).isEqualTo(8);

        JsonNode office = as("van-phong-lich-su", Role.UNION_STAFF).get(E + "/" + id + "/history").json();
        assertThat(office.path("items").findValuesAsText("eventType"))
                .as("the office does not see the panel's deliberations, as GET /{id} cuts them")
                .doesNotContain("OpinionSubmitted").contains("ReviewPanelFormed", "ReviewAccepted");

        HttpJson requester = as(TestTokens.shared().user("vp-" + requesterId).roles(Role.REQUESTER)
                                          .requester(requesterId).bearer());
        assertThat(requester.get(E + "/" + id).status()).isEqualTo(200);
        assertThat(requester.get(E + "/" + id + "/history").status())
                .as("a requesting body's view has no internal timeline").isEqualTo(403);
        assertThat(coordinator().get(E + "/" + UUID.randomUUID() + "/history").status()).isEqualTo(404);
    }

    @Test
    void theEndpointIsDocumentedWithItsTypedPage() {
        JsonNode api = as((String) null).get("/api/review/v3/api-docs").json();
        JsonNode content = api.path("paths").path(E + "/{id}/history").path("get").path("responses").path("200")
                              .path("content");
        assertThat(content.isEmpty()).isFalse();
        String page = content.elements().next().path("schema").path("$ref").asText()
                             .replaceFirst("^#/components/schemas/", "");
        JsonNode item = api.path("components").path("schemas").path(page).path("properties").path("items")
                           .path("items");
        String entry = item.path("$ref").asText().replaceFirst("^#/components/schemas/", "");
        assertThat(api.path("components").path("schemas").path(entry).path("properties").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("eventType", "summaryVi", "summaryEn", "effectiveDate", "recordedAt",
                                           "actingUser", "actingRoles", "decision", "sequence");
    }

    private Map<String, Object> registration(String requesterId) {
        Map<String, Object> requester = new HashMap<>();
        requester.put("name", "Ủy ban nhân dân huyện Sa Pa");
        requester.put("kind", "PEOPLES_COMMITTEE");
        requester.put("requesterId", requesterId);
        Map<String, Object> request = new HashMap<>();
        request.put("title", unique("Đề án bảo tồn ruộng bậc thang"));
        request.put("subjectType", "SOCIOECONOMIC_MASTER_PLAN");
        request.put("issuingLevel", "PROVINCIAL");
        request.put("requester", requester);
        request.put("draftingBody", "Phòng Nông nghiệp huyện Sa Pa");
        request.put("reviewTypes", List.of("CRITIQUE"));
        request.put("receivedAt", today.minusDays(10).toString());
        request.put("dossier", List.of("Công văn đề nghị", "Dự thảo đề án"));
        return Map.of("origin", "COMMISSIONED", "request", request);
    }

    private static String created(HttpJson.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    private static void ok(HttpJson.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }
}
