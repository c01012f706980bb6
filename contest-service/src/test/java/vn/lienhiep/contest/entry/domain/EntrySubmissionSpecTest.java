package vn.lienhiep.contest.entry.domain;

import java.time.LocalDate;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.lienhiep.contest.common.domain.Committee;
import vn.lienhiep.contest.common.domain.ContestType;
import vn.lienhiep.contest.common.domain.EditionStatus;
import vn.lienhiep.contest.common.domain.EditionTerms;
import vn.lienhiep.contest.common.domain.EligibilityPolicy;
import vn.lienhiep.contest.common.domain.EntryAuthor;
import vn.lienhiep.contest.common.domain.InMemoryContest;
import vn.lienhiep.contest.entry.domain.EntryCommands.*;
import vn.lienhiep.contest.entry.domain.EntryEvents.*;
import vn.lienhiep.testing.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienhiep.contest.entry.domain.EntrySpecs.*;

/**
 * Specifications of an entry's submission (docs/domain/contest.md#entry-rules): a sound dossier is numbered from the
 * edition's sequence and screened under the version of the rules in force on its date, read from the edition's
 * committed snapshot; every other dossier is refused by the one rule it breaks — the edition open and in time (the
 * postmark counting only when the rules say so), the dossier's own rules, and each eligibility rule the edition sets —
 * and then applies nothing and draws no number.
 */
class EntrySubmissionSpecTest {

    private InMemoryContest contest;
    private FixtureConfiguration<ContestEntry> fixture;

    @BeforeEach
    void setUp() {
        contest = new InMemoryContest();
        fixture = fixture(contest);
    }

    private SubmitEntry submit(Dossier dossier) {
        return new SubmitEntry(ID, ED, dossier, SUBMITTED_ON, null);
    }

    // --- accepted -------------------------------------------------------------------------------------------------

    @Test
    void aSoundDossierTakesTheEditionsNextNumberAndTheRulesVersionInForceOnItsDate() {
        techEdition(contest, EditionStatus.OPEN, amendedOn(LocalDate.of(2024, 5, 15)));
        contest.next(ED);
        contest.next(ED);
        fixture.givenNoPriorActivity().when(submit(COFFEE))
               .expectEvents(new EntrySubmitted(ID, "003", ED, TECH, COFFEE, SUBMITTED_ON, null, 2));
        assertThat(contest.standings.get(ID).entryNo()).isEqualTo("003");
        assertThat(contest.standings.get(ID).competing()).isFalse();
        assertThat(contest.standings.get(ID).authors()).containsExactly(LO_VAN_A, QUANG_THI_EN);
    }

    @Test
    void aSubmissionBeforeAnAmendmentIsScreenedUnderTheVersionItReplaces() {
        techEdition(contest, EditionStatus.OPEN, amendedOn(LocalDate.of(2024, 5, 25)));
        fixture.givenNoPriorActivity().when(submit(COFFEE))
               .expectException(Refusal.by("contest.eligibility.applied-since").with("appliedSinceYear", 2023))
               .expectNoEvents();
        fixture.givenNoPriorActivity().when(new SubmitEntry(ID, ED, COFFEE, LocalDate.of(2024, 5, 25), null))
               .expectEvents(new EntrySubmitted(ID, "001", ED, TECH, COFFEE, LocalDate.of(2024, 5, 25), null, 2));
    }

    /** Version 1 takes solutions applied since 2023; version 2, from {@code on}, since 2019. */
    private static EditionTerms[] amendedOn(LocalDate on) {
        return new EditionTerms[] {techRules(appliedSince(2023), true),
                                   terms(TECH, OPENS, CLOSES, appliedSince(2019), true, 2,
                                         Committee.decision("04/QĐ-BTCHT", on, "Trưởng ban"))};
    }

    @Test
    void aRefusedSubmissionDrawsNoEntryNumber() {
        techEdition(contest, EditionStatus.OPEN);
        fixture.givenNoPriorActivity().when(submit(coffee().evidence().build()))
               .expectException(Refusal.by("contest.eligibility.evidence-missing")).expectNoEvents();
        fixture.givenNoPriorActivity().when(submit(COFFEE))
               .expectEvents(new EntrySubmitted(ID, "001", ED, TECH, COFFEE, SUBMITTED_ON, null, 1));
    }

    @Test
    void aSoundYouthEntryAndASoundVifotecCandidacyAreAccepted() {
        youthEdition(contest, EditionStatus.OPEN);
        Dossier youth = solarSystem().build();
        fixture.givenNoPriorActivity().when(new SubmitEntry(ID, YOUTH_ED, youth, SUBMITTED_ON, null))
               .expectEvents(new EntrySubmitted(ID, "001", YOUTH_ED, YOUTH, youth, SUBMITTED_ON, null, 1));
        vifotecEdition(contest);
        Dossier compost = compost().build();
        fixture.givenNoPriorActivity().when(new SubmitEntry(ID, VIFOTEC_ED, compost, SUBMITTED_ON, null))
               .expectEvents(new EntrySubmitted(ID, "001", VIFOTEC_ED, ContestType.VIFOTEC_AWARD, compost,
                                                SUBMITTED_ON, null, 1));
    }

    // --- the edition and the window -------------------------------------------------------------------------------

    @Test
    void anEditionThatIsNotOpenTakesNoEntry() {
        techEdition(contest, EditionStatus.SCREENING);
        fixture.givenNoPriorActivity().when(submit(COFFEE))
               .expectException(Refusal.by("contest.entry.edition-not-open").with("status", "SCREENING"))
               .expectNoEvents();
        assertThat(contest.standings).isEmpty();
    }

    @Test
    void aDossierHandedInAfterTheDeadlineIsRefused() {
        techEdition(contest, EditionStatus.OPEN);
        fixture.givenNoPriorActivity().when(new SubmitEntry(ID, ED, COFFEE, LocalDate.of(2024, 10, 1), null))
               .expectException(Refusal.by("contest.entry.after-deadline").with("submissionClose", "2024-09-30"))
               .expectNoEvents();
    }

    @Test
    void aDossierPostedByTheDeadlineIsOnTimeWhenThePostmarkCounts() {
        techEdition(contest, EditionStatus.OPEN);
        fixture.givenNoPriorActivity()
               .when(new SubmitEntry(ID, ED, COFFEE, LocalDate.of(2024, 10, 3), LocalDate.of(2024, 9, 30)))
               .expectEvents(new EntrySubmitted(ID, "001", ED, TECH, COFFEE, LocalDate.of(2024, 10, 3),
                                                LocalDate.of(2024, 9, 30), 1));
    }

    @Test
    void theSamePostedDossierIsLateWhenThePostmarkDoesNotCount() {
        techEdition(contest, EditionStatus.OPEN, techRules(EligibilityPolicy.defaults(TECH), false));
        fixture.givenNoPriorActivity()
               .when(new SubmitEntry(ID, ED, COFFEE, LocalDate.of(2024, 10, 3), LocalDate.of(2024, 9, 30)))
               .expectException(Refusal.by("contest.entry.after-deadline")).expectNoEvents();
    }

    @Test
    void aPostmarkAfterTheDeadlineIsLateEvenWhenThePostmarkCounts() {
        techEdition(contest, EditionStatus.OPEN);
        fixture.givenNoPriorActivity()
               .when(new SubmitEntry(ID, ED, COFFEE, LocalDate.of(2024, 10, 3), LocalDate.of(2024, 10, 1)))
               .expectException(Refusal.by("contest.entry.after-deadline")).expectNoEvents();
    }

    @Test
    void aDossierBeforeTheWindowOpensIsRefused() {
        techEdition(contest, EditionStatus.OPEN);
        fixture.givenNoPriorActivity().when(new SubmitEntry(ID, ED, COFFEE, LocalDate.of(2024, 1, 31), null))
               .expectException(Refusal.by("contest.entry.before-window").with("submissionOpen", "2024-02-01"))
               .expectNoEvents();
    }

    @Test
    void aSubmissionDatedAfterTodayIsRefused() {
        techEdition(contest, EditionStatus.OPEN);
        fixture.givenNoPriorActivity().when(new SubmitEntry(ID, ED, COFFEE, TODAY.plusDays(1), null))
               .expectException(Refusal.by("contest.date-in-future")).expectNoEvents();
    }

    // --- the dossier's own rules ----------------------------------------------------------------------------------

    @Test
    void aFieldTheRulesDoNotListIsRefused() {
        techEdition(contest, EditionStatus.OPEN);
        fixture.givenNoPriorActivity().when(submit(coffee().field("ASTRONOMY").build()))
               .expectException(Refusal.by("contest.entry.field-unknown").with("field", "ASTRONOMY"))
               .expectNoEvents();
    }

    @Test
    void anEntryHasExactlyOnePrincipalAuthor() {
        techEdition(contest, EditionStatus.OPEN);
        EntryAuthor secondPrincipal = new EntryAuthor("p-quang-thi-en", "Quàng Thị Én", true, 30,
                                                      "Hợp tác xã Cà phê Chiềng Ban", false, null, false);
        fixture.givenNoPriorActivity().when(submit(coffee().authors(LO_VAN_A, secondPrincipal).build()))
               .expectException(Refusal.by("contest.entry.principal-author").with("principals", 2L))
               .expectNoEvents();
    }

    @Test
    void theAuthorsSharesAddUpToAHundred() {
        techEdition(contest, EditionStatus.OPEN);
        EntryAuthor forty = new EntryAuthor("p-quang-thi-en", "Quàng Thị Én", false, 40,
                                            "Hợp tác xã Cà phê Chiềng Ban", false, null, false);
        fixture.givenNoPriorActivity().when(submit(coffee().authors(LO_VAN_A, forty).build()))
               .expectException(Refusal.by("contest.entry.shares-not-100").with("sum", 110)).expectNoEvents();
    }

    @Test
    void aYouthGroupHasAtMostFiveAuthors() {
        youthEdition(contest, EditionStatus.OPEN);
        LocalDate born = LocalDate.of(2011, 3, 1);
        Dossier six = solarSystem().authors(pupil("Lò Văn Em", 50, true, born), pupil("Cà Thị Út", 10, false, born),
                                            pupil("Quàng Văn Sơn", 10, false, born),
                                            pupil("Lường Thị Mai", 10, false, born),
                                            pupil("Tòng Văn Hùng", 10, false, born),
                                            pupil("Hà Thị Lan", 10, false, born)).build();
        fixture.givenNoPriorActivity().when(new SubmitEntry(ID, YOUTH_ED, six, SUBMITTED_ON, null))
               .expectException(Refusal.by("contest.entry.too-many-authors").with("max", 5).with("given", 6))
               .expectNoEvents();
    }

    // --- eligibility ----------------------------------------------------------------------------------------------

    @Test
    void aSolutionAppliedBeforeTheCutOffYearIsRefused() {
        techEdition(contest, EditionStatus.OPEN, techRules(appliedSince(2023), true));
        fixture.givenNoPriorActivity().when(submit(COFFEE))
               .expectException(Refusal.by("contest.eligibility.applied-since").with("appliedSinceYear", 2023))
               .expectNoEvents();
    }

    @Test
    void aTechnicalSolutionWithoutEvidenceOfApplicationIsRefused() {
        techEdition(contest, EditionStatus.OPEN);
        fixture.givenNoPriorActivity().when(submit(coffee().evidence().build()))
               .expectException(Refusal.by("contest.eligibility.evidence-missing")).expectNoEvents();
    }

    @Test
    void aPupilBornOutsideTheEditionsWindowIsRefused() {
        youthEdition(contest, EditionStatus.OPEN);
        Dossier older = solarSystem().authors(pupil("Lò Văn Em", 60, true, LocalDate.of(2005, 7, 30)), CA_THI_UT)
                                     .build();
        fixture.givenNoPriorActivity().when(new SubmitEntry(ID, YOUTH_ED, older, SUBMITTED_ON, null))
               .expectException(Refusal.by("contest.eligibility.age-window").with("author", "Lò Văn Em"))
               .expectNoEvents();
    }

    @Test
    void aPupilUnderSixteenNeedsTheGuardiansConsent() {
        youthEdition(contest, EditionStatus.OPEN);
        fixture.givenNoPriorActivity()
               .when(new SubmitEntry(ID, YOUTH_ED, solarSystem().withoutGuardianConsent().build(), SUBMITTED_ON, null))
               .expectException(Refusal.by("contest.eligibility.guardian-consent").with("author", "Lò Văn Em")
                                       .with("underAge", 16))
               .expectNoEvents();
    }

    @Test
    void aVifotecWorkAppliedOutsideTheFiveYearsUpToTheDeadlineIsRefused() {
        vifotecEdition(contest);
        fixture.givenNoPriorActivity()
               .when(new SubmitEntry(ID, VIFOTEC_ED, compost().appliedSince(2018).build(), SUBMITTED_ON, null))
               .expectException(Refusal.by("contest.eligibility.application-window").with("years", 5)
                                       .with("earliestYear", 2019))
               .expectNoEvents();
    }

    @Test
    void aSolutionAwardedAtAnEarlierEditionOfTheProgrammeIsRefusedByItsCanonicalTitle() {
        techEdition(contest, EditionStatus.OPEN);
        contest.record(TECH, "ed-8", "en-8-012", "máy tách vỏ cà phê tươi  quy mô hộ gia đình");
        fixture.givenNoPriorActivity().when(submit(COFFEE))
               .expectException(Refusal.by("contest.eligibility.previously-awarded")).expectNoEvents();
    }

    @Test
    void aPreviouslyAwardedSolutionEntersWhenTheEditionAllowsIt() {
        techEdition(contest, EditionStatus.OPEN,
                    techRules(new EligibilityPolicy(null, true, null, null, null, true, false, null, null), true));
        contest.record(TECH, "ed-8", "en-8-012", COFFEE.title());
        fixture.givenNoPriorActivity().when(submit(COFFEE))
               .expectEvents(new EntrySubmitted(ID, "001", ED, TECH, COFFEE, SUBMITTED_ON, null, 1));
    }

    @Test
    void anEditionForTheProvinceOnlyRefusesAuthorsFromOutsideIt() {
        techEdition(contest, EditionStatus.OPEN,
                    techRules(new EligibilityPolicy(null, true, null, null, null, false, true, null, null), true));
        fixture.givenNoPriorActivity().when(submit(coffee().outsideProvince().build()))
               .expectException(Refusal.by("contest.eligibility.outside-province")).expectNoEvents();
        fixture.givenNoPriorActivity().when(submit(COFFEE))
               .expectEvents(new EntrySubmitted(ID, "001", ED, TECH, COFFEE, SUBMITTED_ON, null, 1));
    }

    @Test
    void aSuspendedMemberOrganisationCannotEnter() {
        techEdition(contest, EditionStatus.OPEN);
        Dossier byCooperative = coffee().by("org-htx-chieng-ban", "Hợp tác xã Cà phê Chiềng Ban").build();
        contest.organisations.put("org-htx-chieng-ban", "SUSPENDED");
        fixture.givenNoPriorActivity().when(submit(byCooperative))
               .expectException(Refusal.by("contest.eligibility.member-suspended")
                                       .with("organisationId", "org-htx-chieng-ban").with("status", "SUSPENDED"))
               .expectNoEvents();
        contest.organisations.put("org-htx-chieng-ban", "ACTIVE");
        fixture.givenNoPriorActivity().when(submit(byCooperative))
               .expectEvents(new EntrySubmitted(ID, "001", ED, TECH, byCooperative, SUBMITTED_ON, null, 1));
    }
}
