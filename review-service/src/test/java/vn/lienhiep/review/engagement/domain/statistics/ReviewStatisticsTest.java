package vn.lienhiep.review.engagement.domain.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienhiep.kernel.TimeSlice;
import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.SubjectType;
import vn.lienhiep.review.engagement.domain.Adoption;
import vn.lienhiep.review.engagement.domain.AdoptionCounts;
import vn.lienhiep.review.engagement.domain.EngagementStatus;
import vn.lienhiep.review.engagement.domain.RequestOrigin;
import vn.lienhiep.review.engagement.domain.RequesterKind;
import vn.lienhiep.review.engagement.domain.statistics.EngagementFacts.Closing;
import vn.lienhiep.review.engagement.domain.statistics.EngagementFacts.DueFact;
import vn.lienhiep.review.engagement.domain.statistics.EngagementFacts.DueKind;
import vn.lienhiep.review.engagement.domain.statistics.EngagementFacts.Planned;
import vn.lienhiep.review.engagement.domain.statistics.EngagementFacts.StatusFact;
import vn.lienhiep.review.engagement.domain.statistics.OverdueEngagements.Overdue;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienhiep.review.engagement.domain.EngagementStatus.*;

/**
 * R-R1 and the overdue list over dated facts (ADR 0006): a step counts from its own date, not the day it was typed in;
 * knownAt hides what was recorded later; year is the year the request arrived, whatever plan year funds it.
 */
class ReviewStatisticsTest {

    /** Everything from the 2011 paper files was typed in on 20/11/2026. */
    private static final Instant TYPED_IN = Instant.parse("2026-11-20T03:00:00Z");

    /** A draft law received in 2011, accepted, a workshop, the report sent, closed with adoption: all from paper. */
    private final EngagementFacts draftLaw2011 = facts("law", RequestOrigin.ASSIGNED, SubjectType.DRAFT_LAW,
            EnumSet.of(ReviewForm.WORKSHOP, ReviewForm.WRITTEN_COMMENTS), TYPED_IN,
            List.of(step(RECEIVED, "ReviewRequestReceived", "2011-08-15", TYPED_IN),
                    step(ACCEPTED, "ReviewAccepted", "2011-08-18", TYPED_IN),
                    // steps the union does not date on paper take the day they were recorded
                    step(PLANNED, "EngagementPlanned", "2026-11-20", TYPED_IN),
                    step(DRAFTING, "ReviewWorkshopHeld", "2011-09-10", TYPED_IN),
                    step(REPORT_SENT, "ReviewReportSent", "2011-09-20", TYPED_IN),
                    step(RESPONSE_RECEIVED, "ReviewResponseRecorded", "2011-10-10", TYPED_IN),
                    step(CLOSED, "ReviewClosed", "2011-10-14", TYPED_IN)),
            new Closing(Adoption.PARTIALLY_ADOPTED, new AdoptionCounts(2, 1, 0, 0)),
            List.of(due(DueKind.DECISION, "2011-08-24", TYPED_IN), due(DueKind.REPORT, "2011-09-14", TYPED_IN),
                    due(DueKind.RESPONSE, "2011-10-20", TYPED_IN)));

    /** Received at the end of 2012, planned under the 2013 plan: it counts in 2012, the year it arrived. */
    private final EngagementFacts lateIn2012 = facts("late", RequestOrigin.COMMISSIONED,
            SubjectType.SOCIOECONOMIC_MASTER_PLAN, EnumSet.of(ReviewForm.COUNCIL), at("2013-01-05"),
            List.of(step(RECEIVED, "ReviewRequestReceived", "2012-12-20", at("2012-12-20")),
                    step(ACCEPTED, "ReviewAccepted", "2012-12-27", at("2012-12-27")),
                    step(PLANNED, "EngagementPlanned", "2013-01-05", at("2013-01-05"))),
            null, List.of(due(DueKind.DECISION, "2012-12-31", at("2012-12-20")),
                          due(DueKind.REPORT, "2013-01-19", at("2012-12-20")),
                          due(DueKind.REPORT, "2013-03-31", at("2013-01-05"))));

    /** Received and declined in 2012. */
    private final EngagementFacts declined2012 = facts("declined", RequestOrigin.COMMISSIONED, SubjectType.OTHER,
            null, null,
            List.of(step(RECEIVED, "ReviewRequestReceived", "2012-03-01", at("2012-03-01")),
                    step(DECLINED, "ReviewDeclined", "2012-03-05", at("2012-03-05"))),
            null, List.of(due(DueKind.DECISION, "2012-03-12", at("2012-03-01"))));

    /** The union's own proposal of 2012, consented to on 15/01/2013: it arrived then. */
    private final EngagementFacts proposal = facts("proposal", RequestOrigin.SELF_INITIATED,
            SubjectType.POLICY_EVALUATION_STUDY, null, null,
            List.of(step(PROPOSED, "ReviewProposed", "2012-11-30", at("2012-11-30")),
                    step(RECEIVED, "ReviewProposalApproved", "2013-01-15", at("2013-01-15"))),
            null, List.of(due(DueKind.DECISION, "2013-01-24", at("2013-01-15"))));

    private final List<EngagementFacts> all = List.of(draftLaw2011, lateIn2012, declined2012, proposal);

    @Test
    void aStepCountsFromItsOwnDateNotTheDayItWasTypedIn() {
        ReviewSummary end2011 = ReviewSummary.compute(all, TimeSlice.of(LocalDate.of(2011, 12, 31), null), null);

        assertThat(end2011.requestsReceived()).isEqualTo(1);
        assertThat(end2011.engagements()).isEqualTo(1);
        assertThat(end2011.reportsSent()).isEqualTo(1);
        assertThat(end2011.draftLawsCommented()).isEqualTo(1);
        assertThat(end2011.workshopsHeld()).isEqualTo(1);
        assertThat(end2011.closed()).isEqualTo(1);
        assertThat(end2011.byForm()).containsEntry(ReviewForm.WORKSHOP, 1L).containsEntry(ReviewForm.COUNCIL, 0L);
        assertThat(end2011.adoption().engagements()).containsEntry(Adoption.PARTIALLY_ADOPTED, 1L)
                                                    .containsEntry(Adoption.NO_RESPONSE, 0L);
        assertThat(end2011.adoption().recommendations()).containsEntry("adopted", 2L).containsEntry("noResponse", 0L);
        assertThat(end2011.adoption().rate()).isEqualTo(1.0);

        ReviewSummary september = ReviewSummary.compute(all, TimeSlice.of(LocalDate.of(2011, 9, 15), null), null);
        assertThat(september.workshopsHeld()).isEqualTo(1);
        assertThat(september.reportsSent()).as("sent on 20/09").isZero();
        assertThat(september.closed()).isZero();
        assertThat(september.adoption().rate()).isNull();
    }

    @Test
    void knownAtHidesWhatWasRecordedLater() {
        // On 01/12/2026, as the system knew it on 01/01/2013: the 2011 files were not typed in yet.
        ReviewSummary asKnown = ReviewSummary.compute(all, TimeSlice.of(LocalDate.of(2026, 12, 1),
                                                                        LocalDate.of(2013, 1, 1)), null);
        assertThat(asKnown.knownAt()).isNotNull();
        assertThat(asKnown.requestsReceived()).as("late and declined").isEqualTo(2);
        assertThat(asKnown.engagements()).isEqualTo(1);
        assertThat(asKnown.byForm()).as("the 2013 plan was not known yet").containsEntry(ReviewForm.COUNCIL, 0L);
        assertThat(asKnown.declined()).isEqualTo(1);

        ReviewSummary now = ReviewSummary.compute(all, TimeSlice.of(LocalDate.of(2026, 12, 1), null), null);
        assertThat(now.requestsReceived()).isEqualTo(4);
        assertThat(now.engagements()).isEqualTo(2);
        assertThat(now.byForm()).containsEntry(ReviewForm.COUNCIL, 1L);
    }

    @Test
    void yearIsTheYearTheRequestArrivedAndAProposalArrivesWhenTheAuthorityConsents() {
        ReviewSummary of2012 = ReviewSummary.compute(all, TimeSlice.of(LocalDate.of(2026, 12, 1), null), 2012);
        assertThat(of2012.year()).isEqualTo(2012);
        assertThat(of2012.requestsReceived()).as("the late one (plan 2013) and the declined one").isEqualTo(2);
        assertThat(of2012.byOrigin()).containsEntry(RequestOrigin.COMMISSIONED, 1L)
                                     .containsEntry(RequestOrigin.SELF_INITIATED, 0L);

        ReviewSummary of2013 = ReviewSummary.compute(all, TimeSlice.of(LocalDate.of(2026, 12, 1), null), 2013);
        assertThat(of2013.requestsReceived()).as("the proposal of 2012, consented to in 2013").isEqualTo(1);
        assertThat(of2013.engagements()).isZero();

        ReviewSummary before = ReviewSummary.compute(all, TimeSlice.of(LocalDate.of(2013, 1, 1), null), null);
        assertThat(before.requestsReceived()).as("a proposal waiting for consent has not arrived").isEqualTo(3);
    }

    @Test
    void everyCategoryIsListedZeroIncluded() {
        ReviewSummary empty = ReviewSummary.compute(List.of(), TimeSlice.of(LocalDate.of(2020, 1, 1), null), null);
        assertThat(empty.byForm()).hasSize(ReviewForm.values().length).containsValue(0L).doesNotContainValue(1L);
        assertThat(empty.bySubjectType()).hasSize(SubjectType.values().length);
        assertThat(empty.byRequesterKind()).hasSize(RequesterKind.values().length);
        assertThat(empty.adoption().engagements()).hasSize(Adoption.values().length);
    }

    @Test
    void theOverdueListIsTheListOfThatDayAsKnownThen() {
        // On 25/01/2013 as known on 04/01: the late one was accepted and its report due 19/01 (the plan moving it to
        // 31/03 was typed in on 05/01), and the authority's consent to the proposal was not recorded yet.
        assertThat(OverdueEngagements.on(all, TimeSlice.of(LocalDate.of(2013, 1, 25), LocalDate.of(2013, 1, 4))))
                .extracting(Overdue::engagementId, Overdue::dueDate, Overdue::daysLate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("late", LocalDate.of(2013, 1, 19), 6L));
        // As known now: the plan moved the report, and the proposal arrived on 15/01 with a decision due by 24/01.
        List<Overdue> known = OverdueEngagements.on(all, TimeSlice.of(LocalDate.of(2013, 1, 25), null));
        assertThat(known).extracting(Overdue::engagementId).containsExactly("proposal");
        assertThat(known.get(0).status()).isEqualTo(RECEIVED);
        assertThat(known.get(0).what()).isEqualTo("Chưa quyết định tiếp nhận");

        // On 15/09/2011 the 2011 engagement's report was overdue (due 14/09), whatever happened later …
        assertThat(OverdueEngagements.on(all, TimeSlice.of(LocalDate.of(2011, 9, 15), null)))
                .extracting(Overdue::engagementId, Overdue::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("law", DRAFTING));
        // … and a declined or closed engagement is never overdue.
        assertThat(OverdueEngagements.on(List.of(draftLaw2011, declined2012),
                                         TimeSlice.of(LocalDate.of(2026, 12, 1), null))).isEmpty();
    }

    // --- facts -------------------------------------------------------------------------------------------------------

    private static EngagementFacts facts(String id, RequestOrigin origin, SubjectType subject, EnumSet<ReviewForm> forms,
                                         Instant plannedAt, List<StatusFact> steps, Closing closing,
                                         List<DueFact> dues) {
        return new EngagementFacts(id, "Đề án " + id, origin, subject, RequesterKind.PEOPLES_COMMITTEE,
                                   "Ủy ban nhân dân tỉnh Lào Cai", forms == null ? null : new Planned(forms, plannedAt),
                                   new ArrayList<>(steps), closing, dues);
    }

    private static StatusFact step(EngagementStatus status, String event, String effective, Instant recorded) {
        return new StatusFact(status, event, LocalDate.parse(effective), recorded);
    }

    private static DueFact due(DueKind kind, String date, Instant recorded) {
        return new DueFact(kind, LocalDate.parse(date), recorded);
    }

    private static Instant at(String day) {
        return Instant.parse(day + "T03:00:00Z");
    }
}
