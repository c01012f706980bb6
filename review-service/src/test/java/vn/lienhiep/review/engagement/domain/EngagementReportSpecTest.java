package vn.lienhiep.review.engagement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.SubjectType;
import vn.lienhiep.review.engagement.domain.EngagementCommands.*;
import vn.lienhiep.review.engagement.domain.EngagementEvents.*;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static vn.lienhiep.review.engagement.domain.EngagementSpecs.*;

/**
 * The work, the report and the requester's response (docs/domain/review.md#rev-6, docs/domain/review.md#rev-7): opinions from the confirmed
 * panel, numbered recommendations stable across drafts, a report frozen once signed and sent, every recommendation
 * answered, and the overall adoption derived from the answers.
 */
class EngagementReportSpecTest {

    private FixtureConfiguration<ReviewEngagement> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(new FakePool(), new FakePlans());
    }

    // --- work -------------------------------------------------------------------------------------------------------

    @Test
    void aConfirmedMemberSubmitsAnOpinionAndAResubmissionIsTheNextVersion() {
        fixture.given(history(EngagementStatus.IN_PROGRESS))
               .when(new SubmitOpinion(ID, CRITIC_1, " Cần bổ sung số liệu ", null))
               .expectEvents(new OpinionSubmitted(ID, CRITIC_1, 1, "Cần bổ sung số liệu", TODAY));

        fixture.given(plus(history(EngagementStatus.DRAFTING),
                           new OpinionSubmitted(ID, CRITIC_1, 1, "Bản đầu", LocalDate.of(2026, 5, 2))))
               .when(new SubmitOpinion(ID, CRITIC_1, "Bản sửa", null))
               .expectEvents(new OpinionSubmitted(ID, CRITIC_1, 2, "Bản sửa", TODAY));
    }

    @Test
    void onlyAConfirmedPanelMemberSubmitsAnOpinion() {
        expectViolation(fixture.given(history(EngagementStatus.IN_PROGRESS))
                               .when(new SubmitOpinion(ID, OUTSIDER, "Ý kiến", null)),
                        "review.opinion.not-on-panel", Map.of("expertId", OUTSIDER));
    }

    @Test
    void aPlannedWorkshopMovesTheReviewToDraftingAndASecondOneIsAllowed() {
        fixture.given(history(EngagementStatus.IN_PROGRESS))
               .when(new RecordWorkshop(ID, LocalDate.of(2026, 5, 5), 42, " Hội thảo khoa học ", null))
               .expectEvents(new ReviewWorkshopHeld(ID, LocalDate.of(2026, 5, 5), 42, "Hội thảo khoa học"))
               .expectResultMessagePayload(new Outcome(ID, "DRAFTING", 19));

        fixture.given(history(EngagementStatus.DRAFTING))
               .when(new RecordWorkshop(ID, LocalDate.of(2026, 5, 12), 30, null, null))
               .expectEvents(new ReviewWorkshopHeld(ID, LocalDate.of(2026, 5, 12), 30, null));
    }

    @Test
    void aWorkshopThatWasNotPlannedIsRefused() {
        List<Object> events = plus(history(EngagementStatus.ACCEPTED),
                                   planned(EnumSet.of(ReviewForm.COUNCIL), FundingSource.SPONSOR, null));
        events.addAll(joined(COUNCIL));
        events.add(formed(COUNCIL, EnumSet.of(ReviewForm.COUNCIL), TODAY));
        expectViolation(fixture.given(events).when(new RecordWorkshop(ID, TODAY, 10, null, null)),
                        "review.workshop.not-planned");
    }

    @Test
    void aWorkshopHasAttendees() {
        expectInvalid(fixture.given(history(EngagementStatus.IN_PROGRESS))
                             .when(new RecordWorkshop(ID, TODAY, 0, null, null)), "attendees");
    }

    @Test
    void closingTheCollectionOfOpinionsStartsDrafting() {
        fixture.given(history(EngagementStatus.IN_PROGRESS))
               .when(new CloseReviewCollection(ID, null))
               .expectEvents(new ReviewCollectionClosed(ID))
               .expectResultMessagePayload(new Outcome(ID, "DRAFTING", 19));
    }

    // --- drafts -----------------------------------------------------------------------------------------------------

    @Test
    void draftsAreVersionedAndRecommendationsNumberedByPosition() {
        DraftReport draft = new DraftReport(ID, "Tóm tắt", " Nhận xét ",
                List.of(new EngagementCommands.RecommendationText("Bổ sung đánh giá tác động môi trường"),
                        new EngagementCommands.RecommendationText(" Làm rõ nguồn vốn ")),
                List.of(new Dissent(CRITIC_2, "Không đồng ý kiến nghị 2")), null);
        fixture.given(history(EngagementStatus.DRAFTING))
               .when(draft)
               .expectEvents(new ReportDrafted(ID, 1, "Tóm tắt", "Nhận xét",
                       List.of(new Recommendation("R1", "Bổ sung đánh giá tác động môi trường"),
                               new Recommendation("R2", "Làm rõ nguồn vốn")),
                       List.of(new Dissent(CRITIC_2, "Không đồng ý kiến nghị 2"))))
               .expectResultMessagePayload(new Outcome(ID, "DRAFTING", 20));

        fixture.given(plus(history(EngagementStatus.DRAFTING), drafted()))
               .when(new DraftReport(ID, "Tóm tắt 2", null,
                       List.of(new EngagementCommands.RecommendationText("Bổ sung ĐTM"),
                               new EngagementCommands.RecommendationText("Làm rõ nguồn vốn"),
                               new EngagementCommands.RecommendationText("Lấy ý kiến người dân"),
                               new EngagementCommands.RecommendationText("Công khai quy hoạch")),
                       null, null))
               .expectEvents(new ReportDrafted(ID, 2, "Tóm tắt 2", null,
                       List.of(new Recommendation("R1", "Bổ sung ĐTM"), new Recommendation("R2", "Làm rõ nguồn vốn"),
                               new Recommendation("R3", "Lấy ý kiến người dân"),
                               new Recommendation("R4", "Công khai quy hoạch")),
                       List.of()));
    }

    @Test
    void aReportMakesAtLeastOneRecommendation() {
        expectInvalid(fixture.given(history(EngagementStatus.DRAFTING))
                             .when(new DraftReport(ID, "Tóm tắt", null, List.of(), List.of(), null)),
                      "recommendations");
    }

    @Test
    void aReportIsNotDraftedBeforeTheOpinionsAreIn() {
        expectViolation(fixture.given(history(EngagementStatus.IN_PROGRESS))
                               .when(new DraftReport(ID, "Tóm tắt", null,
                                       List.of(new EngagementCommands.RecommendationText("R")), null, null)),
                        "review.engagement.invalid-transition",
                        Map.of("from", "IN_PROGRESS", "command", "DRAFT_REPORT"));
    }

    @Test
    void onlyADraftGoesToInternalApproval() {
        expectViolation(fixture.given(history(EngagementStatus.DRAFTING)).when(new SubmitDraft(ID, null)),
                        "review.report.no-draft");

        fixture.given(plus(history(EngagementStatus.DRAFTING), drafted()))
               .when(new SubmitDraft(ID, null))
               .expectEvents(new DraftSubmitted(ID, 1))
               .expectResultMessagePayload(new Outcome(ID, "INTERNAL_APPROVAL", 21));
    }

    @Test
    void leadershipReturnsADraftForRevision() {
        fixture.given(history(EngagementStatus.INTERNAL_APPROVAL))
               .when(new ReturnForRevision(ID, " Bổ sung căn cứ pháp lý ", null))
               .expectEvents(new DraftReturned(ID, 1, "Bổ sung căn cứ pháp lý"))
               .expectResultMessagePayload(new Outcome(ID, "DRAFTING", 22));
    }

    @Test
    void theSignedReportIsSentInFullAndTheResponseDeadlineScheduled() {
        // Sent 20/05; the 2006 regulation gives 30 days: due 19/06, overdue from midnight in Vietnam on 20/06.
        Instant overdueAt = Instant.parse("2026-06-19T17:00:00Z");
        fixture.given(history(EngagementStatus.INTERNAL_APPROVAL))
               .when(new ApproveAndSendReport(ID, decision("45/LHH-TVPB", SENT_ON), " Nguyễn Văn A ", SENT_ON, null))
               .expectSuccessfulHandlerExecution()
               .expectEventsMatching(payloadsMatching(exactSequenceOf(predicate(e -> {
                   ReviewReportSent sent = (ReviewReportSent) e;
                   ReviewReportSent expected = sent();
                   return sent.deadlineId() != null
                          && sent.equals(new ReviewReportSent(ID, 1, expected.summary(), expected.findings(),
                                  expected.recommendations(), expected.dissentingOpinions(), expected.decision(),
                                  "Nguyễn Văn A", SENT_ON, RESPONSE_DUE, sent.deadlineId()));
               }), andNoMore())))
               .expectScheduledDeadlineWithName(overdueAt, ResponseOverdue.DEADLINE)
               .expectScheduledDeadline(overdueAt, new ResponseOverdue(ID, RESPONSE_DUE))
               .expectResultMessagePayload(new Outcome(ID, "REPORT_SENT", 22));
    }

    @Test
    void theResponseDeadlineIsTheOneInForceWhenTheRequestArrived() {
        // Received 10/04/2026: 20 days under the new regulation, so sent 20/05 is due 09/06.
        List<Object> events = plus(List.of(new ReviewRequestReceived(ID, RequestOrigin.COMMISSIONED,
                        request(SubjectType.DRAFT_LAW, LocalDate.of(2026, 4, 10), null), dueDates(false))),
                new ReviewAccepted(ID, decision("12/QĐ-LHH", LocalDate.of(2026, 4, 10)), SubjectType.DRAFT_LAW),
                planned(EnumSet.of(ReviewForm.WRITTEN_COMMENTS), FundingSource.SPONSOR, null));
        events.addAll(joined(new PanelSeat(MEMBER, PanelRole.MEMBER)));
        events.add(formed(List.of(new PanelSeat(MEMBER, PanelRole.MEMBER)), EnumSet.of(ReviewForm.WRITTEN_COMMENTS),
                          TODAY));
        events.add(new ReviewCollectionClosed(ID));
        events.add(drafted());
        events.add(new DraftSubmitted(ID, 1));
        fixture.given(events)
               .when(new ApproveAndSendReport(ID, decision("45/LHH-TVPB", SENT_ON), "Nguyễn Văn A", SENT_ON, null))
               .expectScheduledDeadline(Instant.parse("2026-06-09T17:00:00Z"),
                                        new ResponseOverdue(ID, LocalDate.of(2026, 6, 9)));
    }

    @Test
    void aSentReportCanNoLongerChange() {
        DraftReport again = new DraftReport(ID, "Tóm tắt", null,
                List.of(new EngagementCommands.RecommendationText("Khác")), null, null);
        expectViolation(fixture.given(history(EngagementStatus.REPORT_SENT)).when(again),
                        "review.report.already-sent");
        expectViolation(fixture.given(history(EngagementStatus.RESPONSE_RECEIVED)).when(again),
                        "review.report.already-sent");
    }

    // --- response ---------------------------------------------------------------------------------------------------

    private static RecordResponse response(RecommendationAnswer... answers) {
        return new RecordResponse(ID, LocalDate.of(2026, 5, 28), List.of(answers), " Đã tiếp thu ", null);
    }

    private static RecommendationAnswer answer(String id, Adoption adoption) {
        return new RecommendationAnswer(id, adoption, null);
    }

    @Test
    void theResponseAnswersEveryRecommendationAndTheOverallAdoptionFollows() {
        fixture.given(history(EngagementStatus.REPORT_SENT))
               .when(response(answer("R1", Adoption.ADOPTED), answer("R2", Adoption.ADOPTED),
                              answer("R3", Adoption.ADOPTED)))
               .expectEvents(new ReviewResponseRecorded(ID, LocalDate.of(2026, 5, 28),
                       List.of(answer("R1", Adoption.ADOPTED), answer("R2", Adoption.ADOPTED),
                               answer("R3", Adoption.ADOPTED)), Adoption.ADOPTED, "Đã tiếp thu"))
               .expectResultMessagePayload(new Outcome(ID, "RESPONSE_RECEIVED", 23));
    }

    @Test
    void noRecommendationTakenInEvenPartlyIsNotAdopted() {
        fixture.given(history(EngagementStatus.REPORT_SENT))
               .when(response(answer("R1", Adoption.NOT_ADOPTED), answer("R2", Adoption.NOT_ADOPTED),
                              answer("R3", Adoption.NOT_ADOPTED)))
               .expectEventsMatching(payloadsMatching(exactSequenceOf(
                       predicate(e -> ((ReviewResponseRecorded) e).adoption() == Adoption.NOT_ADOPTED), andNoMore())));
    }

    @Test
    void anythingInBetweenIsPartiallyAdopted() {
        fixture.given(history(EngagementStatus.REPORT_SENT))
               .when(response(answer("R1", Adoption.NOT_ADOPTED), answer("R2", Adoption.PARTIALLY_ADOPTED),
                              answer("R3", Adoption.NOT_ADOPTED)))
               .expectEventsMatching(payloadsMatching(exactSequenceOf(
                       predicate(e -> ((ReviewResponseRecorded) e).adoption() == Adoption.PARTIALLY_ADOPTED),
                       andNoMore())));
        fixture.given(history(EngagementStatus.REPORT_SENT))
               .when(response(answer("R1", Adoption.ADOPTED), answer("R2", Adoption.ADOPTED),
                              answer("R3", Adoption.NOT_ADOPTED)))
               .expectEventsMatching(payloadsMatching(exactSequenceOf(
                       predicate(e -> ((ReviewResponseRecorded) e).adoption() == Adoption.PARTIALLY_ADOPTED),
                       andNoMore())));
    }

    @Test
    void everyRecommendationMustBeAnsweredOnce() {
        expectViolation(fixture.given(history(EngagementStatus.REPORT_SENT))
                               .when(response(answer("R1", Adoption.ADOPTED), answer("R2", Adoption.ADOPTED))),
                        "review.response.incomplete", Map.of("missing", List.of("R3")));
        expectViolation(fixture.given(history(EngagementStatus.REPORT_SENT))
                               .when(response(answer("R1", Adoption.ADOPTED), answer("R2", Adoption.ADOPTED),
                                              answer("R3", Adoption.ADOPTED), answer("R3", Adoption.NOT_ADOPTED))),
                        "review.response.incomplete");
    }

    @Test
    void noResponseIsNotAnAnswerToARecommendation() {
        expectViolation(fixture.given(history(EngagementStatus.REPORT_SENT))
                               .when(response(answer("R1", Adoption.ADOPTED), answer("R2", Adoption.NO_RESPONSE),
                                              answer("R3", Adoption.ADOPTED))),
                        "review.response.invalid-answer", Map.of("recommendationId", "R2"));
    }

    @Test
    void anAnswerToAnUnknownRecommendationIsRefused() {
        expectViolation(fixture.given(history(EngagementStatus.REPORT_SENT))
                               .when(response(answer("R1", Adoption.ADOPTED), answer("R2", Adoption.ADOPTED),
                                              answer("R3", Adoption.ADOPTED), answer("R9", Adoption.ADOPTED))),
                        "review.response.unknown-recommendation", Map.of("recommendationId", "R9"));
    }

    @Test
    void aResponseCannotPrecedeTheReport() {
        expectViolation(fixture.given(history(EngagementStatus.REPORT_SENT))
                               .when(new RecordResponse(ID, SENT_ON.minusDays(1), List.of(answer("R1", Adoption.ADOPTED),
                                       answer("R2", Adoption.ADOPTED), answer("R3", Adoption.ADOPTED)), null, null)),
                        "review.date-before-previous", Map.of("previous", SENT_ON.toString()));
    }

    // --- closing and publication ------------------------------------------------------------------------------------

    @Test
    void closingCarriesWhatStatisticsAndThePublicEventNeed() {
        fixture.given(history(EngagementStatus.RESPONSE_RECEIVED))
               .when(new CloseEngagement(ID, null))
               .expectEvents(new ReviewClosed(ID, Adoption.PARTIALLY_ADOPTED, new AdoptionCounts(1, 1, 1, 0),
                                              COUNCIL_AND_WORKSHOP, SubjectType.SOCIOECONOMIC_MASTER_PLAN,
                                              RequestOrigin.COMMISSIONED, RequesterKind.PEOPLES_COMMITTEE,
                                              REQUESTER.name(), TODAY, null, expertIds()))
               .expectResultMessagePayload(new Outcome(ID, "CLOSED", 24));
    }

    @Test
    void anEngagementIsNotClosedBeforeTheResponse() {
        expectViolation(fixture.given(history(EngagementStatus.REPORT_SENT)).when(new CloseEngagement(ID, null)),
                        "review.engagement.invalid-transition", Map.of("from", "REPORT_SENT", "command", "CLOSE"));
    }

    @Test
    void theUnionDecidesWhetherAClosedOutcomeIsPublished() {
        fixture.given(history(EngagementStatus.CLOSED))
               .when(new PublishOutcome(ID, true, null))
               .expectEvents(new OutcomePublicationDecided(ID, true, TITLE, REQUESTER.name(),
                                                           Adoption.PARTIALLY_ADOPTED,
                                                           SubjectType.SOCIOECONOMIC_MASTER_PLAN,
                                                           LocalDate.of(2026, 5, 29), TODAY))
               .expectResultMessagePayload(new Outcome(ID, "CLOSED", 25));
    }

    @Test
    void aConfidentialEngagementIsNeverPublishedButMayBeKeptPrivate() {
        List<Object> confidential = new java.util.ArrayList<>(history(EngagementStatus.CLOSED));
        RequestDetails r = request();
        confidential.set(0, new ReviewRequestReceived(ID, RequestOrigin.COMMISSIONED, new RequestDetails(
                r.title(), r.subjectType(), r.issuingLevel(), r.sector(), r.requester(), r.draftingBody(), r.reviewTypes(),
                r.receivedAt(), r.requestedDeadline(), r.dossier(), true, r.coOrganiser(), r.leadOrg()), dueDates(false)));
        expectViolation(fixture.given(confidential).when(new PublishOutcome(ID, true, null)),
                        "review.publication.confidential");
        fixture.given(confidential).when(new PublishOutcome(ID, false, null))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void onlyAClosedOutcomeIsPublished() {
        expectViolation(fixture.given(history(EngagementStatus.RESPONSE_RECEIVED))
                               .when(new PublishOutcome(ID, true, null)),
                        "review.publication.not-closed", Map.of("status", "RESPONSE_RECEIVED"));
        expectViolation(fixture.given(history(EngagementStatus.CANCELLED)).when(new PublishOutcome(ID, true, null)),
                        "review.engagement.closed");
    }
}
