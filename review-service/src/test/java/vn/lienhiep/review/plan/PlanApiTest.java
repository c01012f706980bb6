package vn.lienhiep.review.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.review.ApiTestBase;
import vn.lienhiep.review.common.domain.ApprovedPlans;
import vn.lienhiep.testing.HttpJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The annual plan API as a client uses it (seed 1, Sơn La): draft, items, submission, the People's Committee's
 * approval, engagements run within the approved plan, actual costs against the frozen estimate; and the errors.
 */
class PlanApiTest extends ApiTestBase {

    private static final String PLANS = "/api/review/plans";
    /** Tests share one database and a year holds one plan: each plan takes the next free year. */
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2040);
    private static final Map<String, Object> UBND_DECISION = Map.of(
            "number", "512/QĐ-UBND", "date", "2026-03-10", "issuedBy", "UBND_TINH", "signer", "Phó Chủ tịch");

    @Autowired
    private ApprovedPlans approvedPlans;

    @Test
    void aPlanIsApprovedOnceAndItsEventsRunWithinIt() {
        Plan plan = draft();
        String engagement1 = "eng-" + UUID.randomUUID();
        String engagement2 = "eng-" + UUID.randomUUID();
        String workshop = addItem(plan, "Hội thảo quy hoạch tỉnh", 30_000_000, engagement1);
        String study = addItem(plan, "Đề tài đánh giá chính sách trí thức", 20_000_000, null);

        ok(http.post(PLANS + "/" + plan.id + "/submission", null));
        assertThat(approvedPlans.includes(plan.year, engagement1)).as("not approved yet").isFalse();

        HttpJson.Response approval = http.post(PLANS + "/" + plan.id + "/approval", Map.of("decision", UBND_DECISION));
        assertThat(approval.status()).as(approval.toString()).isEqualTo(200);
        assertThat(approval.json().get("status").asText()).isEqualTo("APPROVED");
        assertThat(approvedPlans.includes(plan.year, engagement1)).as("approved and linked").isTrue();
        assertThat(approvedPlans.includes(plan.year, engagement2)).as("not linked yet").isFalse();
        assertThat(approvedPlans.includes(plan.year + 1, engagement1)).as("another year").isFalse();

        // An event within the approved plan needs no new approval: linking is enough.
        ok(http.post(PLANS + "/" + plan.id + "/items/" + study + "/engagement", Map.of("engagementId", engagement2)));
        assertThat(approvedPlans.includes(plan.year, engagement2)).isTrue();

        ok(http.post(PLANS + "/" + plan.id + "/costs", Map.of("engagementId", engagement1, "amountVnd", 12_000_000,
                "description", "Thù lao chuyên gia", "incurredOn", LocalDate.now().minusDays(1).toString())));
        ok(http.post(PLANS + "/" + plan.id + "/costs", Map.of("itemId", study, "amountVnd", 25_000_000,
                "description", "Khảo sát thực địa", "incurredOn", LocalDate.now().minusDays(1).toString())));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode view = http.get(PLANS + "/" + plan.id).json();
            assertThat(view.get("costs")).hasSize(2);
        });
        HttpJson.Response read = http.get(PLANS + "/" + plan.id);
        JsonNode view = read.json();
        assertThat(read.header("ETag")).isEqualTo("\"" + view.get("version").asLong() + "\"");
        assertThat(view.get("status").asText()).isEqualTo("APPROVED");
        assertThat(view.get("year").asInt()).isEqualTo(plan.year);
        assertThat(view.get("estimateTotalVnd").asLong()).isEqualTo(50_000_000);
        assertThat(view.get("approvedEstimateVnd").asLong()).isEqualTo(50_000_000);
        assertThat(view.get("actualTotalVnd").asLong()).isEqualTo(37_000_000);
        assertThat(view.get("overEstimate").asBoolean()).isFalse();
        assertThat(view.get("approval").get("number").asText()).isEqualTo("512/QĐ-UBND");
        JsonNode first = item(view, workshop);
        assertThat(first.get("engagementId").asText()).isEqualTo(engagement1);
        assertThat(first.get("actualVnd").asLong()).isEqualTo(12_000_000);
        assertThat(first.get("overEstimate").asBoolean()).isFalse();
        JsonNode second = item(view, study);
        assertThat(second.get("engagementId").asText()).isEqualTo(engagement2);
        assertThat(second.get("actualVnd").asLong()).isEqualTo(25_000_000);
        assertThat(second.get("overEstimate").asBoolean()).as("over its estimate, flagged").isTrue();

        HttpJson.Response oneItem = http.get(PLANS + "/" + plan.id + "/items/" + study);
        assertThat(oneItem.status()).isEqualTo(200);
        assertThat(oneItem.json().get("estimateVnd").asLong()).isEqualTo(20_000_000);
        assertThat(http.get(PLANS + "/" + plan.id + "/items/item-unknown").status()).isEqualTo(404);

        JsonNode listed = http.get(PLANS + "?year=" + plan.year).json();
        assertThat(listed.get("totalItems").asInt()).isEqualTo(1);
        assertThat(listed.get("items").get(0).get("id").asText()).isEqualTo(plan.id);

        JsonNode history = http.get(PLANS + "/" + plan.id + "/history").json();
        assertThat(history).hasSize(8);
        assertThat(history.get(0).get("eventType").asText()).isEqualTo("PlanDrafted");
        assertThat(history.get(4).get("decision").get("number").asText()).isEqualTo("512/QĐ-UBND");
        assertThat(history.get(4).get("actingUser").asText()).isEqualTo("test-staff");
        assertThat(history.get(7).get("summaryVi").asText()).contains("vượt dự toán");
    }

    @Test
    void aReturnedPlanIsChangedAndSubmittedAgain() {
        Plan plan = draft();
        String item = addItem(plan, "Hội thảo", 10_000_000, null);
        ok(http.post(PLANS + "/" + plan.id + "/submission", null));
        ok(http.post(PLANS + "/" + plan.id + "/return", Map.of("reason", "Bổ sung thuyết minh dự toán")));
        HttpJson.Response removed = http.send("DELETE", PLANS + "/" + plan.id + "/items/" + item, null, Map.of());
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(removed.json().get("status").asText()).isEqualTo("DRAFT");
        HttpJson.Response empty = http.post(PLANS + "/" + plan.id + "/submission", null);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("rule").asText()).isEqualTo("review.plan.empty");
    }

    @Test
    void businessRulesAnswer422NamingTheRule() {
        Plan plan = draft();
        HttpJson.Response sameYear = http.post(PLANS, Map.of("year", plan.year, "title", "Kế hoạch thứ hai"));
        assertThat(sameYear.status()).as(sameYear.toString()).isEqualTo(422);
        assertThat(sameYear.json().get("rule").asText()).isEqualTo("review.plan.year-taken");

        addItem(plan, "Hội thảo", 10_000_000, null);
        ok(http.post(PLANS + "/" + plan.id + "/submission", null));
        HttpJson.Response byTheUnion = http.post(PLANS + "/" + plan.id + "/approval", Map.of("decision", Map.of(
                "number", "15/QĐ-LHH", "date", "2026-03-01", "issuedBy", "THUONG_TRUC")));
        assertThat(byTheUnion.status()).isEqualTo(422);
        assertThat(byTheUnion.json().get("rule").asText()).isEqualTo("review.plan.approval-authority");

        ok(http.post(PLANS + "/" + plan.id + "/approval", Map.of("decision", UBND_DECISION)));
        HttpJson.Response frozen = http.post(PLANS + "/" + plan.id + "/items", itemBody("Thêm hội thảo", 5_000_000, null));
        assertThat(frozen.status()).isEqualTo(422);
        assertThat(frozen.json().get("rule").asText()).isEqualTo("review.plan.approved-frozen");
        assertThat(frozen.json().get("detail").asText()).isNotBlank();
    }

    @Test
    void malformedInputIs400WithTheFieldsNamed() {
        HttpJson.Response noTitle = http.post(PLANS, Map.of("year", 1990));
        assertThat(noTitle.status()).as(noTitle.toString()).isEqualTo(400);
        assertThat(noTitle.header("Content-Type")).contains("application/problem+json");
        assertThat(noTitle.json().get("errors").findValuesAsText("field")).contains("year", "title");

        Plan plan = draft();
        HttpJson.Response badItem = http.post(PLANS + "/" + plan.id + "/items", Map.of(
                "title", "Hội thảo", "subjectType", "OTHER", "forms", List.of(), "estimateVnd", -5));
        assertThat(badItem.status()).as(badItem.toString()).isEqualTo(400);
        assertThat(badItem.json().get("errors").findValuesAsText("field")).contains("forms", "estimateVnd");

        HttpJson.Response badEnum = http.post(PLANS + "/" + plan.id + "/items", Map.of(
                "title", "Hội thảo", "subjectType", "PLANET", "forms", List.of("WORKSHOP"), "estimateVnd", 5));
        assertThat(badEnum.status()).isEqualTo(400);

        HttpJson.Response zeroCost = http.post(PLANS + "/" + plan.id + "/costs", Map.of(
                "itemId", "x", "amountVnd", 0, "description", "Chi", "incurredOn", "2026-01-01"));
        assertThat(zeroCost.status()).isEqualTo(400);
        assertThat(zeroCost.json().get("errors").findValuesAsText("field")).contains("amountVnd");

        HttpJson.Response bothTargets = http.post(PLANS + "/" + plan.id + "/costs", Map.of(
                "itemId", "x", "engagementId", "y", "amountVnd", 5, "description", "Chi", "incurredOn", "2026-01-01"));
        assertThat(bothTargets.status()).isEqualTo(400);
    }

    @Test
    void unknownPlansAre404AndStaleVersionsAre409() {
        String unknown = UUID.randomUUID().toString();
        assertThat(http.get(PLANS + "/" + unknown).status()).isEqualTo(404);
        assertThat(http.get(PLANS + "/" + unknown + "/history").status()).isEqualTo(404);
        assertThat(http.post(PLANS + "/" + unknown + "/submission", null).status()).isEqualTo(404);

        Plan plan = draft();
        HttpJson.Response added = http.post(PLANS + "/" + plan.id + "/items", itemBody("Hội thảo", 1_000_000, null),
                                            Map.of("If-Match", "\"0\""));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.header("ETag")).isEqualTo("\"1\"");
        HttpJson.Response stale = http.post(PLANS + "/" + plan.id + "/items", itemBody("Tọa đàm", 1_000_000, null),
                                            Map.of("If-Match", "\"0\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("actualVersion").asLong()).isEqualTo(1);
    }

    @Test
    void onlyTheAllowedRolesMayAct() {
        Plan plan = draft();
        addItem(plan, "Hội thảo", 1_000_000, null);
        ok(as("coordinator", Role.REVIEW_COORDINATOR).post(PLANS + "/" + plan.id + "/submission", null));

        HttpJson.Response coordinatorApproves = as("coordinator", Role.REVIEW_COORDINATOR)
                .post(PLANS + "/" + plan.id + "/approval", Map.of("decision", UBND_DECISION));
        assertThat(coordinatorApproves.status()).isEqualTo(403);
        assertThat(coordinatorApproves.header("Content-Type")).contains("application/problem+json");

        HttpJson.Response leadershipDrafts = as("leader", Role.UNION_LEADERSHIP)
                .post(PLANS, Map.of("year", 2099, "title", "Kế hoạch"));
        assertThat(leadershipDrafts.status()).isEqualTo(403);
        assertThat(as("leader", Role.UNION_LEADERSHIP).get(PLANS + "/" + plan.id + "/history").status()).isEqualTo(200);

        assertThat(as("expert", Role.EXPERT).get(PLANS).status()).isEqualTo(403);
        assertThat(as("requester", Role.REQUESTER).get(PLANS + "/" + plan.id).status()).isEqualTo(403);
        assertThat(as((String) null).get(PLANS).status()).isEqualTo(401);

        HttpJson.Response adminApproves = as("admin", Role.UNION_ADMIN)
                .post(PLANS + "/" + plan.id + "/approval", Map.of("decision", UBND_DECISION));
        assertThat(adminApproves.status()).as(adminApproves.toString()).isEqualTo(200);
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyDraftsOnePlan() {
        int year = NEXT_YEAR.getAndIncrement();
        String key = UUID.randomUUID().toString();
        HttpJson.Response first = http.post(PLANS, Map.of("year", year, "title", "Kế hoạch"), Map.of("Idempotency-Key", key));
        HttpJson.Response retry = http.post(PLANS, Map.of("year", year, "title", "Kế hoạch"), Map.of("Idempotency-Key", key));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asText()).isEqualTo(first.json().get("id").asText());

        // An item added with a key answers the item's id, and so does its retry (the demo loader relies on it).
        String itemKey = UUID.randomUUID().toString();
        Map<String, Object> item = Map.of("title", "Hội thảo", "subjectType", "DRAFT_LAW", "forms", List.of("WORKSHOP"),
                                          "estimateVnd", 10_000_000);
        String plan = first.json().get("id").asText();
        HttpJson.Response added = http.post(PLANS + "/" + plan + "/items", item, Map.of("Idempotency-Key", itemKey));
        HttpJson.Response again = http.post(PLANS + "/" + plan + "/items", item, Map.of("Idempotency-Key", itemKey));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().get("id").asText()).startsWith("item-");
        assertThat(again.json().get("id").asText()).isEqualTo(added.json().get("id").asText());
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private record Plan(String id, int year) {
    }

    private Plan draft() {
        int year = NEXT_YEAR.getAndIncrement();
        HttpJson.Response created = http.post(PLANS, Map.of("year", year, "title", "  Kế hoạch TVPB năm " + year));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("status").asText()).isEqualTo("DRAFT");
        String id = created.json().get("id").asText();
        assertThat(created.header("Location")).endsWith(PLANS + "/" + id);
        return new Plan(id, year);
    }

    private String addItem(Plan plan, String title, long estimate, String engagementId) {
        HttpJson.Response added = http.post(PLANS + "/" + plan.id + "/items", itemBody(title, estimate, engagementId));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String itemId = added.json().get("id").asText();
        assertThat(added.header("Location")).endsWith(PLANS + "/" + plan.id + "/items/" + itemId);
        return itemId;
    }

    private static Map<String, Object> itemBody(String title, long estimate, String engagementId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", title, "subjectType", "SOCIOECONOMIC_MASTER_PLAN",
                "forms", List.of("WORKSHOP", "EXPERT_GROUP"), "estimateVnd", estimate));
        if (engagementId != null) {
            body.put("engagementId", engagementId);
        }
        return body;
    }

    private static JsonNode item(JsonNode view, String itemId) {
        for (JsonNode item : view.get("items")) {
            if (item.get("itemId").asText().equals(itemId)) {
                return item;
            }
        }
        throw new AssertionError("no item " + itemId + " in " + view);
    }

    private static void ok(HttpJson.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
