package vn.lienhiep.review.engagement;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.review.ApiTestBase;
import vn.lienhiep.review.common.domain.PoolExpert;
import vn.lienhiep.review.expertpool.infrastructure.JdbcExpertPool;
import vn.lienhiep.review.expertpool.projection.ExpertPoolProjection;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An expert's own account (its token names the expert it is, the {@code expert} claim) answers its own invitation,
 * signs its own declaration and downloads its own signed record; it can do none of that for another expert, and gets
 * 404 exactly as for an id that does not exist.
 */
class ExpertSelfTest extends ApiTestBase {

    private static final String E = "/api/review/engagements";

    @Autowired
    JdbcExpertPool pool;
    @Autowired
    ExpertPoolProjection poolView;
    @Autowired
    EventStore eventStore;

    private final LocalDate today = LocalDate.now(Clocks.VIETNAM);

    @Test
    void anExpertAnswersTheirOwnInvitationAndDownloadsTheirOwnRecordButNobodyElses() {
        String own = expert("Chuyên gia Tự Trả Lời");
        String colleague = expert("Chuyên gia Đồng Nghiệp");
        HttpJson self = asExpert("chuyen-gia-tu-tra-loi", own);
        HttpJson other = asExpert("chuyen-gia-dong-nghiep", colleague);
        HttpJson unlinked = as(TestTokens.shared().user("chuyen-gia-chua-lien-ket").roles(Role.EXPERT).bearer());

        String id = engagementInvitingBoth(own, colleague);

        // Someone else's invitation: not found, whoever else asks; nothing recorded.
        assertThat(other.post(E + "/" + id + "/panel/" + own + "/acceptance", Map.of()).status()).isEqualTo(404);
        assertThat(unlinked.post(E + "/" + id + "/panel/" + own + "/acceptance", Map.of()).status()).isEqualTo(404);
        assertThat(other.post(E + "/" + id + "/panel/" + own + "/declaration", declaration()).status()).isEqualTo(404);

        // Their own: accepted and declared by the expert themselves, recorded as their act.
        HttpJson.Response accepted = self.post(E + "/" + id + "/panel/" + own + "/acceptance", Map.of());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        HttpJson.Response declared = self.post(E + "/" + id + "/panel/" + own + "/declaration", declaration());
        assertThat(declared.status()).as(declared.toString()).isEqualTo(200);
        HttpJson.Response declined = other.post(E + "/" + id + "/panel/" + colleague + "/decline",
                                                Map.of("reason", "Trùng lịch công tác"));
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);

        assertThat(eventStore.readEvents(id).asStream()
                             .filter(e -> e.getPayloadType().getSimpleName().equals("InvitationAccepted"))
                             .map(e -> e.getMetaData().get("actingUser")))
                .as("the acceptance is the expert's own act").containsExactly("chuyen-gia-tu-tra-loi");

        // Their own signed record, with the engagement they accepted; another expert's record stays closed to them.
        HttpJson.Response record = await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> self.get("/api/review/experts/" + own + "/record"),
                       r -> r.status() == 200 && r.body().contains(id) && r.body().contains("acceptedOn"));
        assertThat(record.json().path("expertId").asText()).isEqualTo(own);
        assertThat(record.json().path("signature").asText()).contains("..");
        assertThat(self.get("/api/review/experts/" + colleague + "/record").status()).isEqualTo(404);
        assertThat(unlinked.get("/api/review/experts/" + own + "/record").status()).isEqualTo(404);
        // Experts do not browse the pool or other engagements.
        assertThat(self.get("/api/review/experts/" + own).status()).isEqualTo(403);
        assertThat(self.get(E + "/" + id).status()).isEqualTo(403);
    }

    private HttpJson asExpert(String username, String expertId) {
        return as(TestTokens.shared().user(username).roles(Role.EXPERT).expert(expertId).bearer());
    }

    private String engagementInvitingBoth(String first, String second) {
        HttpJson coordinator = as("tvpb-tu-tra-loi", Role.REVIEW_COORDINATOR);
        HttpJson.Response created = coordinator.post(E, registration());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asText();
        ok(as("thuong-truc-tu-tra-loi", Role.UNION_LEADERSHIP).post(E + "/" + id + "/acceptance", Map.of("decision",
                Map.of("number", "51/QĐ-LHH", "date", today.minusDays(8).toString(), "issuedBy", "THUONG_TRUC",
                       "signer", "Chủ tịch"))));
        ok(coordinator.post(E + "/" + id + "/plan", Map.of("forms", List.of("EXPERT_GROUP"), "fundingSource",
                "REQUESTER_CONTRACT", "estimateVnd", 12_000_000, "planYear", today.getYear(), "contractRef", "HĐ 21")));
        ok(coordinator.post(E + "/" + id + "/panel/invitations", Map.of("expertId", first, "role", "MEMBER")));
        ok(coordinator.post(E + "/" + id + "/panel/invitations", Map.of("expertId", second, "role", "MEMBER")));
        return id;
    }

    private Map<String, Object> declaration() {
        return Map.of("interests", List.of(), "signedOn", today.toString(), "nonDisclosureSigned", true);
    }

    private Map<String, Object> registration() {
        Map<String, Object> requester = new HashMap<>();
        requester.put("name", "Ủy ban nhân dân tỉnh Lào Cai");
        requester.put("kind", "PEOPLES_COMMITTEE");
        requester.put("requesterId", "ubnd-" + UUID.randomUUID().toString().substring(0, 6));
        Map<String, Object> request = new HashMap<>();
        request.put("title", unique("Đề án phát triển vùng chè Shan tuyết"));
        request.put("subjectType", "SOCIOECONOMIC_MASTER_PLAN");
        request.put("issuingLevel", "PROVINCIAL");
        request.put("requester", requester);
        request.put("draftingBody", "Sở Nông nghiệp và Môi trường tỉnh Lào Cai");
        request.put("reviewTypes", List.of("CONSULTANCY"));
        request.put("receivedAt", today.minusDays(10).toString());
        request.put("dossier", List.of("Công văn đề nghị", "Dự thảo đề án"));
        return Map.of("origin", "COMMISSIONED", "request", request);
    }

    private String expert(String name) {
        String id = UUID.randomUUID().toString();
        PoolExpert expert = new PoolExpert(id, UUID.randomUUID().toString(), unique(name), List.of("207"),
                                           List.of("Trường Cao đẳng Lào Cai"), "LOCAL", "AVAILABLE");
        // As the expert-pool subscription does on membership's event: the SQL replica, then the read model.
        pool.activate(expert, 1);
        poolView.activate(expert, 1);
        return id;
    }

    private static void ok(HttpJson.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }
}
