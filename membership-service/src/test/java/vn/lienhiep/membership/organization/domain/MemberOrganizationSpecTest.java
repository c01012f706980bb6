package vn.lienhiep.membership.organization.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import vn.lienhiep.kernel.DecisionBody;
import vn.lienhiep.membership.common.domain.MembershipRules;
import vn.lienhiep.membership.organization.domain.OrganizationCommands.*;
import vn.lienhiep.membership.organization.domain.OrganizationEvents.*;
import vn.lienhiep.kernel.BusinessRuleViolation;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.kernel.text.VietnameseText;
import vn.lienhiep.testing.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static vn.lienhiep.membership.organization.domain.OrganizationStatus.*;
import static vn.lienhiep.membership.organization.domain.OrganizationTransition.*;

/**
 * Specifications of the member organisation aggregate (docs/domain/membership.md#organisation-lifecycle): given past events, when a command, then the
 * events it applies or the rule that refuses it. Every refusal must apply no event at all.
 */
class MemberOrganizationSpecTest {

    private static final String ID = "org-1";
    private static final String OTHER_ID = "org-2";
    private static final String NAME = "Hội Khuyến học tỉnh Sơn La";
    /** Noon in Vietnam on 01/06/2026. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T05:00:00Z"), java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Set<DossierDocument> FULL_DOSSIER = EnumSet.allOf(DossierDocument.class);

    private static final LocalDate APPLIED_ON = LocalDate.of(2026, 1, 10);
    private static final LocalDate SUPPLEMENT_ON = LocalDate.of(2026, 1, 15);
    private static final LocalDate VERIFIED_ON = LocalDate.of(2026, 2, 1);
    private static final LocalDate RECOMMENDED_ON = LocalDate.of(2026, 3, 1);
    private static final LocalDate ADMITTED_ON = LocalDate.of(2026, 4, 1);
    private static final LocalDate SANCTION_ON = LocalDate.of(2026, 5, 1);

    /**
     * Who may take each decision, written down here from docs/domain/membership.md#organisation-lifecycle (not read from the production table), with
     * BCH as the superior body of BTV for sanctions; admission follows {@link MembershipRules#admissionAuthority()}.
     */
    private static final Map<OrganizationTransition, Set<DecisionBody>> AUTHORISED = new EnumMap<>(Map.of(
            RECOMMEND, EnumSet.of(DecisionBody.BTV),
            ADMIT, EnumSet.of(DecisionBody.BCH),
            REJECT, EnumSet.of(DecisionBody.BTV, DecisionBody.BCH),
            SUSPEND, EnumSet.of(DecisionBody.BTV, DecisionBody.BCH),
            REINSTATE, EnumSet.of(DecisionBody.BTV, DecisionBody.BCH),
            WITHDRAW, EnumSet.of(DecisionBody.BTV, DecisionBody.BCH),
            EXPEL, EnumSet.of(DecisionBody.BCH),
            DISSOLVE, EnumSet.of(DecisionBody.UBND_TINH, DecisionBody.SO_NOI_VU, DecisionBody.TO_CHUC_THANH_VIEN)));

    private FixtureConfiguration<MemberOrganization> fixture;
    private InMemoryNames names;

    @BeforeEach
    void setUp() {
        fixture = fixture(MembershipRules.defaults());
    }

    private FixtureConfiguration<MemberOrganization> fixture(MembershipRules rules) {
        names = new InMemoryNames();
        FixtureConfiguration<MemberOrganization> f = new AggregateTestFixture<>(MemberOrganization.class);
        f.registerInjectableResource(CLOCK);
        f.registerInjectableResource(rules);
        f.registerInjectableResource(names);
        return f;
    }

    // ================================================================================================== apply =====

    @Nested
    class Applying {

        @Test
        void anApplicationIsSubmittedWithCleanedNamesAndClaimsItsName() {
            Profile profile = new Profile("  Hội   Khuyến học  tỉnh Sơn La ", " HKH ", OrganizationKind.SPECIALISED_ASSOCIATION,
                                          " Giáo dục ", true, false, true, " 12/QĐ-UBND ");
            fixture.givenNoPriorActivity()
                   .when(new Apply(ID, profile, APPLIED_ON, EnumSet.of(DossierDocument.APPLICATION_LETTER)))
                   .expectSuccessfulHandlerExecution()
                   .expectEvents(new Applied(ID, NAME, "HKH", OrganizationKind.SPECIALISED_ASSOCIATION, "Giáo dục",
                                             true, false, true, "12/QĐ-UBND", APPLIED_ON,
                                             Set.of(DossierDocument.APPLICATION_LETTER), false))
                   .expectResultMessagePayload(new Outcome(ID, "SUBMITTED", 0));
            assertThat(names.holder(NAME)).isEqualTo(ID);
        }

        @Test
        void withoutADateItIsAppliedTodayInVietnamWithAnEmptyDossier() {
            fixture.givenNoPriorActivity()
                   .when(new Apply(ID, profile(NAME), null, null))
                   .expectEvents(applied(TODAY, Set.of()));
        }

        @Test
        void todayIsTheDateInVietnamNotInUtc() {
            // 00:30 on 01/06 in Hà Nội is still 31/05 in UTC: an application dated 01/06 is not in the future.
            FixtureConfiguration<MemberOrganization> f = new AggregateTestFixture<>(MemberOrganization.class);
            f.registerInjectableResource(Clock.fixed(Instant.parse("2026-05-31T17:30:00Z"), java.time.ZoneOffset.UTC));
            f.registerInjectableResource(MembershipRules.defaults());
            f.registerInjectableResource(new InMemoryNames());
            f.givenNoPriorActivity()
             .when(new Apply(ID, profile(NAME), TODAY, FULL_DOSSIER))
             .expectEvents(applied(TODAY, FULL_DOSSIER));
        }

        @Test
        void aNameHeldByAnotherOrganisationIsRefused() {
            names.claim(NAME, OTHER_ID);
            expectViolation(fixture.givenNoPriorActivity()
                                   .when(new Apply(ID, profile("  hội khuyến HỌC tỉnh Sơn La"), APPLIED_ON, FULL_DOSSIER)),
                            "membership.organization.name-unique");
            assertThat(names.holder(NAME)).isEqualTo(OTHER_ID);
        }

        @Test
        void aNameDifferingOnlyInToneMarksIsADifferentName() {
            names.claim("Hội Khuyến học tỉnh Sơn La", OTHER_ID);
            fixture.givenNoPriorActivity()
                   .when(new Apply(ID, profile("Hội Khuyến hóc tỉnh Sơn La"), APPLIED_ON, FULL_DOSSIER))
                   .expectSuccessfulHandlerExecution();
        }

        @Test
        void anApplicationDatedInTheFutureIsRefusedAndClaimsNothing() {
            expectViolation(fixture.givenNoPriorActivity()
                                   .when(new Apply(ID, profile(NAME), TODAY.plusDays(1), FULL_DOSSIER)),
                            "membership.date-in-future");
            assertThat(names.holder(NAME)).isNull();
        }

        @Test
        void aBlankNameIsMalformed() {
            fixture.givenNoPriorActivity()
                   .when(new Apply(ID, profile("   "), APPLIED_ON, FULL_DOSSIER))
                   .expectException(Refusal.invalid("name"))
                   .expectNoEvents();
        }

        @Test
        void anIncompleteDossierMayBeFiledButNotVerified() {
            fixture.givenCommands(new Apply(ID, profile(NAME), APPLIED_ON,
                                            EnumSet.of(DossierDocument.APPLICATION_LETTER, DossierDocument.CHARTER)))
                   .when(new Verify(ID, null, VERIFIED_ON, null))
                   .expectNoEvents()
                   .expectException(Refusal.by("membership.organization.dossier-incomplete")
                           .with("missing", List.of("ESTABLISHMENT_DECISION", "LEADERSHIP_LIST", "MEMBER_COUNT")));
        }
    }

    // ===================================================================================== existing members =====

    @Nested
    class RecordingAnExistingMember {

        private final DecisionRef paperDecision = new DecisionRef("232/QĐ-LHH", LocalDate.of(2016, 12, 29), "BCH", "Chủ tịch");

        @Test
        void isAMemberFromItsPaperDecisionDate() {
            fixture.givenNoPriorActivity()
                   .when(new RecordExistingMember(ID, profile(NAME), paperDecision))
                   .expectEvents(new Applied(ID, NAME, null, OrganizationKind.SPECIALISED_ASSOCIATION, "Giáo dục",
                                             false, false, false, null, paperDecision.date(), Set.of(), true),
                                 new Admitted(ID, NAME, OrganizationKind.SPECIALISED_ASSOCIATION, "Giáo dục", paperDecision))
                   .expectResultMessagePayload(new Outcome(ID, "ACTIVE", 1));
            assertThat(names.holder(NAME)).isEqualTo(ID);
        }

        @Test
        void aDecisionOfTheWrongBodyIsRefused() {
            expectViolation(fixture.givenNoPriorActivity().when(new RecordExistingMember(ID, profile(NAME),
                                    new DecisionRef("9/QĐ", paperDecision.date(), "BTV", "Chủ tịch"))),
                            "membership.decision.wrong-authority");
            assertThat(names.holder(NAME)).isNull();
        }

        @Test
        void whereTheCharterLetsBtvAdmitABtvDecisionIsAccepted() {
            fixture = fixture(rulesAdmittingBy(DecisionBody.BTV));
            DecisionRef btv = new DecisionRef("9/QĐ", paperDecision.date(), "BTV", "Chủ tịch");
            fixture.givenNoPriorActivity()
                   .when(new RecordExistingMember(ID, profile(NAME), btv))
                   .expectSuccessfulHandlerExecution()
                   .expectResultMessagePayload(new Outcome(ID, "ACTIVE", 1));
        }

        @Test
        void anUnsignedDecisionIsRefused() {
            expectViolation(fixture.givenNoPriorActivity().when(new RecordExistingMember(ID, profile(NAME),
                                    new DecisionRef("9/QĐ", paperDecision.date(), "BCH", null))),
                            "membership.decision.signer-required");
        }

        @Test
        void aDecisionDatedTomorrowIsRefused() {
            expectViolation(fixture.givenNoPriorActivity().when(new RecordExistingMember(ID, profile(NAME),
                                    new DecisionRef("9/QĐ", TODAY.plusDays(1), "BCH", "Chủ tịch"))),
                            "membership.date-in-future");
        }

        @Test
        void aTakenNameIsRefused() {
            names.claim(NAME, OTHER_ID);
            expectViolation(fixture.givenNoPriorActivity().when(new RecordExistingMember(ID, profile(NAME), paperDecision)),
                            "membership.organization.name-unique");
        }
    }

    // ========================================================================== supplement and resubmission =====

    @Nested
    class SupplementAndResubmission {

        @Test
        void staffAskForMissingDocuments() {
            fixture.given(applied(APPLIED_ON, Set.of(DossierDocument.APPLICATION_LETTER)))
                   .when(new RequestSupplement(ID, "Thiếu điều lệ", SUPPLEMENT_ON, null))
                   .expectEvents(new SupplementRequested(ID, "Thiếu điều lệ", SUPPLEMENT_ON))
                   .expectResultMessagePayload(new Outcome(ID, "INCOMPLETE", 1));
        }

        @Test
        void aRequestDatedBeforeTheApplicationIsRefused() {
            expectViolation(fixture.given(applied(APPLIED_ON, Set.of()))
                                   .when(new RequestSupplement(ID, "x", APPLIED_ON.minusDays(1), null)),
                            "membership.decision.date-before-previous");
        }

        @Test
        void aRequestDatedTomorrowIsRefused() {
            expectViolation(fixture.given(applied(APPLIED_ON, Set.of()))
                                   .when(new RequestSupplement(ID, "x", TODAY.plusDays(1), null)),
                            "membership.date-in-future");
        }

        @Test
        void resubmissionReturnsTheDossierToStaffWithTheAddedDocuments() {
            Set<DossierDocument> rest = EnumSet.complementOf(EnumSet.of(DossierDocument.APPLICATION_LETTER));
            fixture.given(applied(APPLIED_ON, Set.of(DossierDocument.APPLICATION_LETTER)), supplementRequested())
                   .when(new Resubmit(ID, rest, LocalDate.of(2026, 1, 20), null))
                   .expectEvents(new Resubmitted(ID, rest, LocalDate.of(2026, 1, 20)))
                   .expectResultMessagePayload(new Outcome(ID, "SUBMITTED", 2));
        }

        @Test
        void resubmittedDocumentsCompleteTheDossier() {
            Set<DossierDocument> rest = EnumSet.complementOf(EnumSet.of(DossierDocument.APPLICATION_LETTER));
            fixture.given(applied(APPLIED_ON, Set.of(DossierDocument.APPLICATION_LETTER)), supplementRequested(),
                          new Resubmitted(ID, rest, LocalDate.of(2026, 1, 20)))
                   .when(new Verify(ID, "Đủ hồ sơ", VERIFIED_ON, null))
                   .expectEvents(new Verified(ID, "Đủ hồ sơ", VERIFIED_ON));
        }

        @Test
        void aResubmissionStillMissingDocumentsCannotBeVerified() {
            fixture.given(applied(APPLIED_ON, Set.of(DossierDocument.APPLICATION_LETTER)), supplementRequested(),
                          new Resubmitted(ID, Set.of(DossierDocument.CHARTER), LocalDate.of(2026, 1, 20)))
                   .when(new Verify(ID, null, VERIFIED_ON, null))
                   .expectNoEvents()
                   .expectException(Refusal.by("membership.organization.dossier-incomplete")
                           .with("missing", List.of("ESTABLISHMENT_DECISION", "LEADERSHIP_LIST", "MEMBER_COUNT")));
        }

        @Test
        void aResubmissionBeforeTheRequestIsRefused() {
            expectViolation(fixture.given(applied(APPLIED_ON, Set.of()), supplementRequested())
                                   .when(new Resubmit(ID, FULL_DOSSIER, SUPPLEMENT_ON.minusDays(1), null)),
                            "membership.decision.date-before-previous");
        }
    }

    // ========================================================================================= verification =====

    @Nested
    class Verification {

        @Test
        void aCompleteDossierGoesUnderReview() {
            fixture.given(applied(APPLIED_ON, FULL_DOSSIER))
                   .when(new Verify(ID, "Đủ hồ sơ", VERIFIED_ON, null))
                   .expectEvents(new Verified(ID, "Đủ hồ sơ", VERIFIED_ON))
                   .expectResultMessagePayload(new Outcome(ID, "UNDER_REVIEW", 1));
        }

        @Test
        void withoutADateItIsVerifiedToday() {
            fixture.given(applied(APPLIED_ON, FULL_DOSSIER))
                   .when(new Verify(ID, null, null, null))
                   .expectEvents(new Verified(ID, null, TODAY));
        }

        @Test
        void aUnionRequiringNoDocumentsVerifiesAnEmptyDossier() {
            MembershipRules d = MembershipRules.defaults();
            fixture = fixture(new MembershipRules(d.admissionAuthority(), Set.of(), d.maxTermYears(),
                    d.quorumNumerator(), d.quorumDenominator(), d.outlierMemberShare(), d.expertReconfirmationMonths()));
            fixture.given(applied(APPLIED_ON, Set.of()))
                   .when(new Verify(ID, null, VERIFIED_ON, null))
                   .expectEvents(new Verified(ID, null, VERIFIED_ON));
        }

        @Test
        void verifyingBeforeTheApplicationIsRefused() {
            expectViolation(fixture.given(applied(APPLIED_ON, FULL_DOSSIER))
                                   .when(new Verify(ID, null, APPLIED_ON.minusDays(1), null)),
                            "membership.decision.date-before-previous");
        }

        @Test
        void verifyingTomorrowIsRefused() {
            expectViolation(fixture.given(applied(APPLIED_ON, FULL_DOSSIER))
                                   .when(new Verify(ID, null, TODAY.plusDays(1), null)),
                            "membership.date-in-future");
        }
    }

    // ============================================================================ decisions (legal acts) ========

    @Nested
    class Decisions {

        @Test
        void theStandingCommitteeRecommends() {
            DecisionRef btv = decision(DecisionBody.BTV, RECOMMENDED_ON, null);
            fixture.given(history(UNDER_REVIEW))
                   .when(act(RECOMMEND, btv, null))
                   .expectEvents(new AdmissionRecommended(ID, btv))
                   .expectResultMessagePayload(new Outcome(ID, "RECOMMENDED", 2));
        }

        @Test
        void theExecutiveCommitteeAdmitsUnderTheCurrentNameAndField() {
            DecisionRef bch = decision(DecisionBody.BCH, ADMITTED_ON, "Chủ tịch");
            fixture.given(applied(APPLIED_ON, FULL_DOSSIER),
                          new Renamed(ID, NAME, "Hội Khuyến học Sơn La", null, LocalDate.of(2026, 1, 20), null),
                          new FieldChanged(ID, "Khuyến học"),
                          new Verified(ID, null, VERIFIED_ON),
                          new AdmissionRecommended(ID, decision(DecisionBody.BTV, RECOMMENDED_ON, null)))
                   .when(act(ADMIT, bch, null))
                   .expectEvents(new Admitted(ID, "Hội Khuyến học Sơn La", OrganizationKind.SPECIALISED_ASSOCIATION,
                                              "Khuyến học", bch))
                   .expectResultMessagePayload(new Outcome(ID, "ACTIVE", 5));
        }

        @Test
        void theWholeAdmissionRunsFromCommands() {
            fixture.givenCommands(new Apply(ID, profile(NAME), APPLIED_ON, Set.of(DossierDocument.APPLICATION_LETTER)),
                                  new RequestSupplement(ID, "Thiếu", SUPPLEMENT_ON, null),
                                  new Resubmit(ID, FULL_DOSSIER, LocalDate.of(2026, 1, 20), null),
                                  new Verify(ID, null, VERIFIED_ON, null),
                                  act(RECOMMEND, decision(DecisionBody.BTV, RECOMMENDED_ON, null), null))
                   .when(act(ADMIT, decision(DecisionBody.BCH, ADMITTED_ON, "Chủ tịch"), null))
                   .expectSuccessfulHandlerExecution()
                   .expectResultMessagePayload(new Outcome(ID, "ACTIVE", 5));
        }

        @Test
        void aRejectionFreesTheNameForANewApplication() {
            names.claim(NAME, ID);
            DecisionRef btv = decision(DecisionBody.BTV, RECOMMENDED_ON, null);
            fixture.given(history(UNDER_REVIEW))
                   .when(act(REJECT, btv, "Không đủ điều kiện"))
                   .expectEvents(new Rejected(ID, btv, "Không đủ điều kiện"))
                   .expectResultMessagePayload(new Outcome(ID, "REJECTED", 2));
            assertThat(names.holder(NAME)).isNull();
        }

        @Test
        void aRefusedRejectionKeepsTheName() {
            names.claim(NAME, ID);
            expectViolation(fixture.given(history(UNDER_REVIEW))
                                   .when(act(REJECT, decision(DecisionBody.UBND_TINH, RECOMMENDED_ON, null), "x")),
                            "membership.decision.wrong-authority");
            assertThat(names.holder(NAME)).isEqualTo(ID);
        }

        @Test
        void whereTheCharterLetsBtvAdmitTheExecutiveCommitteeIsNoLongerTheAuthority() {
            fixture = fixture(rulesAdmittingBy(DecisionBody.BTV));
            fixture.given(history(RECOMMENDED))
                   .when(act(ADMIT, decision(DecisionBody.BTV, ADMITTED_ON, "Chủ tịch"), null))
                   .expectSuccessfulHandlerExecution();
            fixture = fixture(rulesAdmittingBy(DecisionBody.BTV));
            expectViolation(fixture.given(history(RECOMMENDED))
                                   .when(act(ADMIT, decision(DecisionBody.BCH, ADMITTED_ON, "Chủ tịch"), null)),
                            "membership.decision.wrong-authority");
        }

        @Test
        void anAdmissionWithoutSignerIsRefused() {
            expectViolation(fixture.given(history(RECOMMENDED))
                                   .when(act(ADMIT, decision(DecisionBody.BCH, ADMITTED_ON, null), null)),
                            "membership.decision.signer-required");
        }

        @Test
        void anAdmissionWithABlankSignerIsRefused() {
            expectViolation(fixture.given(history(RECOMMENDED))
                                   .when(act(ADMIT, decision(DecisionBody.BCH, ADMITTED_ON, "  "), null)),
                            "membership.decision.signer-required");
        }

        @Test
        void anUnknownIssuingBodyIsMalformed() {
            fixture.given(history(UNDER_REVIEW))
                   .when(act(RECOMMEND, new DecisionRef("1/QĐ", RECOMMENDED_ON, "CHI_BO", null), null))
                   .expectException(Refusal.invalid("decision.issuedBy"))
                   .expectNoEvents();
        }

        /** Every legal act from every state it may start in: one event, ending in the target state. */
        @ParameterizedTest(name = "{0} from {1}")
        @MethodSource("vn.lienhiep.membership.organization.domain.MemberOrganizationSpecTest#allowedDecisions")
        void anAuthorisedDecisionMovesTheOrganisation(OrganizationTransition transition, OrganizationStatus from) {
            DecisionRef decision = authorisedDecision(transition, TODAY);
            List<Object> given = history(from);
            fixture.given(given)
                   .when(act(transition, decision, "Lý do"))
                   .expectEvents(expectedEvent(transition, from, decision))
                   .expectResultMessagePayload(new Outcome(ID, transition.to().name(), given.size()));
        }

        /** Every legal act from every state it may NOT start in is refused, whoever decided. */
        @ParameterizedTest(name = "{0} from {1}")
        @MethodSource("vn.lienhiep.membership.organization.domain.MemberOrganizationSpecTest#forbiddenDecisions")
        void aDecisionFromTheWrongStateIsRefused(OrganizationTransition transition, OrganizationStatus from) {
            fixture.given(history(from))
                   .when(act(transition, authorisedDecision(transition, TODAY), "Lý do"))
                   .expectNoEvents()
                   .expectException(Refusal.by("membership.organization.transition-not-allowed").with("status", from.name())
                           .with("allowedFrom", transition.from().stream().map(Enum::name).sorted().toList()));
        }

        /** Every body that may not take a decision is refused, for every legal act. */
        @ParameterizedTest(name = "{0} by {1}")
        @MethodSource("vn.lienhiep.membership.organization.domain.MemberOrganizationSpecTest#unauthorisedBodies")
        void aDecisionOfTheWrongBodyIsRefused(OrganizationTransition transition, DecisionBody body) {
            OrganizationStatus from = transition.from().iterator().next();
            fixture.given(history(from))
                   .when(act(transition, decision(body, TODAY, "Chủ tịch"), "Lý do"))
                   .expectNoEvents()
                   .expectException(Refusal.by("membership.decision.wrong-authority").with("issuedBy", body.name()));
        }

        @ParameterizedTest
        @EnumSource(value = OrganizationTransition.class, names = {"RECOMMEND", "ADMIT", "REJECT", "SUSPEND",
                "REINSTATE", "WITHDRAW", "EXPEL", "DISSOLVE"})
        void aDecisionDatedTomorrowIsRefused(OrganizationTransition transition) {
            expectViolation(fixture.given(history(transition.from().iterator().next()))
                                   .when(act(transition, authorisedDecision(transition, TODAY.plusDays(1)),
                                                    "Lý do")),
                            "membership.date-in-future");
        }

        @ParameterizedTest
        @EnumSource(value = OrganizationTransition.class, names = {"RECOMMEND", "ADMIT", "REJECT", "SUSPEND",
                "REINSTATE", "WITHDRAW", "EXPEL", "DISSOLVE"})
        void aDecisionDatedBeforeThePreviousStepIsRefused(OrganizationTransition transition) {
            OrganizationStatus from = transition.from().iterator().next();
            LocalDate previous = statusDate(from);
            fixture.given(history(from))
                   .when(act(transition, authorisedDecision(transition, previous.minusDays(1)), "Lý do"))
                   .expectNoEvents()
                   .expectException(Refusal.by("membership.decision.date-before-previous").with("previous", previous.toString()));
        }

        @ParameterizedTest
        @EnumSource(value = OrganizationTransition.class, names = {"RECOMMEND", "ADMIT", "REJECT", "SUSPEND",
                "REINSTATE", "WITHDRAW", "EXPEL", "DISSOLVE"})
        void aDecisionOnTheDayOfThePreviousStepIsAccepted(OrganizationTransition transition) {
            OrganizationStatus from = transition.from().iterator().next();
            fixture.given(history(from))
                   .when(act(transition, authorisedDecision(transition, statusDate(from)), "Lý do"))
                   .expectSuccessfulHandlerExecution();
        }

        @Test
        void onlyAnAdmissionNeedsASigner() {
            fixture.given(history(ACTIVE))
                   .when(act(SUSPEND, decision(DecisionBody.BTV, SANCTION_ON, null), "Vi phạm"))
                   .expectSuccessfulHandlerExecution();
        }
    }

    /** Staff acts from the wrong state are refused like decisions. */
    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("forbiddenStaffActs")
    void aStaffActFromTheWrongStateIsRefused(OrganizationTransition transition, OrganizationStatus from) {
        Object command = switch (transition) {
            case REQUEST_SUPPLEMENT -> new RequestSupplement(ID, "Thiếu", TODAY, null);
            case RESUBMIT -> new Resubmit(ID, FULL_DOSSIER, TODAY, null);
            case VERIFY -> new Verify(ID, null, TODAY, null);
            default -> throw new IllegalArgumentException(transition.name());
        };
        fixture.given(history(from))
               .when(command)
               .expectNoEvents()
               .expectException(Refusal.by("membership.organization.transition-not-allowed").with("status", from.name()));
    }

    // ======================================================================== profile: name, field, flags =====

    @Nested
    class Profiles {

        @Test
        void aRenameMovesTheNameInTheRegistry() {
            names.claim(NAME, ID);
            DecisionRef decision = decision(DecisionBody.BTV, LocalDate.of(2026, 5, 20), null);
            fixture.given(history(ACTIVE))
                   .when(new Rename(ID, " Hội  Khuyến học Sơn La ", "HKH", null, decision, null))
                   .expectEvents(new Renamed(ID, NAME, "Hội Khuyến học Sơn La", "HKH", decision.date(), decision))
                   .expectResultMessagePayload(new Outcome(ID, "ACTIVE", 4));
            assertThat(names.holder("Hội Khuyến học Sơn La")).isEqualTo(ID);
            assertThat(names.holder(NAME)).isNull();
        }

        @Test
        void aRenameWithoutDatesTakesEffectToday() {
            fixture.given(history(SUBMITTED))
                   .when(new Rename(ID, "Hội Mới", null, null, null, null))
                   .expectEvents(new Renamed(ID, NAME, "Hội Mới", null, TODAY, null));
        }

        @Test
        void anExplicitEffectiveDateWinsOverTheDecisionDate() {
            DecisionRef decision = decision(DecisionBody.BTV, LocalDate.of(2026, 5, 20), null);
            fixture.given(history(ACTIVE))
                   .when(new Rename(ID, "Hội Mới", null, LocalDate.of(2026, 5, 25), decision, null))
                   .expectEvents(new Renamed(ID, NAME, "Hội Mới", null, LocalDate.of(2026, 5, 25), decision));
        }

        @Test
        void changingOnlyTheCaseKeepsTheRegistryAsItIs() {
            names.claim(NAME, ID);
            fixture.given(history(ACTIVE))
                   .when(new Rename(ID, NAME.toUpperCase(), null, null, null, null))
                   .expectSuccessfulHandlerExecution();
            assertThat(names.holder(NAME)).isEqualTo(ID);
        }

        @Test
        void aNameHeldByAnotherOrganisationIsRefusedAndTheOldNameKept() {
            names.claim(NAME, ID);
            names.claim("Hội Y học", OTHER_ID);
            expectViolation(fixture.given(history(ACTIVE)).when(new Rename(ID, "hội y HỌC", null, null, null, null)),
                            "membership.organization.name-unique");
            assertThat(names.holder(NAME)).isEqualTo(ID);
            assertThat(names.holder("Hội Y học")).isEqualTo(OTHER_ID);
        }

        @Test
        void aRenameEffectiveTomorrowIsRefused() {
            names.claim(NAME, ID);
            expectViolation(fixture.given(history(ACTIVE))
                                   .when(new Rename(ID, "Hội Mới", null, TODAY.plusDays(1), null, null)),
                            "membership.date-in-future");
            assertThat(names.holder("Hội Mới")).isNull();
        }

        @Test
        void aBlankNewNameIsMalformed() {
            fixture.given(history(ACTIVE))
                   .when(new Rename(ID, "   ", null, null, null, null))
                   .expectException(Refusal.invalid("name"))
                   .expectNoEvents();
        }

        @Test
        void theFieldChanges() {
            fixture.given(history(UNDER_REVIEW))
                   .when(new ChangeField(ID, "  Khuyến  học ", null))
                   .expectEvents(new FieldChanged(ID, "Khuyến học"))
                   .expectResultMessagePayload(new Outcome(ID, "UNDER_REVIEW", 2));
        }

        @Test
        void theFlagsChange() {
            fixture.given(history(SUSPENDED))
                   .when(new SetFlags(ID, true, true, false, null))
                   .expectEvents(new FlagsChanged(ID, true, true, false))
                   .expectResultMessagePayload(new Outcome(ID, "SUSPENDED", 5));
        }

        @ParameterizedTest
        @EnumSource(value = OrganizationStatus.class, names = {"REJECTED", "WITHDRAWN", "EXPELLED", "DISSOLVED"})
        void aFinishedOrganisationCannotBeRenamed(OrganizationStatus status) {
            expectViolation(fixture.given(history(status)).when(new Rename(ID, "Hội Mới", null, null, null, null)),
                            "membership.organization.final-status");
            assertThat(names.holder("Hội Mới")).isNull();
        }

        @ParameterizedTest
        @EnumSource(value = OrganizationStatus.class, names = {"REJECTED", "WITHDRAWN", "EXPELLED", "DISSOLVED"})
        void aFinishedOrganisationKeepsItsField(OrganizationStatus status) {
            expectViolation(fixture.given(history(status)).when(new ChangeField(ID, "Khác", null)),
                            "membership.organization.final-status");
        }

        @ParameterizedTest
        @EnumSource(value = OrganizationStatus.class, names = {"REJECTED", "WITHDRAWN", "EXPELLED", "DISSOLVED"})
        void aFinishedOrganisationKeepsItsFlags(OrganizationStatus status) {
            expectViolation(fixture.given(history(status)).when(new SetFlags(ID, true, true, true, null)),
                            "membership.organization.final-status");
        }

        @ParameterizedTest
        @EnumSource(value = OrganizationStatus.class, names = {"SUBMITTED", "INCOMPLETE", "UNDER_REVIEW",
                "RECOMMENDED", "ACTIVE", "SUSPENDED"})
        void aLiveOrganisationMayChangeItsProfile(OrganizationStatus status) {
            fixture.given(history(status)).when(new SetFlags(ID, true, false, false, null))
                   .expectSuccessfulHandlerExecution();
        }
    }

    // ======================================================================================= member counts =====

    @Nested
    class MemberCounts {

        @ParameterizedTest
        @EnumSource(value = OrganizationStatus.class, names = {"ACTIVE", "SUSPENDED", "WITHDRAWN", "EXPELLED", "DISSOLVED"})
        void anOrganisationOnceAdmittedReportsItsCounts(OrganizationStatus status) {
            List<Object> given = history(status);
            fixture.given(given)
                   .when(new ReportMemberCounts(ID, LocalDate.of(2025, 12, 31), 200_000, 2_000, null))
                   .expectEvents(new MemberCountsReported(ID, LocalDate.of(2025, 12, 31), 200_000, 2_000))
                   .expectResultMessagePayload(new Outcome(ID, status.name(), given.size()));
        }

        @ParameterizedTest
        @EnumSource(value = OrganizationStatus.class, names = {"SUBMITTED", "INCOMPLETE", "UNDER_REVIEW",
                "RECOMMENDED", "REJECTED"})
        void anApplicantHasNoCountsToReport(OrganizationStatus status) {
            fixture.given(history(status))
                   .when(new ReportMemberCounts(ID, LocalDate.of(2025, 12, 31), 100, 10, null))
                   .expectNoEvents()
                   .expectException(Refusal.by("membership.organization.not-admitted").with("status", status.name()));
        }

        @Test
        void intellectualsCannotOutnumberMembers() {
            fixture.given(history(ACTIVE))
                   .when(new ReportMemberCounts(ID, LocalDate.of(2025, 12, 31), 100, 101, null))
                   .expectNoEvents()
                   .expectException(Refusal.by("membership.organization.intellectuals-exceed-members")
                           .with("members", 100).with("intellectualMembers", 101));
        }

        @Test
        void everyMemberMayBeAnIntellectual() {
            fixture.given(history(ACTIVE))
                   .when(new ReportMemberCounts(ID, LocalDate.of(2025, 12, 31), 100, 100, null))
                   .expectEvents(new MemberCountsReported(ID, LocalDate.of(2025, 12, 31), 100, 100));
        }

        @Test
        void aReportAsOfTomorrowIsRefused() {
            expectViolation(fixture.given(history(ACTIVE))
                                   .when(new ReportMemberCounts(ID, TODAY.plusDays(1), 100, 10, null)),
                            "membership.date-in-future");
        }

        @Test
        void negativeCountsAreMalformed() {
            fixture.given(history(ACTIVE))
                   .when(new ReportMemberCounts(ID, LocalDate.of(2025, 12, 31), -1, 0, null))
                   .expectException(Refusal.invalid("members"))
                   .expectNoEvents();
        }
    }

    // ============================================================================================ sources =====

    static Stream<Arguments> allowedDecisions() {
        List<Arguments> cases = new ArrayList<>();
        for (OrganizationTransition t : OrganizationTransition.values()) {
            if (t.isLegalAct()) {
                t.from().forEach(s -> cases.add(Arguments.of(t, s)));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> forbiddenDecisions() {
        return forbidden(true);
    }

    static Stream<Arguments> forbiddenStaffActs() {
        return forbidden(false);
    }

    private static Stream<Arguments> forbidden(boolean legalActs) {
        List<Arguments> cases = new ArrayList<>();
        for (OrganizationTransition t : OrganizationTransition.values()) {
            if (t.isLegalAct() == legalActs) {
                for (OrganizationStatus s : OrganizationStatus.values()) {
                    if (!t.allowedFrom(s)) {
                        cases.add(Arguments.of(t, s));
                    }
                }
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> unauthorisedBodies() {
        List<Arguments> cases = new ArrayList<>();
        AUTHORISED.forEach((t, allowed) -> EnumSet.complementOf(EnumSet.copyOf(allowed))
                                                  .forEach(b -> cases.add(Arguments.of(t, b))));
        return cases.stream();
    }

    // =========================================================================================== helpers =====

    private static Profile profile(String name) {
        return new Profile(name, null, OrganizationKind.SPECIALISED_ASSOCIATION, "Giáo dục", false, false, false, null);
    }

    private static Applied applied(LocalDate on, Set<DossierDocument> dossier) {
        return new Applied(ID, NAME, null, OrganizationKind.SPECIALISED_ASSOCIATION, "Giáo dục", false, false, false,
                           null, on, dossier, false);
    }

    private static SupplementRequested supplementRequested() {
        return new SupplementRequested(ID, "Thiếu", SUPPLEMENT_ON);
    }

    private static DecisionRef decision(DecisionBody body, LocalDate date, String signer) {
        return new DecisionRef("1/QĐ-LHH", date, body.name(), signer);
    }

    private static DecisionRef authorisedDecision(OrganizationTransition transition, LocalDate date) {
        return decision(AUTHORISED.get(transition).iterator().next(), date, "Chủ tịch");
    }

    private static MembershipRules rulesAdmittingBy(DecisionBody body) {
        MembershipRules d = MembershipRules.defaults();
        return new MembershipRules(body, d.requiredDossier(), d.maxTermYears(), d.quorumNumerator(),
                                   d.quorumDenominator(), d.outlierMemberShare(), d.expertReconfirmationMonths());
    }

    /** The date the organisation entered {@code status} in {@link #history}. */
    private static LocalDate statusDate(OrganizationStatus status) {
        return switch (status) {
            case SUBMITTED -> APPLIED_ON;
            case INCOMPLETE -> SUPPLEMENT_ON;
            case UNDER_REVIEW -> VERIFIED_ON;
            case RECOMMENDED, REJECTED -> RECOMMENDED_ON;
            case ACTIVE -> ADMITTED_ON;
            case SUSPENDED, WITHDRAWN, EXPELLED, DISSOLVED -> SANCTION_ON;
        };
    }

    /** A plausible past that ends in {@code status}. */
    private static List<Object> history(OrganizationStatus status) {
        List<Object> events = new ArrayList<>();
        events.add(applied(APPLIED_ON, FULL_DOSSIER));
        switch (status) {
            case SUBMITTED -> { }
            case INCOMPLETE -> events.add(supplementRequested());
            case REJECTED -> {
                events.add(new Verified(ID, null, VERIFIED_ON));
                events.add(new Rejected(ID, decision(DecisionBody.BTV, RECOMMENDED_ON, null), "Không đủ điều kiện"));
            }
            default -> {
                events.add(new Verified(ID, null, VERIFIED_ON));
                if (status != UNDER_REVIEW) {
                    events.add(new AdmissionRecommended(ID, decision(DecisionBody.BTV, RECOMMENDED_ON, null)));
                }
                if (status != UNDER_REVIEW && status != RECOMMENDED) {
                    events.add(new Admitted(ID, NAME, OrganizationKind.SPECIALISED_ASSOCIATION, "Giáo dục",
                                            decision(DecisionBody.BCH, ADMITTED_ON, "Chủ tịch")));
                }
                OrganizationTransition sanction = switch (status) {
                    case SUSPENDED -> SUSPEND;
                    case WITHDRAWN -> WITHDRAW;
                    case EXPELLED -> EXPEL;
                    case DISSOLVED -> DISSOLVE;
                    default -> null;
                };
                if (sanction != null) {
                    events.add(expectedEvent(sanction, ACTIVE, authorisedDecision(sanction, SANCTION_ON)));
                }
            }
        }
        return events;
    }

    private static Object expectedEvent(OrganizationTransition transition, OrganizationStatus from, DecisionRef decision) {
        return switch (transition) {
            case RECOMMEND -> new AdmissionRecommended(ID, decision);
            case ADMIT -> new Admitted(ID, NAME, OrganizationKind.SPECIALISED_ASSOCIATION, "Giáo dục", decision);
            case REJECT -> new Rejected(ID, decision, "Lý do");
            case SUSPEND -> new OrganizationSuspended(ID, decision, "Lý do");
            case REINSTATE -> new OrganizationReinstated(ID, decision, "Lý do");
            case WITHDRAW -> new OrganizationWithdrawn(ID, decision, "Lý do");
            case EXPEL -> new OrganizationExpelled(ID, from, decision, "Lý do");
            case DISSOLVE -> new OrganizationDissolved(ID, from, decision, "Lý do");
            default -> throw new IllegalStateException(transition + " is no legal act");
        };
    }

    /** The command of each legal act (one per act: docs/shape.md). */
    private static LegalActCommand act(OrganizationTransition transition, DecisionRef decision, String reason) {
        return switch (transition) {
            case RECOMMEND -> new Recommend(ID, decision, null);
            case ADMIT -> new Admit(ID, decision, null);
            case REJECT -> new Reject(ID, decision, reason, null);
            case SUSPEND -> new Suspend(ID, decision, reason, null);
            case REINSTATE -> new Reinstate(ID, decision, reason, null);
            case WITHDRAW -> new Withdraw(ID, decision, reason, null);
            case EXPEL -> new Expel(ID, decision, reason, null);
            case DISSOLVE -> new Dissolve(ID, decision, reason, null);
            default -> throw new IllegalStateException(transition + " is no legal act");
        };
    }

    private static void expectViolation(ResultValidator<MemberOrganization> result, String rule) {
        result.expectNoEvents()
              .expectException(BusinessRuleViolation.class)
              .expectException(Refusal.by(rule))
              .expectExceptionMessage(startsWith(rule + ": "));
    }

    /** The registry's contract (claim/re-claim/refuse/release by canonical name) held in memory. */
    static final class InMemoryNames implements OrganizationNameRegistry {
        private final Map<String, String> holders = new HashMap<>();

        @Override
        public Optional<String> claim(String name, String organizationId) {
            String key = VietnameseText.canonicalName(name);
            String holder = holders.get(key);
            if (holder != null && !holder.equals(organizationId)) {
                return Optional.of(holder);
            }
            holders.put(key, organizationId);
            return Optional.empty();
        }

        @Override
        public Optional<String> holderOf(String name) {
            return Optional.ofNullable(holder(name));
        }

        @Override
        public void release(String name, String organizationId) {
            holders.remove(VietnameseText.canonicalName(name), organizationId);
        }

        String holder(String name) {
            return holders.get(VietnameseText.canonicalName(name));
        }
    }
}
