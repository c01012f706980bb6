package vn.lienhiep.review.engagement.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.lienhiep.review.common.domain.SubjectType;
import vn.lienhiep.review.engagement.domain.EngagementCommands.*;
import vn.lienhiep.review.engagement.domain.EngagementEvents.*;

import static vn.lienhiep.review.engagement.domain.EngagementSpecs.*;

/**
 * The response deadline (docs/domain/review.md#rev-7): sending the report schedules "response-overdue"; if the requester
 * has not answered when it fires, the engagement closes with "no response" by the system; a response, a withdrawal
 * or a cancellation cancels it, and a late trigger changes nothing.
 */
class EngagementDeadlineSpecTest {

    /** Sent today (01/06/2026): due 01/07 under the 2006 regulation, overdue from midnight 02/07 in Vietnam. */
    private static final LocalDate DUE = LocalDate.of(2026, 7, 1);
    private static final Instant OVERDUE_AT = Instant.parse("2026-07-01T17:00:00Z");
    private static final ApproveAndSendReport SEND =
            new ApproveAndSendReport(ID, decision("45/LHH-TVPB", TODAY), "Nguyễn Văn A", TODAY, null);

    private FixtureConfiguration<ReviewEngagement> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(new FakePool(), new FakePlans());
    }

    private static ReviewClosed closedWithoutResponse() {
        return new ReviewClosed(ID, Adoption.NO_RESPONSE, new AdoptionCounts(0, 0, 0, 3), COUNCIL_AND_WORKSHOP,
                                SubjectType.SOCIOECONOMIC_MASTER_PLAN, RequestOrigin.COMMISSIONED,
                                RequesterKind.PEOPLES_COMMITTEE, REQUESTER.name(), DUE.plusDays(1), "system",
                                expertIds());
    }

    @Test
    void sendingTheReportSchedulesTheResponseDeadline() {
        fixture.givenCurrentTime(CLOCK.instant())
               .andGiven(history(EngagementStatus.INTERNAL_APPROVAL))
               .when(SEND)
               .expectScheduledDeadlineWithName(OVERDUE_AT, ResponseOverdue.DEADLINE)
               .expectScheduledDeadline(OVERDUE_AT, new ResponseOverdue(ID, DUE));
    }

    @Test
    void withoutAResponseTheSystemClosesTheEngagementWhenTheDeadlinePasses() {
        fixture.givenCurrentTime(CLOCK.instant())
               .andGiven(history(EngagementStatus.INTERNAL_APPROVAL))
               .andGivenCommands(SEND)
               .whenThenTimeAdvancesTo(OVERDUE_AT)
               .expectDeadlinesMet(new ResponseOverdue(ID, DUE))
               .expectEvents(closedWithoutResponse());
    }

    @Test
    void onTheDueDayItselfNothingHappensYet() {
        fixture.givenCurrentTime(CLOCK.instant())
               .andGiven(history(EngagementStatus.INTERNAL_APPROVAL))
               .andGivenCommands(SEND)
               .whenThenTimeAdvancesTo(OVERDUE_AT.minusSeconds(1))
               .expectDeadlinesMet()
               .expectNoEvents()
               .expectScheduledDeadlineWithName(OVERDUE_AT, ResponseOverdue.DEADLINE);
    }

    @Test
    void aResponseCancelsTheDeadline() {
        fixture.givenCurrentTime(CLOCK.instant())
               .andGiven(history(EngagementStatus.INTERNAL_APPROVAL))
               .andGivenCommands(SEND, new RecordResponse(ID, TODAY,
                       List.of(new RecommendationAnswer("R1", Adoption.ADOPTED, null),
                               new RecommendationAnswer("R2", Adoption.ADOPTED, null),
                               new RecommendationAnswer("R3", Adoption.ADOPTED, null)), null, null))
               .whenTimeElapses(Duration.ofDays(90))
               .expectNoScheduledDeadlines()
               .expectDeadlinesMet()
               .expectNoEvents();
    }

    @Test
    void aWithdrawalCancelsTheDeadline() {
        fixture.givenCurrentTime(CLOCK.instant())
               .andGiven(history(EngagementStatus.INTERNAL_APPROVAL))
               .andGivenCommands(SEND, new WithdrawRequest(ID, "Đề án đã bị hủy", null))
               .whenTimeElapses(Duration.ofDays(90))
               .expectNoScheduledDeadlines()
               .expectNoEvents();
    }

    @Test
    void aCancellationCancelsTheDeadline() {
        fixture.givenCurrentTime(CLOCK.instant())
               .andGiven(history(EngagementStatus.INTERNAL_APPROVAL))
               .andGivenCommands(SEND, new CancelEngagement(ID, "Theo chỉ đạo", decision("30/QĐ-LHH", TODAY), null))
               .whenTimeElapses(Duration.ofDays(90))
               .expectNoScheduledDeadlines()
               .expectNoEvents();
    }

    @Test
    void aTriggerAfterTheResponseChangesNothing() {
        // The response was recorded but the trigger still fired (e.g. a retry after a crash): idempotent.
        fixture.givenCurrentTime(CLOCK.instant())
               .andGiven(history(EngagementStatus.INTERNAL_APPROVAL))
               .andGivenCommands(SEND)
               .andGiven(responded())
               .whenThenTimeAdvancesTo(OVERDUE_AT)
               .expectDeadlinesMet(new ResponseOverdue(ID, DUE))
               .expectNoEvents();
    }

    @Test
    void aSecondTriggerAfterClosingChangesNothing() {
        fixture.givenCurrentTime(CLOCK.instant())
               .andGiven(history(EngagementStatus.INTERNAL_APPROVAL))
               .andGivenCommands(SEND)
               .andGiven(closedWithoutResponse())
               .whenThenTimeAdvancesTo(OVERDUE_AT)
               .expectDeadlinesMet(new ResponseOverdue(ID, DUE))
               .expectNoEvents();
    }

    @Test
    void aReportRecordedFromPaperLongAfterItsDueDateWaitsOneDayForItsResponse() {
        LocalDate sentOn = LocalDate.of(2026, 4, 6);
        fixture.givenCurrentTime(CLOCK.instant())
               .andGiven(history(EngagementStatus.INTERNAL_APPROVAL))
               .andGivenCommands(new ApproveAndSendReport(ID, decision("45/LHH-TVPB", sentOn), "Nguyễn Văn A", sentOn,
                                                          null))
               .whenTimeElapses(Duration.ofHours(23))
               .expectNoEvents();
    }

    @Test
    void aReportRecordedFromPaperLongAfterItsDueDateClosesAfterTheGrace() {
        // Sent on 06/04 (recorded today): due 06/05 has long passed; a day after recording it closes.
        LocalDate sentOn = LocalDate.of(2026, 4, 6);
        ReviewClosed expected = new ReviewClosed(ID, Adoption.NO_RESPONSE, new AdoptionCounts(0, 0, 0, 3),
                COUNCIL_AND_WORKSHOP, SubjectType.SOCIOECONOMIC_MASTER_PLAN, RequestOrigin.COMMISSIONED,
                RequesterKind.PEOPLES_COMMITTEE, REQUESTER.name(), LocalDate.of(2026, 5, 7), "system", expertIds());
        fixture.givenCurrentTime(CLOCK.instant())
               .andGiven(history(EngagementStatus.INTERNAL_APPROVAL))
               .andGivenCommands(new ApproveAndSendReport(ID, decision("45/LHH-TVPB", sentOn), "Nguyễn Văn A", sentOn,
                                                          null))
               .whenTimeElapses(ReviewEngagement.BACKFILL_GRACE.plusSeconds(1))
               .expectDeadlinesMet(new ResponseOverdue(ID, LocalDate.of(2026, 5, 6)))
               .expectEvents(expected);
    }
}
