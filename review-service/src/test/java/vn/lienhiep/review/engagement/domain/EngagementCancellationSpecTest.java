package vn.lienhiep.review.engagement.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.engagement.domain.EngagementCommands.*;
import vn.lienhiep.review.engagement.domain.EngagementEvents.*;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienhiep.review.engagement.domain.EngagementStatus.*;
import static vn.lienhiep.review.engagement.domain.EngagementSpecs.*;

/**
 * Withdrawal, cancellation and the terminal states (docs/domain/review.md#engagement-lifecycle): any open engagement may be withdrawn by the
 * requester or cancelled by leadership; a declined, closed or cancelled one refuses every command, and a command out
 * of turn names the state and the command.
 */
class EngagementCancellationSpecTest {

    /** One well-formed instance of every command given to an existing engagement, by the act it performs. */
    private static final Map<EngagementAct, Object> SAMPLES = new EnumMap<>(EngagementAct.class);

    static {
        SAMPLES.put(EngagementAct.APPROVE_PROPOSAL, new RecordProposalApproval(ID, decision("88/TB-TU", TODAY), null));
        SAMPLES.put(EngagementAct.MARK_DOSSIER_INCOMPLETE, new MarkDossierIncomplete(ID, List.of("Dự thảo"), null));
        SAMPLES.put(EngagementAct.COMPLETE_DOSSIER, new CompleteDossier(ID, List.of("Dự thảo"), null));
        SAMPLES.put(EngagementAct.ACCEPT, new AcceptRequest(ID, decision("12/QĐ-LHH", TODAY), null));
        SAMPLES.put(EngagementAct.DECLINE, new DeclineRequest(ID, "Ngoài khả năng", decision("13/QĐ-LHH", TODAY), null));
        SAMPLES.put(EngagementAct.PLAN, new PlanEngagement(ID, EnumSet.of(ReviewForm.WRITTEN_COMMENTS),
                                                           FundingSource.SPONSOR, 0, PLAN_YEAR, null, null, null));
        SAMPLES.put(EngagementAct.RECORD_CONTRACT, new RecordContract(ID, "HĐ 01/2026", TODAY, null));
        SAMPLES.put(EngagementAct.INVITE_EXPERT, new InviteExpert(ID, OUTSIDER, PanelRole.MEMBER, null));
        SAMPLES.put(EngagementAct.ACCEPT_INVITATION, new AcceptInvitation(ID, CHAIR, null));
        SAMPLES.put(EngagementAct.DECLINE_INVITATION, new DeclineInvitation(ID, CHAIR, "Bận", null));
        SAMPLES.put(EngagementAct.DECLARE_INTERESTS, new RecordConflictDeclaration(ID, CHAIR, Set.of(), TODAY, true,
                                                                                   null));
        SAMPLES.put(EngagementAct.REMOVE_FROM_PANEL, new RemoveFromPanel(ID, CHAIR, "Ốm", null));
        SAMPLES.put(EngagementAct.CONFIRM_PANEL, new ConfirmPanel(ID, null));
        SAMPLES.put(EngagementAct.SUBMIT_OPINION, new SubmitOpinion(ID, CHAIR, "Ý kiến", null));
        SAMPLES.put(EngagementAct.RECORD_WORKSHOP, new RecordWorkshop(ID, TODAY, 20, null, null));
        SAMPLES.put(EngagementAct.CLOSE_REVIEW_COLLECTION, new CloseReviewCollection(ID, null));
        SAMPLES.put(EngagementAct.DRAFT_REPORT, new DraftReport(ID, "Tóm tắt", null,
                List.of(new EngagementCommands.RecommendationText("Kiến nghị")), null, null));
        SAMPLES.put(EngagementAct.SUBMIT_DRAFT, new SubmitDraft(ID, null));
        SAMPLES.put(EngagementAct.RETURN_FOR_REVISION, new ReturnForRevision(ID, "Sửa", null));
        SAMPLES.put(EngagementAct.APPROVE_AND_SEND_REPORT,
                    new ApproveAndSendReport(ID, decision("45/LHH-TVPB", TODAY), "Nguyễn Văn A", TODAY, null));
        SAMPLES.put(EngagementAct.RECORD_RESPONSE, new RecordResponse(ID, TODAY,
                List.of(new RecommendationAnswer("R1", Adoption.ADOPTED, null)), null, null));
        SAMPLES.put(EngagementAct.CLOSE, new CloseEngagement(ID, null));
        SAMPLES.put(EngagementAct.PUBLISH_OUTCOME, new PublishOutcome(ID, true, null));
        SAMPLES.put(EngagementAct.WITHDRAW, new WithdrawRequest(ID, "Không còn cần", null));
        SAMPLES.put(EngagementAct.CANCEL, new CancelEngagement(ID, "Theo chỉ đạo", decision("30/QĐ-LHH", TODAY), null));
        SAMPLES.put(EngagementAct.RECORD_COST, new RecordCost(ID, 1_000_000L, "Thù lao", TODAY, null));
    }

    /** The lifecycle as the brief states it, written here independently of {@link EngagementAct}. */
    private static final Map<EngagementAct, Set<EngagementStatus>> LIFECYCLE = new EnumMap<>(EngagementAct.class);

    static {
        Set<EngagementStatus> open = EnumSet.complementOf(EnumSet.of(DECLINED, CLOSED, CANCELLED));
        LIFECYCLE.put(EngagementAct.APPROVE_PROPOSAL, EnumSet.of(PROPOSED));
        LIFECYCLE.put(EngagementAct.MARK_DOSSIER_INCOMPLETE, EnumSet.of(RECEIVED));
        LIFECYCLE.put(EngagementAct.COMPLETE_DOSSIER, EnumSet.of(INCOMPLETE));
        LIFECYCLE.put(EngagementAct.ACCEPT, EnumSet.of(RECEIVED));
        LIFECYCLE.put(EngagementAct.DECLINE, EnumSet.of(RECEIVED));
        LIFECYCLE.put(EngagementAct.PLAN, EnumSet.of(ACCEPTED));
        LIFECYCLE.put(EngagementAct.RECORD_CONTRACT, EnumSet.of(PLANNED, PANEL_FORMING));
        LIFECYCLE.put(EngagementAct.INVITE_EXPERT, EnumSet.of(PLANNED, PANEL_FORMING));
        LIFECYCLE.put(EngagementAct.ACCEPT_INVITATION, EnumSet.of(PANEL_FORMING));
        LIFECYCLE.put(EngagementAct.DECLINE_INVITATION, EnumSet.of(PANEL_FORMING));
        LIFECYCLE.put(EngagementAct.DECLARE_INTERESTS, EnumSet.of(PANEL_FORMING));
        LIFECYCLE.put(EngagementAct.REMOVE_FROM_PANEL, EnumSet.of(PANEL_FORMING));
        LIFECYCLE.put(EngagementAct.CONFIRM_PANEL, EnumSet.of(PANEL_FORMING));
        LIFECYCLE.put(EngagementAct.SUBMIT_OPINION, EnumSet.of(IN_PROGRESS, DRAFTING));
        LIFECYCLE.put(EngagementAct.RECORD_WORKSHOP, EnumSet.of(IN_PROGRESS, DRAFTING));
        LIFECYCLE.put(EngagementAct.CLOSE_REVIEW_COLLECTION, EnumSet.of(IN_PROGRESS));
        LIFECYCLE.put(EngagementAct.DRAFT_REPORT, EnumSet.of(DRAFTING));
        LIFECYCLE.put(EngagementAct.SUBMIT_DRAFT, EnumSet.of(DRAFTING));
        LIFECYCLE.put(EngagementAct.RETURN_FOR_REVISION, EnumSet.of(INTERNAL_APPROVAL));
        LIFECYCLE.put(EngagementAct.APPROVE_AND_SEND_REPORT, EnumSet.of(INTERNAL_APPROVAL));
        LIFECYCLE.put(EngagementAct.RECORD_RESPONSE, EnumSet.of(REPORT_SENT));
        LIFECYCLE.put(EngagementAct.CLOSE, EnumSet.of(RESPONSE_RECEIVED));
        LIFECYCLE.put(EngagementAct.PUBLISH_OUTCOME, EnumSet.of(CLOSED));
        LIFECYCLE.put(EngagementAct.WITHDRAW, open);
        LIFECYCLE.put(EngagementAct.CANCEL, open);
        LIFECYCLE.put(EngagementAct.RECORD_COST, EnumSet.range(PLANNED, RESPONSE_RECEIVED));
    }

    private FixtureConfiguration<ReviewEngagement> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(new FakePool(), new FakePlans());
    }

    @Test
    void theSamplesCoverEveryCommandAndTheTableFollowsTheBrief() {
        Set<Class<?>> creation = Set.of(RegisterRequest.class, ProposeReview.class);
        Set<Class<?>> commands = Stream.of(EngagementCommands.class.getPermittedSubclasses())
                                       .filter(c -> !creation.contains(c)).collect(Collectors.toSet());
        assertThat(SAMPLES.values().stream().map(Object::getClass).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(commands);
        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrder(EngagementAct.values());
        for (EngagementAct act : EngagementAct.values()) {
            assertThat(act.from()).as(act.name()).isEqualTo(LIFECYCLE.get(act));
        }
    }

    // --- withdrawal and cancellation --------------------------------------------------------------------------------

    @Test
    void theRequesterWithdrawsItsRequest() {
        fixture.given(received())
               .when(new WithdrawRequest(ID, " Đề án đã bị hủy ", 0L))
               .expectEvents(new RequestWithdrawn(ID, RECEIVED, "Đề án đã bị hủy", TODAY))
               .expectResultMessagePayload(new Outcome(ID, "CANCELLED", 1));
    }

    @Test
    void leadershipCancelsByADecision() {
        fixture.given(history(IN_PROGRESS))
               .when(new CancelEngagement(ID, "Theo chỉ đạo", decision("30/QĐ-LHH", TODAY), null))
               .expectEvents(new EngagementCancelled(ID, IN_PROGRESS, "Theo chỉ đạo", decision("30/QĐ-LHH", TODAY)))
               .expectResultMessagePayload(new Outcome(ID, "CANCELLED", 19));
    }

    @Test
    void aCancellationNeedsADecisionAndAReason() {
        expectInvalid(fixture.given(history(PLANNED)).when(new CancelEngagement(ID, "Theo chỉ đạo", null, null)),
                      "decision");
        expectInvalid(fixture.given(history(PLANNED)).when(new WithdrawRequest(ID, " ", null)), "reason");
    }

    static Stream<EngagementStatus> openStates() {
        return EnumSet.complementOf(EnumSet.copyOf(EngagementStatus.TERMINAL)).stream();
    }

    @ParameterizedTest
    @MethodSource("openStates")
    void everyOpenEngagementCanBeWithdrawnOrCancelled(EngagementStatus status) {
        fixture.given(history(status))
               .when(new WithdrawRequest(ID, "Không còn cần", null))
               .expectEvents(new RequestWithdrawn(ID, status, "Không còn cần", TODAY));
        fixture.given(history(status))
               .when(new CancelEngagement(ID, "Theo chỉ đạo", decision("30/QĐ-LHH", TODAY), null))
               .expectEvents(new EngagementCancelled(ID, status, "Theo chỉ đạo", decision("30/QĐ-LHH", TODAY)));
    }

    // --- terminal states and commands out of turn -------------------------------------------------------------------

    static Stream<Arguments> terminalStatesTimesCommands() {
        return EngagementStatus.TERMINAL.stream().flatMap(status -> SAMPLES.entrySet().stream()
                .filter(e -> !(status == CLOSED && e.getKey() == EngagementAct.PUBLISH_OUTCOME))
                .map(e -> Arguments.of(status, e.getKey(), e.getValue())));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("terminalStatesTimesCommands")
    void aTerminalEngagementRefusesEveryCommand(EngagementStatus status, EngagementAct act, Object command) {
        expectViolation(fixture.given(history(status)).when(command), "review.engagement.closed",
                        Map.of("status", status.name()));
    }

    static Stream<Arguments> commandsOutOfTurn() {
        return openStates().flatMap(status -> SAMPLES.entrySet().stream()
                .filter(e -> !LIFECYCLE.get(e.getKey()).contains(status))
                .map(e -> Arguments.of(status, e.getKey(), e.getValue())));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("commandsOutOfTurn")
    void aCommandOutOfTurnIsRefusedNamingTheStateAndTheCommand(EngagementStatus status, EngagementAct act,
                                                               Object command) {
        if (act == EngagementAct.PUBLISH_OUTCOME) {
            expectViolation(fixture.given(history(status)).when(command), "review.publication.not-closed");
        } else if (act == EngagementAct.DRAFT_REPORT && (status == REPORT_SENT || status == RESPONSE_RECEIVED)) {
            expectViolation(fixture.given(history(status)).when(command), "review.report.already-sent");
        } else {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("from", status.name());
            details.put("command", act.name());
            expectViolation(fixture.given(history(status)).when(command), "review.engagement.invalid-transition",
                            details);
        }
    }
}
