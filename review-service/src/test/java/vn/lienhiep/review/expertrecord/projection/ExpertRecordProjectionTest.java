package vn.lienhiep.review.expertrecord.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.platform.readmodel.VersionedDocuments;
import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.SubjectType;
import vn.lienhiep.review.engagement.domain.Adoption;
import vn.lienhiep.review.engagement.domain.AdoptionCounts;
import vn.lienhiep.review.engagement.domain.DueDates;
import vn.lienhiep.review.engagement.domain.EngagementEvents.*;
import vn.lienhiep.review.engagement.domain.IssuingLevel;
import vn.lienhiep.review.engagement.domain.PanelRole;
import vn.lienhiep.review.engagement.domain.PanelSeat;
import vn.lienhiep.review.engagement.domain.RequestDetails;
import vn.lienhiep.review.engagement.domain.RequestOrigin;
import vn.lienhiep.review.engagement.domain.Requester;
import vn.lienhiep.review.engagement.domain.RequesterKind;
import vn.lienhiep.review.engagement.domain.ReviewType;
import vn.lienhiep.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Experts' records driven directly with an engagement's events: one row per (expert, engagement) with the dates of
 * the acts, engagement-wide facts fanned out to those still on it, a redelivery or a late old event changing nothing.
 */
class ExpertRecordProjectionTest {

    private static MongoClient client;
    private static MongoTemplate mongo;
    private static ExpertRecordProjection projection;
    private static ExpertRecordQueries queries;
    private static final Instant T0 = Instant.parse("2026-11-20T03:00:00Z");

    @BeforeAll
    static void connect() {
        String db = "records_projection_" + UUID.randomUUID().toString().substring(0, 8);
        client = MongoClients.create(TestInfrastructure.mongoUri(db));
        mongo = new MongoTemplate(client, db);
        projection = new ExpertRecordProjection(new VersionedDocuments(mongo));
        queries = new ExpertRecordQueries(mongo);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static List<Runnable> story(String id, String chair, String decliner) {
        RequestDetails request = new RequestDetails("Quy hoạch đô thị Sa Pa", SubjectType.ARCHITECTURE_PLANNING,
                IssuingLevel.PROVINCIAL, null, new Requester("Sở Xây dựng tỉnh Lào Cai", RequesterKind.DEPARTMENT),
                null, Set.of(ReviewType.CRITIQUE), LocalDate.of(2020, 6, 1), null, List.of(), false, null, null);
        List<Runnable> steps = new ArrayList<>();
        steps.add(() -> projection.on(new ReviewRequestReceived(id, RequestOrigin.COMMISSIONED, request,
                new DueDates("QĐ 92/2006/QĐ-UBND", LocalDate.of(2020, 6, 8), LocalDate.of(2020, 6, 10),
                             LocalDate.of(2020, 7, 1), false)), 0));
        steps.add(() -> projection.on(new ExpertInvited(id, chair, "p-chair", PanelRole.CHAIR, LocalDate.of(2020, 6, 5)), 1));
        steps.add(() -> projection.on(new ExpertInvited(id, decliner, "p-dec", PanelRole.MEMBER, LocalDate.of(2020, 6, 5)),
                                      2));
        steps.add(() -> projection.on(new InvitationAccepted(id, chair, PanelRole.CHAIR, LocalDate.of(2020, 6, 6), null),
                                      3));
        steps.add(() -> projection.on(new InvitationDeclined(id, decliner, "Đi công tác", LocalDate.of(2020, 6, 7)), 4));
        steps.add(() -> projection.on(new ReviewPanelFormed(id, List.of(new PanelSeat(chair, PanelRole.CHAIR)),
                EnumSet.of(ReviewForm.WRITTEN_COMMENTS), LocalDate.of(2020, 6, 9), List.of()), 5));
        steps.add(() -> projection.on(new ReviewReportSent(id, 1, "Tóm tắt", null, List.of(), List.of(),
                new DecisionRef("7/LHH", LocalDate.of(2020, 7, 10), "THUONG_TRUC", null), "Chủ tịch",
                LocalDate.of(2020, 7, 10), LocalDate.of(2020, 8, 9), "d"), 6));
        steps.add(() -> projection.on(new ReviewClosed(id, Adoption.ADOPTED, new AdoptionCounts(1, 0, 0, 0),
                EnumSet.of(ReviewForm.WRITTEN_COMMENTS), SubjectType.ARCHITECTURE_PLANNING, RequestOrigin.COMMISSIONED,
                RequesterKind.DEPARTMENT, "Sở Xây dựng tỉnh Lào Cai", LocalDate.of(2020, 8, 10), null, List.of(chair)), 7));
        return steps;
    }

    private static Document row(String expertId, String engagementId) {
        return queries.ofExpert(expertId).stream().filter(d -> engagementId.equals(d.getString("engagementId")))
                      .findFirst().orElseThrow();
    }

    @Test
    void eachExpertsRecordStatesTheActsOnTheirDatesOnce() {
        String id = UUID.randomUUID().toString();
        String chair = UUID.randomUUID().toString();
        String decliner = UUID.randomUUID().toString();
        List<Runnable> story = story(id, chair, decliner);
        story.forEach(Runnable::run);
        Document chairRow = row(chair, id);
        Document declinerRow = row(decliner, id);

        story.forEach(Runnable::run); // redelivered
        story.get(3).run();           // an old acceptance after the closing
        story.get(1).run();           // an old invitation, which would reset the outcome if applied
        assertThat(row(chair, id)).isEqualTo(chairRow);
        assertThat(row(decliner, id)).isEqualTo(declinerRow);

        assertThat(chairRow.getString("title")).isEqualTo("Quy hoạch đô thị Sa Pa");
        assertThat(chairRow.getString("invitedOn")).isEqualTo("2020-06-05");
        assertThat(chairRow.getString("acceptedOn")).isEqualTo("2020-06-06");
        assertThat(chairRow.getString("confirmedOn")).isEqualTo("2020-06-09");
        assertThat(chairRow.getString("outcome")).isEqualTo("CONFIRMED");
        assertThat(chairRow.getString("reportSentOn")).isEqualTo("2020-07-10");
        assertThat(chairRow.getString("closedOn")).isEqualTo("2020-08-10");
        assertThat(chairRow.getString("engagementStatus")).isEqualTo("CLOSED");

        assertThat(declinerRow.getString("outcome")).isEqualTo("DECLINED");
        assertThat(declinerRow.getString("declinedOn")).isEqualTo("2020-06-07");
        assertThat(declinerRow.containsKey("reportSentOn")).as("no longer on the engagement").isFalse();
    }
}
