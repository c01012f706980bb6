package vn.lienhiep.review.plan.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.platform.readmodel.VersionedDocuments;
import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.SubjectType;
import vn.lienhiep.review.plan.domain.PlanEvents.*;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual plans read model driven directly with events: items and totals rewritten whole on each event, so a
 * redelivery or a stale event after a newer one must change nothing (a second cost pushed twice would double the
 * actuals).
 */
class PlanProjectionTest {

    private static MongoClient client;
    private static PlanProjection projection;
    private static PlanQueries queries;
    private static final Instant T0 = Instant.parse("2015-02-01T02:00:00Z");

    @BeforeAll
    static void connect() {
        String db = "plans_projection_" + UUID.randomUUID().toString().substring(0, 8);
        client = MongoClients.create(vn.lienhiep.testing.TestInfrastructure.mongoUri(db));
        MongoTemplate mongo = new MongoTemplate(client, db);
        projection = new PlanProjection(new VersionedDocuments(mongo));
        queries = new PlanQueries(mongo);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static List<Runnable> story(String id) {
        DecisionRef ubnd = new DecisionRef("512/QĐ-UBND", LocalDate.of(2015, 2, 10), "UBND_TINH", "Phó Chủ tịch");
        List<Runnable> steps = new ArrayList<>();
        steps.add(() -> projection.on(new PlanDrafted(id, 2015, "Kế hoạch TVPB năm 2015"), 0, T0));
        steps.add(() -> projection.on(new PlanItemAdded(id, "i1", "Hội thảo văn kiện Đại hội", SubjectType.PARTY_CONGRESS_DOCUMENT,
                                                        Set.of(ReviewForm.WORKSHOP), 40_000_000L, null), 1, T0.plusSeconds(1)));
        steps.add(() -> projection.on(new PlanItemAdded(id, "i2", "Hội thảo quy chế", SubjectType.ST_EDU_WORKFORCE_POLICY,
                                                        Set.of(ReviewForm.WORKSHOP), 25_000_000L, null), 2, T0.plusSeconds(2)));
        steps.add(() -> projection.on(new PlanItemRemoved(id, "i2", "Hội thảo quy chế", 25_000_000L), 3, T0.plusSeconds(3)));
        steps.add(() -> projection.on(new PlanSubmitted(id, 2015, 40_000_000L, LocalDate.of(2015, 2, 2)), 4,
                                      T0.plusSeconds(4)));
        steps.add(() -> projection.on(new PlanApproved(id, 2015, ubnd, 40_000_000L), 5, T0.plusSeconds(5)));
        steps.add(() -> projection.on(new EngagementLinked(id, 2015, "i1", "eng-1", null), 6, T0.plusSeconds(6)));
        steps.add(() -> projection.on(new PlanCostRecorded(id, "i1", "eng-1", 30_000_000L, "Hội trường",
                                                           LocalDate.of(2015, 4, 21), 40_000_000L, 30_000_000L, false),
                                      7, T0.plusSeconds(7)));
        steps.add(() -> projection.on(new PlanCostRecorded(id, "i1", "eng-1", 15_000_000L, "In tài liệu",
                                                           LocalDate.of(2015, 4, 22), 40_000_000L, 45_000_000L, true),
                                      8, T0.plusSeconds(8)));
        return steps;
    }

    @Test
    void aPlanIsProjectedOnceWhateverIsDeliveredAgainOrLate() {
        String id = UUID.randomUUID().toString();
        List<Runnable> story = story(id);
        story.forEach(Runnable::run);
        PlanView once = queries.find(id).orElseThrow();

        story.forEach(Runnable::run);
        story.get(2).run(); // an item added long ago, delivered after the costs
        story.get(7).run(); // the first cost again, after the second
        PlanView again = queries.find(id).orElseThrow();
        assertThat(again).isEqualTo(once);

        assertThat(once.version()).isEqualTo(8);
        assertThat(once.status()).isEqualTo("APPROVED");
        assertThat(once.items()).extracting(PlanView.Item::itemId).containsExactly("i1");
        PlanView.Item item = once.items().get(0);
        assertThat(item.engagementId()).isEqualTo("eng-1");
        assertThat(item.actualVnd()).isEqualTo(45_000_000L);
        assertThat(item.overEstimate()).isTrue();
        assertThat(once.costs()).hasSize(2);
        assertThat(once.actualTotalVnd()).isEqualTo(45_000_000L);
        assertThat(once.estimateTotalVnd()).isEqualTo(40_000_000L);
        assertThat(once.approval().issuedBy()).isEqualTo("UBND_TINH");
        assertThat(once.approvedEstimateVnd()).isEqualTo(40_000_000L);
    }

    @Test
    void aReturnedPlanIsADraftAgainWithTheReasonKept() {
        String id = UUID.randomUUID().toString();
        projection.on(new PlanDrafted(id, 2016, "Kế hoạch 2016"), 0, T0);
        projection.on(new PlanSubmitted(id, 2016, 0L, LocalDate.of(2016, 1, 5)), 1, T0.plusSeconds(1));
        PlanReturned returned = new PlanReturned(id, "Giảm dự toán", LocalDate.of(2016, 1, 20));
        projection.on(returned, 2, T0.plusSeconds(2));
        projection.on(returned, 2, T0.plusSeconds(2));
        PlanView view = queries.find(id).orElseThrow();
        assertThat(view.status()).isEqualTo("DRAFT");
        assertThat(view.returns()).containsExactly(new PlanView.Return("Giảm dự toán", "2016-01-20"));
    }
}
