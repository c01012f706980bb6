package vn.lienhiep.review.engagement.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.review.common.domain.SubjectType;
import vn.lienhiep.review.engagement.domain.EngagementCommands.*;
import vn.lienhiep.review.engagement.domain.EngagementEvents.*;

import static vn.lienhiep.review.engagement.domain.EngagementSpecs.*;

/**
 * Intake (docs/domain/review.md#engagement-lifecycle): a request arrives or the union proposes a review, the dossier is completed, the union
 * accepts or declines it. Deadlines come from the regulation in force on the day the request was received.
 */
class EngagementIntakeSpecTest {

    private FixtureConfiguration<ReviewEngagement> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(new FakePool(), new FakePlans());
    }

    @Test
    void aCommissionedRequestIsReceivedCleanedWithDueDatesInWorkingDays() {
        RequestDetails messy = new RequestDetails("  Đề án quy hoạch   vùng nguyên liệu cà phê Sơn La ",
                SubjectType.SOCIOECONOMIC_MASTER_PLAN, IssuingLevel.PROVINCIAL, " Nông nghiệp ",
                new Requester(" Ủy ban nhân dân  tỉnh Sơn La", RequesterKind.PEOPLES_COMMITTEE, " ubnd-tinh-son-la "),
                " Sở Tài nguyên và Môi trường tỉnh Sơn La ", EnumSet.of(ReviewType.CRITIQUE, ReviewType.CONSULTANCY),
                RECEIVED_ON, null, List.of(" Công văn đề nghị", "  ", "Dự thảo đề án "), false,
                " Ủy ban MTTQ tỉnh Sơn La ", "   ");
        // Friday 06/03 + 5 working days = Friday 13/03; + 7 working days = Tuesday 17/03 (weekends skipped).
        fixture.givenNoPriorActivity()
               .when(new RegisterRequest(ID, RequestOrigin.COMMISSIONED, messy))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new ReviewRequestReceived(ID, RequestOrigin.COMMISSIONED, request(), dueDates(false)))
               .expectResultMessagePayload(new Outcome(ID, "RECEIVED", 0));
    }

    @Test
    void aRequestedDeadlineCloserThanTheMinimumLeadIsFlaggedNotRefused() {
        fixture.givenNoPriorActivity()
               .when(new RegisterRequest(ID, RequestOrigin.ASSIGNED,
                                         request(SubjectType.SOCIOECONOMIC_MASTER_PLAN, RECEIVED_ON,
                                                 LocalDate.of(2026, 4, 4))))
               .expectEvents(new ReviewRequestReceived(ID, RequestOrigin.ASSIGNED,
                                                       request(SubjectType.SOCIOECONOMIC_MASTER_PLAN, RECEIVED_ON,
                                                               LocalDate.of(2026, 4, 4)),
                                                       dueDates(true)));
    }

    @Test
    void aDeadlineExactlyTheMinimumLeadAwayIsNotShortNotice() {
        RequestDetails details = request(SubjectType.SOCIOECONOMIC_MASTER_PLAN, RECEIVED_ON, LocalDate.of(2026, 4, 5));
        fixture.givenNoPriorActivity()
               .when(new RegisterRequest(ID, RequestOrigin.COMMISSIONED, details))
               .expectEvents(new ReviewRequestReceived(ID, RequestOrigin.COMMISSIONED, details, dueDates(false)));
    }

    @Test
    void aRequestReceivedUnderTheNewRegulationGetsItsDeadlinesAndReference() {
        // Friday 10/04/2026: + 3 working days = Wednesday 15/04; + 10 = Friday 24/04; + 60 days = 09/06.
        LocalDate received = LocalDate.of(2026, 4, 10);
        RequestDetails details = request(SubjectType.DRAFT_LAW, received, LocalDate.of(2026, 5, 1));
        fixture.givenNoPriorActivity()
               .when(new RegisterRequest(ID, RequestOrigin.COMMISSIONED, details))
               .expectEvents(new ReviewRequestReceived(ID, RequestOrigin.COMMISSIONED, details,
                       new DueDates(NEW_REGULATION, LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 24),
                                    LocalDate.of(2026, 6, 9), true)));
    }

    @Test
    void aSelfInitiatedReviewCannotBeRegisteredItMustBeProposed() {
        expectViolation(fixture.givenNoPriorActivity()
                               .when(new RegisterRequest(ID, RequestOrigin.SELF_INITIATED, request())),
                        "review.request.self-initiated-needs-proposal");
    }

    @Test
    void aRequestReceivedInTheFutureIsRefused() {
        expectViolation(fixture.givenNoPriorActivity()
                               .when(new RegisterRequest(ID, RequestOrigin.COMMISSIONED,
                                       request(SubjectType.DRAFT_LAW, TODAY.plusDays(1), null))),
                        "review.date-in-future");
    }

    @Test
    void aProposalWaitsForTheAuthorityThenCountsAsReceivedOnTheDecisionDate() {
        fixture.givenNoPriorActivity()
               .when(new ProposeReview(ID, request()))
               .expectEvents(new ReviewProposed(ID, request()))
               .expectResultMessagePayload(new Outcome(ID, "PROPOSED", 0));

        // Approved on Friday 06/03 although proposed earlier: deadlines run from the approval.
        RequestDetails proposedEarlier = request(SubjectType.DRAFT_LAW, LocalDate.of(2026, 2, 20), null);
        fixture.given(new ReviewProposed(ID, proposedEarlier))
               .when(new RecordProposalApproval(ID, decision("88/TB-TU", RECEIVED_ON), 0L))
               .expectEvents(new ReviewProposalApproved(ID, decision("88/TB-TU", RECEIVED_ON), RECEIVED_ON,
                                                        dueDates(false),
                                                        request(SubjectType.DRAFT_LAW, RECEIVED_ON, null)))
               .expectResultMessagePayload(new Outcome(ID, "RECEIVED", 1));
    }

    @Test
    void aProposalCannotBeAcceptedBeforeTheAuthorityAgreed() {
        expectViolation(fixture.given(history(EngagementStatus.PROPOSED))
                               .when(new AcceptRequest(ID, decision("12/QĐ-LHH", RECEIVED_ON), null)),
                        "review.engagement.invalid-transition", Map.of("from", "PROPOSED", "command", "ACCEPT"));
    }

    @Test
    void anIncompleteDossierIsCompletedBeforeTheRequestCanBeAccepted() {
        fixture.given(received())
               .when(new MarkDossierIncomplete(ID, List.of(" Báo cáo đánh giá tác động ", ""), 0L))
               .expectEvents(new DossierMarkedIncomplete(ID, List.of("Báo cáo đánh giá tác động"), TODAY))
               .expectResultMessagePayload(new Outcome(ID, "INCOMPLETE", 1));

        expectViolation(fixture.given(history(EngagementStatus.INCOMPLETE))
                               .when(new AcceptRequest(ID, decision("12/QĐ-LHH", RECEIVED_ON), null)),
                        "review.engagement.invalid-transition", Map.of("from", "INCOMPLETE", "command", "ACCEPT"));

        fixture.given(history(EngagementStatus.INCOMPLETE))
               .when(new CompleteDossier(ID, List.of("Báo cáo đánh giá tác động"), 1L))
               .expectEvents(new DossierCompleted(ID, List.of("Báo cáo đánh giá tác động"), TODAY))
               .expectResultMessagePayload(new Outcome(ID, "RECEIVED", 2));
    }

    @Test
    void markingADossierIncompleteNamesWhatIsMissing() {
        expectInvalid(fixture.given(received()).when(new MarkDossierIncomplete(ID, List.of(" "), null)), "missing");
    }

    @Test
    void aRequestWithinTheMandateIsAcceptedByADecision() {
        fixture.given(received())
               .when(new AcceptRequest(ID, decision("12/QĐ-LHH", LocalDate.of(2026, 3, 10)), 0L))
               .expectEvents(accepted())
               .expectResultMessagePayload(new Outcome(ID, "ACCEPTED", 1));
    }

    @Test
    void theMandateIsTheOneInForceWhenTheRequestArrivedNotToday() {
        // Architecture reviews left the mandate on 01/04/2026: one received in March is still accepted …
        fixture.given(new ReviewRequestReceived(ID, RequestOrigin.COMMISSIONED,
                                                request(SubjectType.ARCHITECTURE_PLANNING, RECEIVED_ON, null),
                                                dueDates(false)))
               .when(new AcceptRequest(ID, decision("12/QĐ-LHH", TODAY), null))
               .expectEvents(new ReviewAccepted(ID, decision("12/QĐ-LHH", TODAY), SubjectType.ARCHITECTURE_PLANNING));

        // … one received in April is outside the mandate.
        expectViolation(fixture.given(new ReviewRequestReceived(ID, RequestOrigin.COMMISSIONED,
                                        request(SubjectType.ARCHITECTURE_PLANNING, LocalDate.of(2026, 4, 10), null),
                                        dueDates(false)))
                               .when(new AcceptRequest(ID, decision("12/QĐ-LHH", TODAY), null)),
                        "review.request.outside-mandate",
                        Map.of("subjectType", "ARCHITECTURE_PLANNING", "regulation", NEW_REGULATION));
    }

    @Test
    void aDecisionDatedInTheFutureIsRefused() {
        expectViolation(fixture.given(received())
                               .when(new AcceptRequest(ID, decision("12/QĐ-LHH", TODAY.plusDays(1)), null)),
                        "review.date-in-future");
    }

    @Test
    void aDeclinedRequestIsFinal() {
        fixture.given(received())
               .when(new DeclineRequest(ID, " Ngoài khả năng ", decision("13/QĐ-LHH", RECEIVED_ON), 0L))
               .expectEvents(new ReviewDeclined(ID, "Ngoài khả năng", decision("13/QĐ-LHH", RECEIVED_ON)))
               .expectResultMessagePayload(new Outcome(ID, "DECLINED", 1));

        expectViolation(fixture.given(history(EngagementStatus.DECLINED))
                               .when(new AcceptRequest(ID, decision("12/QĐ-LHH", TODAY), null)),
                        "review.engagement.closed", Map.of("status", "DECLINED"));
    }

    @Test
    void aDeclineNeedsAReason() {
        expectInvalid(fixture.given(received())
                             .when(new DeclineRequest(ID, "  ", decision("13/QĐ-LHH", RECEIVED_ON), null)), "reason");
    }

    @Test
    void aRequestAlreadyAcceptedCannotBeAcceptedAgain() {
        expectViolation(fixture.given(history(EngagementStatus.ACCEPTED))
                               .when(new AcceptRequest(ID, decision("14/QĐ-LHH", TODAY), null)),
                        "review.engagement.invalid-transition", Map.of("from", "ACCEPTED", "command", "ACCEPT"));
    }
}
