package vn.lienhiep.review.engagement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.SubjectType;
import vn.lienhiep.review.engagement.domain.EngagementCommands.*;
import vn.lienhiep.review.engagement.domain.EngagementEvents.*;

import static vn.lienhiep.review.engagement.domain.EngagementSpecs.*;

/**
 * The panel and conflicts of interest (docs/domain/review.md#rev-4, docs/domain/review.md#rev-5, docs/domain/review.md#rev-8): only active pool experts, nobody working for
 * the requester or the drafting body, signed declarations without interests, and the composition the planned forms
 * need under the regulation in force when the request arrived.
 */
class EngagementPanelSpecTest {

    private FakePool pool;
    private FixtureConfiguration<ReviewEngagement> fixture;

    @BeforeEach
    void setUp() {
        pool = new FakePool();
        fixture = fixture(pool, new FakePlans());
    }

    private static List<Object> plannedFor(Set<ReviewForm> forms) {
        return plus(history(EngagementStatus.ACCEPTED), planned(forms, FundingSource.SPONSOR, null));
    }

    private static List<Object> forming(Set<ReviewForm> forms, List<PanelSeat> seats) {
        List<Object> events = new ArrayList<>(plannedFor(forms));
        events.addAll(joined(seats));
        return events;
    }

    private static InvitationAccepted assigned(String expertId, PanelRole role) {
        return new InvitationAccepted(ID, expertId, role, TODAY, null);
    }

    private static ExpertInvited invited(String expertId, PanelRole role) {
        return new ExpertInvited(ID, expertId, "person-" + expertId, role, INVITED_ON);
    }

    // --- invitations ------------------------------------------------------------------------------------------------

    @Test
    void aPoolExpertIsInvitedAndThePanelStartsForming() {
        fixture.given(history(EngagementStatus.PLANNED))
               .when(new InviteExpert(ID, CHAIR, PanelRole.CHAIR, 2L))
               .expectEvents(new ExpertInvited(ID, CHAIR, "person-" + CHAIR, PanelRole.CHAIR, TODAY))
               .expectResultMessagePayload(new Outcome(ID, "PANEL_FORMING", 3));
    }

    @Test
    void anExpertOutsideTheActivePoolIsRefused() {
        expectViolation(fixture.given(history(EngagementStatus.PLANNED))
                               .when(new InviteExpert(ID, "exp-unknown", PanelRole.CRITIC, null)),
                        "review.panel.expert-not-in-pool", Map.of("expertId", "exp-unknown"));
    }

    @Test
    void anExpertEmployedByTheRequesterIsRefusedWhateverTheCaseAndSpacing() {
        pool.add("exp-ubnd", "Trường Đại học Tây Bắc", "  ỦY BAN NHÂN DÂN   tỉnh Sơn La ");
        expectViolation(fixture.given(history(EngagementStatus.PLANNED))
                               .when(new InviteExpert(ID, "exp-ubnd", PanelRole.CRITIC, null)),
                        "review.panel.conflict-employer",
                        Map.of("expertId", "exp-ubnd", "employer", "  ỦY BAN NHÂN DÂN   tỉnh Sơn La "));
    }

    @Test
    void anExpertEmployedByTheDraftingBodyIsRefused() {
        pool.add("exp-stnmt", "sở tài nguyên và môi trường tỉnh sơn la");
        expectViolation(fixture.given(history(EngagementStatus.PANEL_FORMING))
                               .when(new InviteExpert(ID, "exp-stnmt", PanelRole.MEMBER, null)),
                        "review.panel.conflict-employer", Map.of("expertId", "exp-stnmt"));
    }

    @Test
    void anExpertAlreadyOnThePanelIsNotInvitedTwice() {
        expectViolation(fixture.given(history(EngagementStatus.PANEL_FORMING))
                               .when(new InviteExpert(ID, CRITIC_1, PanelRole.MEMBER, null)),
                        "review.panel.already-invited", Map.of("expertId", CRITIC_1));
    }

    @Test
    void anExpertWhoDeclinedMayBeInvitedAgain() {
        fixture.given(plus(history(EngagementStatus.PLANNED),
                           invited(OUTSIDER, PanelRole.MEMBER)))
               .when(new DeclineInvitation(ID, OUTSIDER, " Bận công tác ", null))
               .expectEvents(new InvitationDeclined(ID, OUTSIDER, "Bận công tác", TODAY));

        fixture.given(plus(history(EngagementStatus.PLANNED),
                           invited(OUTSIDER, PanelRole.MEMBER),
                           new InvitationDeclined(ID, OUTSIDER, "Bận công tác", TODAY)))
               .when(new InviteExpert(ID, OUTSIDER, PanelRole.CRITIC, null))
               .expectEvents(new ExpertInvited(ID, OUTSIDER, "person-" + OUTSIDER, PanelRole.CRITIC, TODAY));
    }

    @Test
    void anInvitedExpertAcceptsAndSignsADeclaration() {
        List<Object> invited = plus(history(EngagementStatus.PLANNED),
                                    invited(OUTSIDER, PanelRole.MEMBER));
        fixture.given(invited)
               .when(new AcceptInvitation(ID, OUTSIDER, null))
               .expectEvents(assigned(OUTSIDER, PanelRole.MEMBER));

        fixture.given(invited)
               .when(new RecordConflictDeclaration(ID, OUTSIDER, EnumSet.of(InterestKind.FINANCIAL_INTEREST),
                                                   LocalDate.of(2026, 5, 2), true, null))
               .expectEvents(new ExpertConflictDeclared(ID, OUTSIDER, Set.of(InterestKind.FINANCIAL_INTEREST),
                                                        LocalDate.of(2026, 5, 2), true));

        expectViolation(fixture.given(plus(invited, assigned(OUTSIDER, PanelRole.MEMBER)))
                               .when(new AcceptInvitation(ID, OUTSIDER, null)),
                        "review.panel.already-accepted");
    }

    @Test
    void anAcceptanceIsPrivateAndTheConfirmationAnnouncesTheNameOnlyAnExpertWhoConsentedPublishes() {
        pool.experts.put(OUTSIDER, new vn.lienhiep.review.common.domain.PoolExpert(OUTSIDER, "person-" + OUTSIDER,
                "PGS.TS. Lò Văn Bình", List.of("Nông nghiệp"), List.of("Trường Đại học Tây Bắc"), "PROVINCE",
                "AVAILABLE"));
        // The acceptance announces nothing: the conflict-of-interest and composition rules have not run yet.
        List<Object> invited = plus(plannedFor(EnumSet.of(ReviewForm.WRITTEN_COMMENTS)),
                                    invited(OUTSIDER, PanelRole.CRITIC));
        fixture.given(invited)
               .when(new AcceptInvitation(ID, OUTSIDER, null))
               .expectEvents(new InvitationAccepted(ID, OUTSIDER, PanelRole.CRITIC, TODAY, null));

        // The confirmation does, with the consented name; the other seat without one.
        List<Object> cleared = plus(invited, new InvitationAccepted(ID, OUTSIDER, PanelRole.CRITIC, TODAY, null),
                                    new ExpertConflictDeclared(ID, OUTSIDER, Set.of(), TODAY, true));
        cleared.addAll(joined(new PanelSeat(MEMBER, PanelRole.MEMBER)));
        List<PanelSeat> seats = List.of(new PanelSeat(OUTSIDER, PanelRole.CRITIC),
                                        new PanelSeat(MEMBER, PanelRole.MEMBER));
        fixture.given(cleared)
               .when(new ConfirmPanel(ID, null))
               .expectEvents(new ReviewPanelFormed(ID, seats, EnumSet.of(ReviewForm.WRITTEN_COMMENTS), TODAY, List.of(
                       new ExpertAssignment(OUTSIDER, PanelRole.CRITIC, "PGS.TS. Lò Văn Bình",
                                            SubjectType.SOCIOECONOMIC_MASTER_PLAN),
                       new ExpertAssignment(MEMBER, PanelRole.MEMBER, null, SubjectType.SOCIOECONOMIC_MASTER_PLAN))));
    }

    @Test
    void anExpertAnnouncedOnAcceptanceByAnEarlierReleaseIsNotAnnouncedAgain() {
        // Stored before the public heard of experts only at confirmation: upcast with what was published then.
        ExpertAssignment published = new ExpertAssignment(MEMBER, PanelRole.MEMBER, null,
                                                          SubjectType.SOCIOECONOMIC_MASTER_PLAN);
        List<Object> events = plus(plannedFor(EnumSet.of(ReviewForm.WRITTEN_COMMENTS)),
                                   invited(MEMBER, PanelRole.MEMBER),
                                   new InvitationAccepted(ID, MEMBER, PanelRole.MEMBER, INVITED_ON, published),
                                   new ExpertConflictDeclared(ID, MEMBER, Set.of(), TODAY, true));
        fixture.given(events)
               .when(new ConfirmPanel(ID, null))
               .expectEvents(new ReviewPanelFormed(ID, List.of(new PanelSeat(MEMBER, PanelRole.MEMBER)),
                                                   EnumSet.of(ReviewForm.WRITTEN_COMMENTS), TODAY, List.of()));
    }

    @Test
    void invitationsAnswersAndTheConfirmationCarryTheirDatesFromPaper() {
        LocalDate accepted = LocalDate.of(2026, 4, 15);
        List<Object> invited = plus(history(EngagementStatus.PLANNED), invited(OUTSIDER, PanelRole.MEMBER));
        fixture.given(invited)
               .when(new AcceptInvitation(ID, OUTSIDER, accepted, null))
               .expectEvents(new InvitationAccepted(ID, OUTSIDER, PanelRole.MEMBER, accepted, null));
        expectViolation(fixture.given(invited).when(new AcceptInvitation(ID, OUTSIDER, INVITED_ON.minusDays(1), null)),
                        "review.date-before-previous", Map.of("previous", INVITED_ON.toString()));
        expectViolation(fixture.given(invited).when(new DeclineInvitation(ID, OUTSIDER, "Bận", TODAY.plusDays(1), null)),
                        "review.date-in-future");
        // Invited before the union had even accepted the request (decision of 10/03/2026): a typing mistake.
        expectViolation(fixture.given(history(EngagementStatus.PLANNED))
                               .when(new InviteExpert(ID, OUTSIDER, PanelRole.MEMBER, LocalDate.of(2026, 3, 9), null)),
                        "review.date-before-previous", Map.of("previous", "2026-03-10"));

        LocalDate formedOn = LocalDate.of(2026, 4, 20);
        fixture.given(history(EngagementStatus.PANEL_FORMING))
               .when(new ConfirmPanel(ID, formedOn, null))
               .expectEvents(formed(COUNCIL, COUNCIL_AND_WORKSHOP, formedOn));
        expectViolation(fixture.given(history(EngagementStatus.PANEL_FORMING))
                               .when(new ConfirmPanel(ID, ACCEPTED_ON.minusDays(1), null)),
                        "review.date-before-previous", Map.of("previous", ACCEPTED_ON.toString()));
    }

    @Test
    void onlyInvitedExpertsAnswerInvitations() {
        expectViolation(fixture.given(history(EngagementStatus.PANEL_FORMING))
                               .when(new AcceptInvitation(ID, OUTSIDER, null)),
                        "review.panel.not-on-panel", Map.of("expertId", OUTSIDER));
    }

    // --- confirmation -----------------------------------------------------------------------------------------------

    @Test
    void aClearedCouncilIsConfirmedAndTheReviewStarts() {
        fixture.given(history(EngagementStatus.PANEL_FORMING))
               .when(new ConfirmPanel(ID, null))
               .expectEvents(formed(COUNCIL, COUNCIL_AND_WORKSHOP, TODAY))
               .expectResultMessagePayload(new Outcome(ID, "IN_PROGRESS", 18));
    }

    @Test
    void everyMemberMustHaveAcceptedTheInvitation() {
        expectViolation(fixture.given(plus(history(EngagementStatus.PANEL_FORMING),
                                           invited(OUTSIDER, PanelRole.MEMBER)))
                               .when(new ConfirmPanel(ID, null)),
                        "review.panel.invitation-pending", Map.of("expertId", OUTSIDER));
    }

    @Test
    void everyMemberMustHaveSignedADeclaration() {
        expectViolation(fixture.given(plus(history(EngagementStatus.PANEL_FORMING),
                                           invited(OUTSIDER, PanelRole.MEMBER),
                                           assigned(OUTSIDER, PanelRole.MEMBER)))
                               .when(new ConfirmPanel(ID, null)),
                        "review.panel.declaration-missing", Map.of("expertId", OUTSIDER));
    }

    @Test
    void aDeclaredInterestKeepsTheExpertOffThePanelNamingTheInterest() {
        expectViolation(fixture.given(plus(history(EngagementStatus.PANEL_FORMING),
                                           new ExpertConflictDeclared(ID, CRITIC_2,
                                                   Set.of(InterestKind.AUTHOR_OF_PROPOSAL), TODAY, true)))
                               .when(new ConfirmPanel(ID, null)),
                        "review.panel.conflict-declared",
                        Map.of("expertId", CRITIC_2, "interest", "AUTHOR_OF_PROPOSAL"));
    }

    @Test
    void theNonDisclosureAcknowledgmentIsRequired() {
        expectViolation(fixture.given(plus(history(EngagementStatus.PANEL_FORMING),
                                           new ExpertConflictDeclared(ID, MEMBER, Set.of(), TODAY, false)))
                               .when(new ConfirmPanel(ID, null)),
                        "review.panel.non-disclosure-missing", Map.of("expertId", MEMBER));
    }

    @Test
    void aConflictedMemberRemovedFromThePanelNoLongerBlocksIt() {
        List<PanelSeat> withSixth = new ArrayList<>(COUNCIL);
        withSixth.add(new PanelSeat(OUTSIDER, PanelRole.MEMBER));
        List<Object> events = new ArrayList<>(forming(COUNCIL_AND_WORKSHOP, withSixth));
        events.add(new ExpertConflictDeclared(ID, OUTSIDER, Set.of(InterestKind.RELATIVE_OF_SIGNATORY), TODAY, true));
        fixture.given(events)
               .when(new RemoveFromPanel(ID, OUTSIDER, "Có người thân ký văn bản", null))
               .expectEvents(new ExpertRemovedFromPanel(ID, OUTSIDER, "Có người thân ký văn bản"));

        events.add(new ExpertRemovedFromPanel(ID, OUTSIDER, "Có người thân ký văn bản"));
        fixture.given(events)
               .when(new ConfirmPanel(ID, null))
               .expectEvents(formed(COUNCIL, COUNCIL_AND_WORKSHOP, TODAY));
    }

    @Test
    void anExpertWhoLeftThePoolSinceTheInvitationBlocksConfirmation() {
        pool.experts.remove(CRITIC_1);
        expectViolation(fixture.given(history(EngagementStatus.PANEL_FORMING)).when(new ConfirmPanel(ID, null)),
                        "review.panel.expert-not-in-pool", Map.of("expertId", CRITIC_1));
    }

    @Test
    void aCouncilNeedsEnoughMembers() {
        expectViolation(fixture.given(forming(COUNCIL_AND_WORKSHOP, COUNCIL.subList(0, 4)))
                               .when(new ConfirmPanel(ID, null)),
                        "review.panel.council-composition", Map.of("members", 4));
    }

    @Test
    void aCouncilNeedsExactlyOneChair() {
        List<PanelSeat> twoChairs = List.of(new PanelSeat(CHAIR, PanelRole.CHAIR),
                                            new PanelSeat(SECRETARY, PanelRole.SECRETARY),
                                            new PanelSeat(CRITIC_1, PanelRole.CRITIC),
                                            new PanelSeat(CRITIC_2, PanelRole.CRITIC),
                                            new PanelSeat(MEMBER, PanelRole.CHAIR));
        expectViolation(fixture.given(forming(EnumSet.of(ReviewForm.COUNCIL), twoChairs))
                               .when(new ConfirmPanel(ID, null)),
                        "review.panel.council-composition", Map.of("chairs", 2L));
    }

    @Test
    void aCouncilNeedsEnoughCritics() {
        List<PanelSeat> oneCritic = List.of(new PanelSeat(CHAIR, PanelRole.CHAIR),
                                            new PanelSeat(SECRETARY, PanelRole.SECRETARY),
                                            new PanelSeat(CRITIC_1, PanelRole.CRITIC),
                                            new PanelSeat(CRITIC_2, PanelRole.MEMBER),
                                            new PanelSeat(MEMBER, PanelRole.MEMBER));
        expectViolation(fixture.given(forming(EnumSet.of(ReviewForm.COUNCIL), oneCritic))
                               .when(new ConfirmPanel(ID, null)),
                        "review.panel.council-composition", Map.of("critics", 1L));
    }

    @Test
    void theCompositionIsTheOneInForceWhenTheRequestArrived() {
        // Received on 10/04/2026, under the regulation that asks for a council of at least 7.
        List<Object> events = new ArrayList<>();
        events.add(new ReviewRequestReceived(ID, RequestOrigin.COMMISSIONED,
                                             request(SubjectType.DRAFT_LAW, LocalDate.of(2026, 4, 10), null),
                                             dueDates(false)));
        events.add(accepted());
        events.add(planned(EnumSet.of(ReviewForm.COUNCIL), FundingSource.SPONSOR, null));
        events.addAll(joined(COUNCIL));
        expectViolation(fixture.given(events).when(new ConfirmPanel(ID, null)),
                        "review.panel.council-composition", Map.of("members", 5));
    }

    @Test
    void anExpertGroupNeedsItsMinimumSize() {
        List<PanelSeat> two = List.of(new PanelSeat(CRITIC_1, PanelRole.MEMBER),
                                      new PanelSeat(CRITIC_2, PanelRole.MEMBER));
        expectViolation(fixture.given(forming(EnumSet.of(ReviewForm.EXPERT_GROUP), two))
                               .when(new ConfirmPanel(ID, null)),
                        "review.panel.expert-group-size", Map.of("members", 2, "required", 3));

        List<PanelSeat> three = List.of(new PanelSeat(CRITIC_1, PanelRole.MEMBER),
                                        new PanelSeat(CRITIC_2, PanelRole.MEMBER),
                                        new PanelSeat(MEMBER, PanelRole.CHAIR));
        fixture.given(forming(EnumSet.of(ReviewForm.EXPERT_GROUP), three))
               .when(new ConfirmPanel(ID, null))
               .expectEvents(formed(three, EnumSet.of(ReviewForm.EXPERT_GROUP), TODAY));
    }

    @Test
    void aWorkshopNeedsAChairAndASecretaryAsRapporteur() {
        List<PanelSeat> noSecretary = List.of(new PanelSeat(CHAIR, PanelRole.CHAIR),
                                              new PanelSeat(MEMBER, PanelRole.MEMBER));
        expectViolation(fixture.given(forming(EnumSet.of(ReviewForm.WORKSHOP), noSecretary))
                               .when(new ConfirmPanel(ID, null)),
                        "review.panel.workshop-roles");

        List<PanelSeat> both = List.of(new PanelSeat(CHAIR, PanelRole.CHAIR),
                                       new PanelSeat(SECRETARY, PanelRole.SECRETARY));
        fixture.given(forming(EnumSet.of(ReviewForm.WORKSHOP), both))
               .when(new ConfirmPanel(ID, null))
               .expectEvents(formed(both, EnumSet.of(ReviewForm.WORKSHOP), TODAY));
    }

    @Test
    void writtenCommentsNeedOnlyOneExpert() {
        List<PanelSeat> one = List.of(new PanelSeat(MEMBER, PanelRole.MEMBER));
        fixture.given(forming(EnumSet.of(ReviewForm.WRITTEN_COMMENTS), one))
               .when(new ConfirmPanel(ID, null))
               .expectEvents(formed(one, EnumSet.of(ReviewForm.WRITTEN_COMMENTS), TODAY));
    }

    @Test
    void aPanelWithNobodyLeftCannotBeConfirmed() {
        List<Object> events = plus(forming(EnumSet.of(ReviewForm.WRITTEN_COMMENTS),
                                           List.of(new PanelSeat(MEMBER, PanelRole.MEMBER))),
                                   new ExpertRemovedFromPanel(ID, MEMBER, "Ốm"));
        expectViolation(fixture.given(events).when(new ConfirmPanel(ID, null)), "review.panel.empty");
    }

    @Test
    void aPanelCannotBeConfirmedBeforeAnyoneIsInvited() {
        expectViolation(fixture.given(history(EngagementStatus.PLANNED)).when(new ConfirmPanel(ID, null)),
                        "review.engagement.invalid-transition",
                        Map.of("from", "PLANNED", "command", "CONFIRM_PANEL"));
    }

    @Test
    void onceConfirmedNobodyIsInvitedAnyMore() {
        expectViolation(fixture.given(history(EngagementStatus.IN_PROGRESS))
                               .when(new InviteExpert(ID, OUTSIDER, PanelRole.MEMBER, null)),
                        "review.engagement.invalid-transition",
                        Map.of("from", "IN_PROGRESS", "command", "INVITE_EXPERT"));
    }
}
