package vn.lienhiep.review.engagement.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.TimeSlice;
import vn.lienhiep.platform.readmodel.VersionedDocuments;
import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.SubjectType;
import vn.lienhiep.review.engagement.domain.Adoption;
import vn.lienhiep.review.engagement.domain.AdoptionCounts;
import vn.lienhiep.review.engagement.domain.DueDates;
import vn.lienhiep.review.engagement.domain.EngagementEvents.*;
import vn.lienhiep.review.engagement.domain.ExpertAssignment;
import vn.lienhiep.review.engagement.domain.FundingSource;
import vn.lienhiep.review.engagement.domain.IssuingLevel;
import vn.lienhiep.review.engagement.domain.PanelRole;
import vn.lienhiep.review.engagement.domain.PanelSeat;
import vn.lienhiep.review.engagement.domain.Recommendation;
import vn.lienhiep.review.engagement.domain.RecommendationAnswer;
import vn.lienhiep.review.engagement.domain.RequestDetails;
import vn.lienhiep.review.engagement.domain.RequestOrigin;
import vn.lienhiep.review.engagement.domain.Requester;
import vn.lienhiep.review.engagement.domain.RequesterKind;
import vn.lienhiep.review.engagement.domain.ReviewType;
import vn.lienhiep.review.engagement.domain.statistics.EngagementFacts;
import vn.lienhiep.review.engagement.domain.statistics.EngagementFacts.DueKind;
import vn.lienhiep.review.engagement.projection.EngagementView.Audience;
import vn.lienhiep.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engagements read model driven directly with events, as the tracking processor delivers them: at least once
 * (a redelivery changes nothing) and, for a stale redelivery, out of order (an older event after a newer one changes
 * nothing). Then what the typed view shows each caller, and the dated facts statistics read.
 */
class EngagementProjectionTest {

    private static MongoClient client;
    private static MongoTemplate mongo;
    private static EngagementProjection projection;
    private static EngagementQueries queries;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Everything typed in on 20/11/2026 from the union's paper files of 2011. */
    private static final Instant TYPED_IN = Instant.parse("2026-11-20T03:00:00Z");

    @BeforeAll
    static void connect() {
        String db = "engagements_projection_" + UUID.randomUUID().toString().substring(0, 8);
        client = MongoClients.create(TestInfrastructure.mongoUri(db));
        mongo = new MongoTemplate(client, db);
        projection = new EngagementProjection(new VersionedDocuments(mongo));
        queries = new EngagementQueries(mongo);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static DecisionRef decision(String number, String date) {
        return new DecisionRef(number, LocalDate.parse(date), "THUONG_TRUC", "Chủ tịch");
    }

    private static RequestDetails request(boolean confidential) {
        return new RequestDetails("Dự thảo Luật Đất đai (sửa đổi)", SubjectType.DRAFT_LAW, IssuingLevel.CENTRAL, null,
                new Requester("Đoàn đại biểu Quốc hội tỉnh Lào Cai", RequesterKind.NATIONAL_ASSEMBLY_DELEGATION,
                              "doan-dbqh-lao-cai"), null, Set.of(ReviewType.CRITIQUE), LocalDate.of(2011, 8, 15), null,
                List.of("Công văn đề nghị"), confidential, null, null);
    }

    /** Sends every event in order, each with its sequence number, all recorded at TYPED_IN plus a second each. */
    private static List<Runnable> story(String id) {
        List<PanelSeat> seats = List.of(new PanelSeat("exp-a", PanelRole.CHAIR), new PanelSeat("exp-b", PanelRole.SECRETARY));
        List<Recommendation> recommendations = List.of(new Recommendation("R1", "Làm rõ quyền sử dụng đất"),
                                                       new Recommendation("R2", "Bổ sung cơ chế giá đất"));
        List<Runnable> steps = new ArrayList<>();
        steps.add(() -> projection.on(new ReviewRequestReceived(id, RequestOrigin.ASSIGNED, request(false),
                new DueDates("QĐ 92/2006/QĐ-UBND", LocalDate.of(2011, 8, 22), LocalDate.of(2011, 8, 24),
                             LocalDate.of(2011, 9, 14), false)), 0, at(0)));
        steps.add(() -> projection.on(new ReviewAccepted(id, decision("31/QĐ-LHH", "2011-08-18"), SubjectType.DRAFT_LAW),
                                      1, at(1)));
        steps.add(() -> projection.on(new EngagementPlanned(id, EnumSet.of(ReviewForm.WORKSHOP), FundingSource.SPONSOR,
                                                            5_000_000L, 2012, null, LocalDate.of(2011, 9, 30)), 2, at(2)));
        steps.add(() -> projection.on(new ExpertInvited(id, "exp-a", "p-a", PanelRole.CHAIR, LocalDate.of(2011, 8, 20)),
                                      3, at(3)));
        steps.add(() -> projection.on(new ExpertInvited(id, "exp-b", "p-b", PanelRole.SECRETARY,
                                                        LocalDate.of(2011, 8, 20)), 4, at(4)));
        steps.add(() -> projection.on(new InvitationAccepted(id, "exp-a", PanelRole.CHAIR, LocalDate.of(2011, 8, 21), null),
                                      5));
        steps.add(() -> projection.on(new InvitationAccepted(id, "exp-b", PanelRole.SECRETARY, LocalDate.of(2011, 8, 21),
                                                             null), 6));
        steps.add(() -> projection.on(new ExpertConflictDeclared(id, "exp-a", Set.of(), LocalDate.of(2011, 8, 22), true),
                                      7));
        steps.add(() -> projection.on(new ReviewPanelFormed(id, seats, EnumSet.of(ReviewForm.WORKSHOP),
                LocalDate.of(2011, 8, 25), List.of(new ExpertAssignment("exp-a", PanelRole.CHAIR, null,
                                                                        SubjectType.DRAFT_LAW))), 8, at(8)));
        steps.add(() -> projection.on(new OpinionSubmitted(id, "exp-a", 1, "Ý kiến về giá đất", LocalDate.of(2011, 9, 1)),
                                      9, at(9)));
        steps.add(() -> projection.on(new ReviewWorkshopHeld(id, LocalDate.of(2011, 9, 10), 60, "Hội thảo"), 10, at(10)));
        steps.add(() -> projection.on(new ReportDrafted(id, 1, "Tóm tắt", null, recommendations, List.of()), 11, at(11)));
        steps.add(() -> projection.on(new DraftSubmitted(id, 1), 12, at(12)));
        steps.add(() -> projection.on(new ReviewReportSent(id, 1, "Tóm tắt", null, recommendations, List.of(),
                decision("35/LHH-TVPB", "2011-09-20"), "Chủ tịch", LocalDate.of(2011, 9, 20), LocalDate.of(2011, 10, 20),
                "deadline-1"), 13, at(13)));
        steps.add(() -> projection.on(new ReviewResponseRecorded(id, LocalDate.of(2011, 10, 10),
                List.of(new RecommendationAnswer("R1", Adoption.ADOPTED, null),
                        new RecommendationAnswer("R2", Adoption.NOT_ADOPTED, "Chưa khả thi")),
                Adoption.PARTIALLY_ADOPTED, null), 14, at(14)));
        steps.add(() -> projection.on(new ReviewClosed(id, Adoption.PARTIALLY_ADOPTED, new AdoptionCounts(1, 0, 1, 0),
                EnumSet.of(ReviewForm.WORKSHOP), SubjectType.DRAFT_LAW, RequestOrigin.ASSIGNED,
                RequesterKind.NATIONAL_ASSEMBLY_DELEGATION, "Đoàn đại biểu Quốc hội tỉnh Lào Cai",
                LocalDate.of(2011, 10, 14), null, List.of("exp-a", "exp-b")), 15, at(15)));
        return steps;
    }

    private static Instant at(int second) {
        return TYPED_IN.plusSeconds(second);
    }

    private static JsonNode json(Object view) {
        return JSON.valueToTree(view);
    }

    @Test
    void theStoryIsProjectedOnceWhateverIsDeliveredAgain() {
        String id = UUID.randomUUID().toString();
        List<Runnable> story = story(id);
        story.forEach(Runnable::run);
        EngagementView once = queries.find(id).orElseThrow();

        story.forEach(Runnable::run); // at-least-once: the whole story again
        story.get(3).run();           // and a stale one after the closing (out of order)
        EngagementView again = queries.find(id).orElseThrow();
        assertThat(json(again)).isEqualTo(json(once));

        assertThat(once.version()).isEqualTo(15);
        assertThat(once.status()).isEqualTo("CLOSED");
        assertThat(once.year()).as("the year the request arrived, not the plan's 2012").isEqualTo(2011);
        assertThat(once.statusTimeline()).extracting(EngagementView.TimelineEntry::effectiveDate)
                .containsExactly("2011-08-15", "2011-08-18", "2026-11-20", "2011-08-20", "2011-08-20", "2011-08-25",
                                 "2011-09-10", "2026-11-20", "2011-09-20", "2011-10-10", "2011-10-14");
        assertThat(once.panel().get("exp-a").invitedOn()).isEqualTo("2011-08-20");
        assertThat(once.panel().get("exp-a").acceptedOn()).isEqualTo("2011-08-21");
        assertThat(once.panel().get("exp-a").invitation()).isEqualTo("CONFIRMED");
        assertThat(once.panelFormedOn()).isEqualTo("2011-08-25");
        assertThat(once.opinions().get("exp-a").submittedOn()).isEqualTo("2011-09-01");
        assertThat(once.closedOn()).isEqualTo("2011-10-14");
        assertThat(once.due().reportDue()).as("as the plan set it").isEqualTo("2011-09-30");
        assertThat(once.due().responseDue()).isEqualTo("2011-10-20");
    }

    @Test
    void eachCallerSeesItsCutAndNothingElse() {
        String id = UUID.randomUUID().toString();
        story(id).forEach(Runnable::run);
        EngagementView full = queries.find(id).orElseThrow();

        JsonNode insiders = json(full.cutFor(Audience.INSIDERS));
        assertThat(insiders.has("opinions")).isTrue();
        assertThat(insiders.has("drafts")).isTrue();
        assertThat(insiders.has("searchText")).as("internal fields never leave").isFalse();
        assertThat(insiders.has("dues")).isFalse();

        JsonNode office = json(full.cutFor(Audience.OFFICE));
        assertThat(office.has("opinions") || office.has("drafts")).isFalse();
        assertThat(office.has("panel")).isTrue();
        assertThat(office.path("costTotalVnd").isMissingNode()).as("no cost recorded: left out").isTrue();

        JsonNode requester = json(full.cutFor(Audience.REQUESTER));
        assertThat(requester.has("opinions") || requester.has("drafts") || requester.has("panel")
                   || requester.has("statusTimeline") || requester.has("plan") || requester.has("confirmedExperts"))
                .isFalse();
        assertThat(requester.path("sentReport").path("recommendations")).hasSize(2);
        assertThat(requester.path("adoption").asText()).isEqualTo("PARTIALLY_ADOPTED");
        assertThat(requester.has("sector")).as("present though empty, as before").isTrue();

        JsonNode published = json(PublishedOutcome.of(full));
        assertThat(published.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactlyInAnyOrder("id", "title", "subjectType", "requester", "forms", "closedOn", "adoption",
                                           "adoptionCounts");
    }

    @Test
    void theFactsCarryEachStepsTwoDatesAndTheDueDatesAsTheyBecameKnown() {
        String id = UUID.randomUUID().toString();
        story(id).forEach(Runnable::run);
        EngagementFacts facts = queries.facts().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();

        TimeSlice end2011 = TimeSlice.of(LocalDate.of(2011, 12, 31), null);
        assertThat(facts.receivedOn()).contains(LocalDate.of(2011, 8, 15));
        assertThat(facts.closed(end2011)).isTrue();
        assertThat(facts.workshopsHeld(end2011)).isEqualTo(1);
        assertThat(facts.forms(end2011)).containsExactly(ReviewForm.WORKSHOP);
        assertThat(facts.closing().counts()).isEqualTo(new AdoptionCounts(1, 0, 1, 0));
        // Before the plan was typed in, the report was due on the date computed on arrival.
        assertThat(facts.due(DueKind.REPORT, new TimeSlice(LocalDate.of(2011, 9, 1), at(1))))
                .contains(LocalDate.of(2011, 9, 14));
        assertThat(facts.due(DueKind.REPORT, end2011)).contains(LocalDate.of(2011, 9, 30));
        assertThat(facts.closed(new TimeSlice(LocalDate.of(2026, 12, 1), at(14)))).as("not yet recorded").isFalse();
    }

    @Test
    void aSelfInitiatedReviewCountsInTheYearTheAuthorityConsented() {
        String id = UUID.randomUUID().toString();
        RequestDetails proposed = new RequestDetails("Đánh giá chính sách khuyến nông", SubjectType.POLICY_EVALUATION_STUDY,
                IssuingLevel.PROVINCIAL, null, new Requester("Ủy ban nhân dân tỉnh Lào Cai", RequesterKind.PEOPLES_COMMITTEE),
                null, Set.of(ReviewType.SOCIAL_ASSESSMENT), LocalDate.of(2020, 12, 20), null, List.of(), false, null, null);
        projection.on(new ReviewProposed(id, proposed), 0, at(0));
        assertThat(queries.find(id).orElseThrow().year()).isEqualTo(2020);
        projection.on(new ReviewProposalApproved(id, decision("652/QĐ-UBND", "2021-03-15"), LocalDate.of(2021, 3, 15),
                new DueDates("QĐ 92/2006/QĐ-UBND", LocalDate.of(2021, 3, 22), LocalDate.of(2021, 3, 24),
                             LocalDate.of(2021, 4, 14), false), null), 1, at(1));
        EngagementView view = queries.find(id).orElseThrow();
        assertThat(view.year()).isEqualTo(2021);
        assertThat(view.receivedAt()).isEqualTo("2021-03-15");
        assertThat(view.proposalApproval().number()).isEqualTo("652/QĐ-UBND");
    }
}
