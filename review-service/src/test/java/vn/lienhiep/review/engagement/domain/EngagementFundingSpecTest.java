package vn.lienhiep.review.engagement.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.SubjectType;
import vn.lienhiep.review.engagement.domain.EngagementCommands.*;
import vn.lienhiep.review.engagement.domain.EngagementEvents.*;

import static vn.lienhiep.review.engagement.domain.EngagementSpecs.*;

/**
 * Planning and funding (docs/domain/review.md#rev-9): a state-funded engagement must be in the approved annual plan, a
 * contract-funded one starts only with its contract signed, and actual costs carry the plan year.
 */
class EngagementFundingSpecTest {

    private FakePlans plans;
    private FixtureConfiguration<ReviewEngagement> fixture;

    @BeforeEach
    void setUp() {
        plans = new FakePlans();
        fixture = fixture(new FakePool(), plans);
    }

    private static PlanEngagement plan(FundingSource source, int year, String contractRef, LocalDate reportDue) {
        return new PlanEngagement(ID, COUNCIL_AND_WORKSHOP, source, 40_000_000L, year, contractRef, reportDue, 1L);
    }

    // --- planning ---------------------------------------------------------------------------------------------------

    @Test
    void aStateFundedEngagementInTheApprovedPlanIsPlannedWithTheDefaultReportDate() {
        plans.listed.add(PLAN_YEAR + "/" + ID);
        // Received 06/03 + the 2006 regulation's 30 days = 05/04.
        fixture.given(history(EngagementStatus.ACCEPTED))
               .when(plan(FundingSource.STATE_BUDGET_ANNUAL_PLAN, PLAN_YEAR, null, null))
               .expectEvents(planned())
               .expectResultMessagePayload(new Outcome(ID, "PLANNED", 2));
    }

    @Test
    void aStateFundedEngagementOutsideTheApprovedPlanIsRefused() {
        expectViolation(fixture.given(history(EngagementStatus.ACCEPTED))
                               .when(plan(FundingSource.STATE_BUDGET_ANNUAL_PLAN, PLAN_YEAR, null, null)),
                        "review.funding.not-in-approved-plan", Map.of("planYear", PLAN_YEAR));
    }

    @Test
    void thePlanOfAnotherYearDoesNotCount() {
        plans.listed.add("2025/" + ID);
        expectViolation(fixture.given(history(EngagementStatus.ACCEPTED))
                               .when(plan(FundingSource.STATE_BUDGET_ANNUAL_PLAN, PLAN_YEAR, null, null)),
                        "review.funding.not-in-approved-plan", Map.of("planYear", PLAN_YEAR));
    }

    @Test
    void sponsoredOrContractedWorkNeedsNoPlanAndAnExplicitReportDateIsKept() {
        LocalDate due = LocalDate.of(2026, 5, 15);
        fixture.given(history(EngagementStatus.ACCEPTED))
               .when(plan(FundingSource.REQUESTER_CONTRACT, PLAN_YEAR, " HĐ 07/2026 ", due))
               .expectEvents(new EngagementPlanned(ID, COUNCIL_AND_WORKSHOP, FundingSource.REQUESTER_CONTRACT,
                                                   40_000_000L, PLAN_YEAR, "HĐ 07/2026", due));
    }

    @Test
    void theDefaultReportDateFollowsTheRegulationInForceWhenTheRequestArrived() {
        // Received 10/04/2026 under the new regulation: 60 days, so 09/06.
        fixture.given(new ReviewRequestReceived(ID, RequestOrigin.COMMISSIONED,
                                                request(SubjectType.DRAFT_LAW, LocalDate.of(2026, 4, 10), null),
                                                dueDates(false)),
                      new ReviewAccepted(ID, decision("12/QĐ-LHH", LocalDate.of(2026, 4, 10)), SubjectType.DRAFT_LAW))
               .when(plan(FundingSource.SPONSOR, PLAN_YEAR, null, null))
               .expectEvents(new EngagementPlanned(ID, COUNCIL_AND_WORKSHOP, FundingSource.SPONSOR, 40_000_000L,
                                                   PLAN_YEAR, null, LocalDate.of(2026, 6, 9)));
    }

    @Test
    void aPlanHasFormsAndANonNegativeEstimate() {
        expectInvalid(fixture.given(history(EngagementStatus.ACCEPTED))
                             .when(new PlanEngagement(ID, Set.of(), FundingSource.SPONSOR, 0, PLAN_YEAR, null, null,
                                                      null)), "forms");
        expectInvalid(fixture.given(history(EngagementStatus.ACCEPTED))
                             .when(new PlanEngagement(ID, EnumSet.of(ReviewForm.ARTICLE), FundingSource.SPONSOR, -1,
                                                      PLAN_YEAR, null, null, null)), "estimateVnd");
    }

    @Test
    void anEngagementIsPlannedOnlyOnceAccepted() {
        expectViolation(fixture.given(received())
                               .when(new PlanEngagement(ID, COUNCIL_AND_WORKSHOP, FundingSource.SPONSOR, 0, PLAN_YEAR,
                                                        null, null, null)),
                        "review.engagement.invalid-transition", Map.of("from", "RECEIVED", "command", "PLAN"));
    }

    @Test
    void aCallerWhoSawAnOlderVersionIsToldOfTheConflict() {
        // The caller last saw version 0 (received); the request has been accepted since (version 1): 409.
        fixture.given(history(EngagementStatus.ACCEPTED))
               .when(new PlanEngagement(ID, COUNCIL_AND_WORKSHOP, FundingSource.SPONSOR, 0, PLAN_YEAR, null, null, 0L))
               .expectNoEvents()
               .expectException(org.axonframework.modelling.command.ConflictingAggregateVersionException.class);
    }

    // --- contracts --------------------------------------------------------------------------------------------------

    private static List<Object> contractFundedPanel(String contractRef) {
        List<Object> events = plus(history(EngagementStatus.ACCEPTED),
                                   planned(EnumSet.of(ReviewForm.WRITTEN_COMMENTS), FundingSource.REQUESTER_CONTRACT,
                                           contractRef));
        events.addAll(joined(new PanelSeat(MEMBER, PanelRole.MEMBER)));
        return events;
    }

    @Test
    void aContractFundedEngagementStartsOnlyWithItsContract() {
        expectViolation(fixture.given(contractFundedPanel(null)).when(new ConfirmPanel(ID, null)),
                        "review.funding.contract-missing");

        fixture.given(plus(contractFundedPanel(null), new ContractRecorded(ID, "HĐ 07/2026", TODAY)))
               .when(new ConfirmPanel(ID, null))
               .expectEvents(formed(List.of(new PanelSeat(MEMBER, PanelRole.MEMBER)),
                                    EnumSet.of(ReviewForm.WRITTEN_COMMENTS), TODAY));

        fixture.given(contractFundedPanel("HĐ 07/2026"))
               .when(new ConfirmPanel(ID, null))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void theContractIsRecordedWhilePlanningOrFormingThePanel() {
        fixture.given(history(EngagementStatus.PLANNED))
               .when(new RecordContract(ID, " HĐ 07/2026 ", LocalDate.of(2026, 4, 20), null))
               .expectEvents(new ContractRecorded(ID, "HĐ 07/2026", LocalDate.of(2026, 4, 20)));
        fixture.given(history(EngagementStatus.PANEL_FORMING))
               .when(new RecordContract(ID, "HĐ 07/2026", null, null))
               .expectEvents(new ContractRecorded(ID, "HĐ 07/2026", TODAY));
        expectViolation(fixture.given(history(EngagementStatus.PLANNED))
                               .when(new RecordContract(ID, "HĐ 07/2026", TODAY.plusDays(1), null)),
                        "review.date-in-future");
        expectViolation(fixture.given(history(EngagementStatus.IN_PROGRESS))
                               .when(new RecordContract(ID, "HĐ 07/2026", TODAY, null)),
                        "review.engagement.invalid-transition",
                        Map.of("from", "IN_PROGRESS", "command", "RECORD_CONTRACT"));
    }

    // --- costs ------------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = EngagementStatus.class, names = {"PLANNED", "PANEL_FORMING", "IN_PROGRESS", "DRAFTING",
            "INTERNAL_APPROVAL", "REPORT_SENT", "RESPONSE_RECEIVED"})
    void costsAreRecordedWithThePlanYearFromPlanningUntilClosing(EngagementStatus status) {
        fixture.given(history(status))
               .when(new RecordCost(ID, 2_500_000L, " Thù lao phản biện ", LocalDate.of(2026, 5, 10), null))
               .expectEvents(new CostRecorded(ID, 2_500_000L, "Thù lao phản biện", LocalDate.of(2026, 5, 10),
                                              PLAN_YEAR, FundingSource.STATE_BUDGET_ANNUAL_PLAN))
               .expectResultMessagePayload(new Outcome(ID, status.name(), history(status).size()));
    }

    @Test
    void noCostBeforeThePlan() {
        expectViolation(fixture.given(history(EngagementStatus.ACCEPTED))
                               .when(new RecordCost(ID, 1_000L, "Văn phòng phẩm", TODAY, null)),
                        "review.engagement.invalid-transition",
                        Map.of("from", "ACCEPTED", "command", "RECORD_COST"));
    }

    @Test
    void aCostIsAPositiveAmountNotInTheFuture() {
        expectInvalid(fixture.given(history(EngagementStatus.PLANNED)).when(new RecordCost(ID, 0, "Không", TODAY, null)),
                      "amountVnd");
        expectViolation(fixture.given(history(EngagementStatus.PLANNED))
                               .when(new RecordCost(ID, 1_000L, "Văn phòng phẩm", TODAY.plusDays(1), null)),
                        "review.date-in-future");
    }
}
