package vn.lienhiep.review.plan.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import vn.lienhiep.kernel.BusinessRuleViolation;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.kernel.Rejection;
import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.SubjectType;
import vn.lienhiep.review.plan.domain.PlanCommands.*;
import vn.lienhiep.review.plan.domain.PlanEvents.*;
import vn.lienhiep.testing.Refusal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Specifications of the annual review plan (docs/domain/review.md#annual-review-plan; docs/domain/README.md#source-son-la-2015): given past events, when a
 * command, then the events it applies or the rule that refuses it. Every refusal applies no event and registers
 * nothing.
 */
class AnnualReviewPlanSpecTest {

    private static final String ID = "plan-a";
    private static final String OTHER_ID = "plan-b";
    private static final int YEAR = 2026;
    /** Noon in Vietnam on 01/06/2026. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T05:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final DecisionRef UBND = new DecisionRef("512/QĐ-UBND", LocalDate.of(2026, 3, 10),
                                                            "UBND_TINH", "Phó Chủ tịch");
    private static final Set<ReviewForm> WORKSHOP = Set.of(ReviewForm.WORKSHOP);

    private FixtureConfiguration<AnnualReviewPlan> fixture;
    private InMemoryPlans registry;

    @BeforeEach
    void setUp() {
        registry = new InMemoryPlans();
        fixture = new AggregateTestFixture<>(AnnualReviewPlan.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(registry);
    }

    // --- given ---------------------------------------------------------------------------------------------------

    private static PlanDrafted drafted() {
        return new PlanDrafted(ID, YEAR, "Kế hoạch TVPB năm 2026");
    }

    private static PlanItemAdded item(String itemId, long estimate, String engagementId) {
        return new PlanItemAdded(ID, itemId, "Hội thảo " + itemId, SubjectType.SOCIOECONOMIC_MASTER_PLAN, WORKSHOP,
                                 estimate, engagementId);
    }

    private static PlanSubmitted submitted(long total) {
        return new PlanSubmitted(ID, YEAR, total, LocalDate.of(2026, 2, 1));
    }

    private static PlanApproved approved(long total) {
        return new PlanApproved(ID, YEAR, UBND, total);
    }

    /** An approved plan: item-1 (30 million, run by eng-1) and item-2 (20 million, not yet linked). */
    private Object[] approvedPlan() {
        registry.claimYear(YEAR, ID);
        registry.approve(YEAR, ID, Map.of("item-1", "eng-1"));
        return new Object[]{drafted(), item("item-1", 30_000_000, "eng-1"), item("item-2", 20_000_000, null),
                            submitted(50_000_000), approved(50_000_000)};
    }

    // --- draft ---------------------------------------------------------------------------------------------------

    @Nested
    class Drafting {

        @Test
        void aDraftClaimsItsYearWithACleanedTitle() {
            fixture.givenNoPriorActivity()
                   .when(new DraftPlan(ID, YEAR, "  Kế hoạch   TVPB năm 2026 "))
                   .expectEvents(drafted())
                   .expectResultMessagePayload(new Outcome(ID, "DRAFT", 0));
            assertThat(registry.years).containsEntry(YEAR, ID);
        }

        @Test
        void aSecondPlanForTheSameYearIsRefused() {
            registry.claimYear(YEAR, OTHER_ID);
            expectViolation(fixture.givenNoPriorActivity().when(new DraftPlan(ID, YEAR, "Kế hoạch khác")),
                            "review.plan.year-taken");
            assertThat(registry.years).containsEntry(YEAR, OTHER_ID);
        }

        @Test
        void anotherYearIsFree() {
            registry.claimYear(YEAR, OTHER_ID);
            fixture.givenNoPriorActivity().when(new DraftPlan(ID, YEAR + 1, "Kế hoạch 2027"))
                   .expectEvents(new PlanDrafted(ID, YEAR + 1, "Kế hoạch 2027"));
        }

        @Test
        void aYearOutOfRangeOrABlankTitleIsMalformedAndClaimsNothing() {
            fixture.givenNoPriorActivity().when(new DraftPlan(ID, 1999, "Kế hoạch"))
                   .expectException(Refusal.invalid("year")).expectNoEvents();
            fixture.givenNoPriorActivity().when(new DraftPlan(ID, YEAR, "   "))
                   .expectException(Refusal.invalid("title")).expectNoEvents();
            assertThat(registry.years).isEmpty();
        }
    }

    // --- items ---------------------------------------------------------------------------------------------------

    @Nested
    class Items {

        @Test
        void anItemIsAddedToADraftWithItsEstimate() {
            fixture.given(drafted())
                   .when(new AddPlanItem(ID, "item-1", " Hội thảo item-1 ", SubjectType.SOCIOECONOMIC_MASTER_PLAN,
                                         WORKSHOP, 30_000_000, null, 0L))
                   .expectEvents(item("item-1", 30_000_000, null))
                   .expectResultMessagePayload(new Outcome("item-1", "DRAFT", 1));
        }

        @Test
        void anItemMayNameTheEngagementThatWillRunIt() {
            fixture.given(drafted())
                   .when(new AddPlanItem(ID, "item-1", "Hội thảo item-1", SubjectType.SOCIOECONOMIC_MASTER_PLAN,
                                         WORKSHOP, 30_000_000, "eng-1", null))
                   .expectEvents(item("item-1", 30_000_000, "eng-1"));
            assertThat(registry.links).isEmpty(); // a draft covers nothing yet
        }

        @Test
        void theSameItemIdTwiceIsRefused() {
            expectViolation(fixture.given(drafted(), item("item-1", 1, null))
                                   .when(add("item-1", 5, null)), "review.plan.item-exists");
        }

        @Test
        void oneEngagementRunsOneItem() {
            expectViolation(fixture.given(drafted(), item("item-1", 1, "eng-1"))
                                   .when(add("item-2", 5, "eng-1")), "review.plan.engagement-already-linked");
        }

        @Test
        void aNegativeEstimateOrNoFormIsMalformed() {
            fixture.given(drafted()).when(add("item-1", -1, null))
                   .expectException(Refusal.invalid("estimateVnd")).expectNoEvents();
            fixture.given(drafted())
                   .when(new AddPlanItem(ID, "item-1", "Hội thảo", SubjectType.OTHER, Set.of(), 1, null, null))
                   .expectException(Refusal.invalid("forms")).expectNoEvents();
        }

        @Test
        void anItemIsRemovedFromADraft() {
            fixture.given(drafted(), item("item-1", 30_000_000, null))
                   .when(new RemovePlanItem(ID, "item-1", null))
                   .expectEvents(new PlanItemRemoved(ID, "item-1", "Hội thảo item-1", 30_000_000));
        }

        @Test
        void removingAnUnknownItemIsRefused() {
            expectViolation(fixture.given(drafted()).when(new RemovePlanItem(ID, "item-9", null)),
                            "review.plan.item-unknown");
        }

        @Test
        void aSubmittedPlanIsNotChangedUntilReturned() {
            expectViolation(fixture.given(drafted(), item("item-1", 1, null), submitted(1))
                                   .when(add("item-2", 5, null)), "review.plan.not-draft");
            expectViolation(fixture.given(drafted(), item("item-1", 1, null), submitted(1))
                                   .when(new RemovePlanItem(ID, "item-1", null)), "review.plan.not-draft");
        }

        @Test
        void theApprovedEstimateIsFrozen() {
            expectViolation(fixture.given(approvedPlan()).when(add("item-3", 5, null)), "review.plan.approved-frozen");
            expectViolation(fixture.given(approvedPlan()).when(new RemovePlanItem(ID, "item-2", null)),
                            "review.plan.approved-frozen");
        }

        private AddPlanItem add(String itemId, long estimate, String engagementId) {
            return new AddPlanItem(ID, itemId, "Hội thảo " + itemId, SubjectType.OTHER, WORKSHOP, estimate,
                                   engagementId, null);
        }
    }

    // --- engagements ---------------------------------------------------------------------------------------------

    @Nested
    class LinkingEngagements {

        @Test
        void aDraftLinkIsRememberedButCoversNothingUntilApproval() {
            fixture.given(drafted(), item("item-1", 1, null))
                   .when(new LinkEngagement(ID, "item-1", "eng-1", null))
                   .expectEvents(new EngagementLinked(ID, YEAR, "item-1", "eng-1", null));
            assertThat(registry.links).isEmpty();
        }

        @Test
        void approvalCoversTheEngagementsLinkedSoFar() {
            registry.claimYear(YEAR, ID);
            fixture.given(drafted(), item("item-1", 30_000_000, "eng-1"), item("item-2", 20_000_000, null),
                          submitted(50_000_000))
                   .when(new ApprovePlan(ID, UBND, null))
                   .expectEvents(approved(50_000_000))
                   .expectResultMessagePayload(new Outcome(ID, "APPROVED", 4));
            assertThat(registry.includes(YEAR, "eng-1")).isTrue();
            assertThat(registry.includes(YEAR, "eng-2")).isFalse();
        }

        @Test
        void afterApprovalAnEngagementIsLinkedWithoutANewApproval() {
            fixture.given(approvedPlan())
                   .when(new LinkEngagement(ID, "item-2", "eng-2", null))
                   .expectEvents(new EngagementLinked(ID, YEAR, "item-2", "eng-2", null))
                   .expectResultMessagePayload(new Outcome(ID, "APPROVED", 5));
            assertThat(registry.includes(YEAR, "eng-2")).isTrue();
        }

        @Test
        void anApprovedItemKeepsItsEngagement() {
            expectViolation(fixture.given(approvedPlan()).when(new LinkEngagement(ID, "item-1", "eng-9", null)),
                            "review.plan.item-already-linked");
            assertThat(registry.includes(YEAR, "eng-9")).isFalse();
        }

        @Test
        void aDraftItemMayChangeItsEngagement() {
            fixture.given(drafted(), item("item-1", 1, "eng-1"))
                   .when(new LinkEngagement(ID, "item-1", "eng-2", null))
                   .expectEvents(new EngagementLinked(ID, YEAR, "item-1", "eng-2", "eng-1"));
        }

        @Test
        void anEngagementAlreadyRunningAnotherItemIsRefused() {
            expectViolation(fixture.given(approvedPlan()).when(new LinkEngagement(ID, "item-2", "eng-1", null)),
                            "review.plan.engagement-already-linked");
        }

        @Test
        void linkingTheSameEngagementAgainChangesNothing() {
            fixture.given(approvedPlan()).when(new LinkEngagement(ID, "item-1", "eng-1", null))
                   .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void anUnknownItemIsRefused() {
            expectViolation(fixture.given(approvedPlan()).when(new LinkEngagement(ID, "item-9", "eng-9", null)),
                            "review.plan.item-unknown");
        }
    }

    // --- submission, approval, return ------------------------------------------------------------------------------

    @Nested
    class Approval {

        @Test
        void aDraftWithItemsIsSubmittedWithItsTotal() {
            fixture.given(drafted(), item("item-1", 30_000_000, null), item("item-2", 20_000_000, null))
                   .when(new SubmitPlan(ID, null))
                   .expectEvents(new PlanSubmitted(ID, YEAR, 50_000_000, TODAY))
                   .expectResultMessagePayload(new Outcome(ID, "SUBMITTED", 3));
        }

        @Test
        void anEmptyPlanIsNotSubmitted() {
            expectViolation(fixture.given(drafted()).when(new SubmitPlan(ID, null)), "review.plan.empty");
        }

        @Test
        void aPlanIsSubmittedOnce() {
            expectViolation(fixture.given(drafted(), item("item-1", 1, null), submitted(1))
                                   .when(new SubmitPlan(ID, null)), "review.plan.not-draft");
        }

        @Test
        void onlyASubmittedPlanIsApprovedOrReturned() {
            expectViolation(fixture.given(drafted(), item("item-1", 1, null)).when(new ApprovePlan(ID, UBND, null)),
                            "review.plan.not-submitted");
            expectViolation(fixture.given(drafted(), item("item-1", 1, null)).when(new ReturnPlan(ID, "Sửa", null)),
                            "review.plan.not-submitted");
            expectViolation(fixture.given(approvedPlan()).when(new ApprovePlan(ID, UBND, null)),
                            "review.plan.not-submitted");
        }

        @Test
        void theApprovalIsTheDecisionOfThePeoplesCommittee() {
            DecisionRef union = new DecisionRef("15/QĐ-LHH", LocalDate.of(2026, 3, 1), "THUONG_TRUC", null);
            expectViolation(fixture.given(drafted(), item("item-1", 1, null), submitted(1))
                                   .when(new ApprovePlan(ID, union, null)), "review.plan.approval-authority");
            assertThat(registry.approved).isEmpty();
            DecisionRef spelledOut = new DecisionRef("7/QĐ-UBND", LocalDate.of(2026, 3, 1), "UBND_TINH", null);
            registry.claimYear(YEAR, ID);
            fixture.given(drafted(), item("item-1", 1, null), submitted(1))
                   .when(new ApprovePlan(ID, spelledOut, null))
                   .expectEvents(new PlanApproved(ID, YEAR, spelledOut, 1));
        }

        @Test
        void anApprovalDatedInTheFutureIsRefused() {
            DecisionRef tomorrow = new DecisionRef("9/QĐ-UBND", TODAY.plusDays(1), "UBND_TINH", null);
            expectViolation(fixture.given(drafted(), item("item-1", 1, null), submitted(1))
                                   .when(new ApprovePlan(ID, tomorrow, null)), "review.date-in-future");
            assertThat(registry.approved).isEmpty();
        }

        @Test
        void aReturnedPlanIsADraftAgainAndMayChange() {
            fixture.given(drafted(), item("item-1", 1, null), submitted(1))
                   .when(new ReturnPlan(ID, "Giảm dự toán hội thảo", null))
                   .expectEvents(new PlanReturned(ID, "Giảm dự toán hội thảo", TODAY))
                   .expectResultMessagePayload(new Outcome(ID, "DRAFT", 3));
            fixture.given(drafted(), item("item-1", 1, null), submitted(1),
                          new PlanReturned(ID, "Giảm dự toán", TODAY))
                   .when(new RemovePlanItem(ID, "item-1", null))
                   .expectSuccessfulHandlerExecution();
        }

        @Test
        void aReturnSaysWhy() {
            fixture.given(drafted(), item("item-1", 1, null), submitted(1)).when(new ReturnPlan(ID, " ", null))
                   .expectException(Refusal.invalid("reason")).expectNoEvents();
        }
    }

    // --- costs ---------------------------------------------------------------------------------------------------

    @Nested
    class Costs {

        private static final LocalDate SPENT_ON = LocalDate.of(2026, 5, 20);

        @Test
        void aCostIsRecordedAgainstTheEngagementsItem() {
            fixture.given(approvedPlan())
                   .when(new RecordPlanCost(ID, null, "eng-1", 12_000_000, "Thù lao chuyên gia", SPENT_ON, null))
                   .expectEvents(new PlanCostRecorded(ID, "item-1", "eng-1", 12_000_000, "Thù lao chuyên gia", SPENT_ON,
                                                      30_000_000, 12_000_000, false))
                   .expectResultMessagePayload(new Outcome(ID, "APPROVED", 5));
        }

        @Test
        void exceedingTheItemEstimateIsAllowedButFlagged() {
            fixture.given(approvedPlan())
                   .andGiven(new PlanCostRecorded(ID, "item-2", null, 15_000_000, "Hội trường", SPENT_ON, 20_000_000,
                                                  15_000_000, false))
                   .when(new RecordPlanCost(ID, "item-2", null, 6_000_000, "In tài liệu", SPENT_ON, null))
                   .expectEvents(new PlanCostRecorded(ID, "item-2", null, 6_000_000, "In tài liệu", SPENT_ON,
                                                      20_000_000, 21_000_000, true));
        }

        @Test
        void reachingTheEstimateExactlyIsNotOver() {
            fixture.given(approvedPlan())
                   .when(new RecordPlanCost(ID, "item-2", null, 20_000_000, "Trọn gói", SPENT_ON, null))
                   .expectEvents(new PlanCostRecorded(ID, "item-2", null, 20_000_000, "Trọn gói", SPENT_ON,
                                                      20_000_000, 20_000_000, false));
        }

        @Test
        void costsAreRecordedOnlyAgainstAnApprovedPlan() {
            expectViolation(fixture.given(drafted(), item("item-1", 1, null))
                                   .when(new RecordPlanCost(ID, "item-1", null, 1, "Chi", SPENT_ON, null)),
                            "review.plan.not-approved");
        }

        /** A cost of 0 VND is no cost but a typing mistake: malformed input, as on the engagement. */
        @Test
        void aCostIsPositive() {
            fixture.given(approvedPlan()).when(new RecordPlanCost(ID, "item-1", null, 0, "Chi", SPENT_ON, null))
                   .expectException(Refusal.invalid("amountVnd")).expectNoEvents();
        }

        @Test
        void aCostIsNotInTheFuture() {
            expectViolation(fixture.given(approvedPlan())
                                   .when(new RecordPlanCost(ID, "item-1", null, 1, "Chi", TODAY.plusDays(1), null)),
                            "review.date-in-future");
        }

        @Test
        void anEngagementOutsideThePlanOrAnUnknownItemIsRefused() {
            expectViolation(fixture.given(approvedPlan())
                                   .when(new RecordPlanCost(ID, null, "eng-9", 1, "Chi", SPENT_ON, null)),
                            "review.plan.engagement-not-in-plan");
            expectViolation(fixture.given(approvedPlan())
                                   .when(new RecordPlanCost(ID, "item-9", null, 1, "Chi", SPENT_ON, null)),
                            "review.plan.item-unknown");
        }

        @Test
        void aCostNamesExactlyOneOfItemAndEngagement() {
            fixture.given(approvedPlan()).when(new RecordPlanCost(ID, null, null, 1, "Chi", SPENT_ON, null))
                   .expectException(Refusal.invalid("itemId")).expectNoEvents();
            fixture.given(approvedPlan()).when(new RecordPlanCost(ID, "item-1", "eng-1", 1, "Chi", SPENT_ON, null))
                   .expectException(Refusal.invalid("itemId")).expectNoEvents();
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static void expectViolation(ResultValidator<AnnualReviewPlan> result, String rule) {
        result.expectNoEvents()
              .expectException(BusinessRuleViolation.class)
              .expectException(Refusal.by(rule));
    }

    /** The registry's contract held in memory: one plan per year; approved plans cover their linked engagements. */
    static final class InMemoryPlans implements PlanRegistry {
        final Map<Integer, String> years = new HashMap<>();
        final Map<Integer, String> approved = new HashMap<>();
        final Map<String, String> links = new LinkedHashMap<>();

        @Override
        public void claimYear(int year, String planId) {
            String holder = years.get(year);
            if (holder != null && !holder.equals(planId)) {
                throw Rejection.of("review.plan.year-taken", "Năm đã có kế hoạch.", "Year taken.").asException();
            }
            years.put(year, planId);
        }

        @Override
        public void approve(int year, String planId, Map<String, String> engagementsByItem) {
            approved.put(year, planId);
            engagementsByItem.forEach((item, engagement) -> link(year, planId, item, engagement));
        }

        @Override
        public void link(int year, String planId, String itemId, String engagementId) {
            links.put(year + "/" + engagementId, planId);
        }

        boolean includes(int year, String engagementId) {
            return approved.containsKey(year) && links.containsKey(year + "/" + engagementId);
        }
    }
}
