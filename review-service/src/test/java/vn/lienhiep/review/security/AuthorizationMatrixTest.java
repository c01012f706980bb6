package vn.lienhiep.review.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.review.ApiTestBase;
import vn.lienhiep.review.common.domain.PoolExpert;
import vn.lienhiep.review.expertpool.infrastructure.JdbcExpertPool;
import vn.lienhiep.review.expertpool.projection.ExpertPoolProjection;
import vn.lienhiep.testing.AuthorizationMatrixContract;
import vn.lienhiep.testing.AccessMatrix.Row;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestTokens;

/**
 * Review's authorization matrix (src/test/resources/security/authorization-matrix.txt), checked by the platform's
 * {@link AuthorizationMatrixContract}: the fixture is an engagement its requesting body sent, an expert of the pool
 * and a plan with an item; the caller scoped elsewhere is a requester of another body.
 */
class AuthorizationMatrixTest extends ApiTestBase implements AuthorizationMatrixContract {

    private static final String OWN_BODY = "ubnd-tinh-lao-cai";
    private static final String OTHER_BODY = "ubnd-tinh-yen-bai";
    private static final String E = "/api/review/engagements";
    private static final String P = "/api/review/plans";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcExpertPool pool;

    @Autowired
    ExpertPoolProjection poolView;

    private static Fixture fixture;

    record Fixture(String engagement, String expert, String plan, String item) {
    }

    @BeforeEach
    void fixture() {
        if (fixture != null) {
            return;
        }
        LocalDate today = LocalDate.now(Clocks.VIETNAM);
        String expert = UUID.randomUUID().toString();
        PoolExpert poolExpert = new PoolExpert(expert, UUID.randomUUID().toString(), unique("Chuyên gia Ma trận"),
                                               List.of("207"), List.of("Trường Cao đẳng Lào Cai"), "LOCAL", "AVAILABLE");
        // As the expert-pool subscription does on membership's event: the SQL replica, then the read model.
        pool.activate(poolExpert, 1);
        poolView.activate(poolExpert, 1);

        // The requesting body sends its own request: the engagement is the one its scope names.
        HttpJson.Response registered = as(requesterToken(OWN_BODY)).post(E, registration(today));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String engagement = registered.json().path("id").asText();
        // The fixture expert is invited to its panel: an EXPERT asks what they may do on their own seat.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
               .until(() -> http.get(E + "/" + engagement).status() == 200);
        ok(http.post(E + "/" + engagement + "/acceptance", Map.of("decision", Map.of(
                "number", "7/QĐ-LHH", "date", today.minusDays(1).toString(), "issuedBy", "THUONG_TRUC",
                "signer", "Chủ tịch"))));
        ok(http.post(E + "/" + engagement + "/plan", Map.of("forms", List.of("WORKSHOP"), "fundingSource", "SPONSOR",
                                                            "estimateVnd", 1_000_000, "planYear", today.getYear())));
        ok(http.post(E + "/" + engagement + "/panel/invitations", Map.of("expertId", expert, "role", "MEMBER")));

        String plan = draftPlan();
        Map<String, Object> item = Map.of("title", "Hội thảo ma trận phân quyền", "subjectType", "SOCIOECONOMIC_MASTER_PLAN",
                                          "forms", List.of("WORKSHOP"), "estimateVnd", 1_000_000);
        HttpJson.Response added = http.post(P + "/" + plan + "/items", item);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String itemId = added.json().path("id").asText();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() ->
                http.get(E + "/" + engagement).json().path("panel").has(expert)
                        && http.get(P + "/" + plan + "/items/" + itemId).status() == 200
                        && http.get("/api/review/experts/" + expert).status() == 200);
        fixture = new Fixture(engagement, expert, plan, itemId);
    }

    /** One plan per year: a year no other test of this JVM drafts (PlanApiTest counts up from 2040). */
    private String draftPlan() {
        HttpJson.Response created = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            int year = ThreadLocalRandom.current().nextInt(2000, 2040);
            created = http.post(P, Map.of("year", year, "title", "Kế hoạch ma trận " + year));
            if (created.status() == 201) {
                return created.json().path("id").asText();
            }
        }
        throw new AssertionError("no plan year free: " + created);
    }

    private static Map<String, Object> registration(LocalDate today) {
        Map<String, Object> requester = new HashMap<>();
        requester.put("name", "Ủy ban nhân dân tỉnh Lào Cai");
        requester.put("kind", "PEOPLES_COMMITTEE");
        requester.put("requesterId", OWN_BODY);
        Map<String, Object> request = new HashMap<>();
        request.put("title", unique("Dự thảo Quy hoạch ma trận phân quyền"));
        request.put("subjectType", "SOCIOECONOMIC_MASTER_PLAN");
        request.put("issuingLevel", "PROVINCIAL");
        request.put("requester", requester);
        request.put("draftingBody", "Sở Kế hoạch và Đầu tư tỉnh Lào Cai");
        request.put("reviewTypes", List.of("CRITIQUE"));
        request.put("receivedAt", today.minusDays(2).toString());
        request.put("dossier", List.of("Công văn đề nghị", "Dự thảo quy hoạch"));
        return Map.of("origin", "COMMISSIONED", "request", request);
    }

    private static void ok(HttpJson.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private static String requesterToken(String body) {
        return TestTokens.shared().user("matrix-requester-" + body).roles(Role.REQUESTER).requester(body).bearer();
    }

    @Override
    public String apiPrefix() {
        return "/api/review";
    }

    @Override
    public RequestMappingHandlerMapping endpoints() {
        return mappings;
    }

    @Override
    public OwnScope ownScope() {
        return new OwnScope("hoi-ma-tran", OWN_BODY, fixture.expert());
    }

    @Override
    public String otherScopeName() {
        return "requester of another body";
    }

    @Override
    public String otherScopeToken() {
        return requesterToken(OTHER_BODY);
    }

    @Override
    public boolean strict(Row row) {
        return row.method().equals("GET") && row.hasPathVariables() && !row.path().startsWith("/api/review/admin/");
    }

    /**
     * Empty bodies, except where the object-level check runs inside the handler (after bean validation): there a valid
     * body, so a requester of another body meets the 404 rather than a 400.
     */
    @Override
    public Map<String, Object> body(Row row) {
        String path = row.path();
        if (path.equals(E + "/{id}/withdrawal")) {
            return Map.of("reason", "Rút đề nghị (kiểm tra phân quyền)");
        }
        if (path.equals(E + "/{id}/dossier/completion")) {
            return Map.of("documents", List.of("Báo cáo bổ sung (kiểm tra phân quyền)"));
        }
        if (path.equals(E + "/{id}/response")) {
            return Map.of("receivedOn", LocalDate.now(Clocks.VIETNAM).toString(),
                          "answers", List.of(Map.of("recommendationId", "R1", "adoption", "ADOPTED")));
        }
        return Map.of();
    }

    @Override
    public String bind(String path) {
        String id = path.startsWith(E + "/") ? fixture.engagement()
                : path.startsWith(P + "/") ? fixture.plan()
                : "no-such-id";
        return path.replace("{id}", id).replace("{expertId}", fixture.expert()).replace("{itemId}", fixture.item())
                   .replace("{name}", "no-such-processor");
    }
}
