package vn.lienhiep.contest.edition.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.lienhiep.contest.common.domain.Committee;
import vn.lienhiep.contest.common.domain.ContestType;
import vn.lienhiep.contest.common.domain.EditionStatus;
import vn.lienhiep.contest.common.domain.EditionTerms;
import vn.lienhiep.contest.common.domain.EntryAuthor;
import vn.lienhiep.contest.common.domain.EntryStanding;
import vn.lienhiep.contest.common.domain.InMemoryContest;
import vn.lienhiep.contest.common.domain.Judge;
import vn.lienhiep.contest.common.domain.PrizeLevel;
import vn.lienhiep.contest.common.domain.ScoreSheet;
import vn.lienhiep.contest.common.domain.SubPanel;
import vn.lienhiep.contest.edition.domain.EditionCommands.*;
import vn.lienhiep.contest.edition.domain.EditionEvents.*;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.testing.Refusal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Specifications of a contest edition (docs/domain/contest.md#edition-lifecycle): given its past events, when a
 * command, then the events it applies or the named rule that refuses it (and then no event). The ports are the
 * in-memory ones; the committed snapshot saved after each command is checked where it matters to entries.
 */
class ContestEditionSpecTest {

    private static final String ID = "ed-9";
    /** Noon in Vietnam on 01/12/2024. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-01T05:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final DecisionRef RULES = Committee.decision("01/QĐ-BTCHT", LocalDate.of(2024, 1, 25), "Trưởng ban");
    private static final EditionTerms DRAFT_TERMS = EditionTerms.defaults(ContestType.TECH_INNOVATION,
            LocalDate.of(2024, 2, 1), LocalDate.of(2024, 9, 30)).issued(0, null);
    private static final EditionTerms ISSUED = DRAFT_TERMS.issued(1, RULES);
    private static final SubPanel AGRI = new SubPanel("AGRI_FOREST_FISHERY_RESOURCES_ENV", "j1",
            List.of(new Judge("j1", "Giám khảo 1", "Sở Nông nghiệp"), new Judge("j2", "Giám khảo 2", "Trường Tây Bắc")));

    private FixtureConfiguration<ContestEdition> fixture;
    private InMemoryContest contest;

    @BeforeEach
    void setUp() {
        contest = new InMemoryContest();
        fixture = new AggregateTestFixture<>(ContestEdition.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(contest);
    }

    private static EditionDrafted drafted() {
        return new EditionDrafted(ID, ContestType.TECH_INNOVATION, 9, "lần thứ 9", "2024", 2024, 18, DRAFT_TERMS);
    }

    private static Object[] open() {
        return new Object[] {drafted(), new EditionRulesIssued(ID, ContestType.TECH_INNOVATION, 9, "lần thứ 9", ISSUED),
                new EditionLaunched(ID, ContestType.TECH_INNOVATION, 9, "lần thứ 9", 2024, LocalDate.of(2024, 2, 1),
                                    LocalDate.of(2024, 9, 30))};
    }

    private static Object[] finalRound() {
        return concat(open(), new JuryAppointed(ID, Committee.decision("07/QĐ-BTCHT", LocalDate.of(2024, 10, 1), null),
                                                List.of(AGRI)),
                      new SubmissionsClosed(ID, ContestType.TECH_INNOVATION, LocalDate.of(2024, 10, 2)),
                      new ScreeningCompleted(ID, LocalDate.of(2024, 10, 3)),
                      new ShortlistApproved(ID, List.of("en-1", "en-2"), LocalDate.of(2024, 11, 1)));
    }

    private static Award award(String entryId, PrizeLevel level) {
        return new Award(entryId, "001", AGRI.field(), "Ghép xoài", level, new BigDecimal("83.50"), 30_000_000L,
                         List.of(new Award.AwardedAuthor("p-a", "Lò Văn A", true, 100, 30_000_000L, true, true)));
    }

    private static Object[] awarded() {
        return concat(finalRound(), new ResultsProposed(ID, "BB-01", List.of(award("en-1", PrizeLevel.FIRST)),
                                                        LocalDate.of(2024, 11, 10)),
                      new ContestResultsApproved(ID, ContestType.TECH_INNOVATION, 9, "lần thứ 9", 2024,
                              Committee.decision("12/QĐ-BTCHT", LocalDate.of(2024, 11, 20), null),
                              List.of(award("en-1", PrizeLevel.FIRST))),
                      new CeremonyHeld(ID, LocalDate.of(2024, 11, 25)));
    }

    private static Object[] concat(Object[] first, Object... more) {
        Object[] all = new Object[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    private void standing(String entryId, boolean complete, double... totals) {
        List<ScoreSheet> sheets = new java.util.ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            BigDecimal t = BigDecimal.valueOf(totals[i]);
            sheets.add(new ScoreSheet("j" + (i + 1), Map.of("NOVELTY", t.multiply(new BigDecimal("0.3")),
                    "APPLICABILITY", t.multiply(new BigDecimal("0.3")), "EFFECTIVENESS", t.multiply(new BigDecimal("0.4")))));
        }
        contest.record(new EntryStanding(entryId, entryId.replace("en-", "00"), ID, AGRI.field(), "Giải pháp " + entryId,
                true, sheets, false, complete,
                List.of(new EntryAuthor("p-" + entryId, "Tác giả " + entryId, true, 100, null, true, null, true))));
    }

    @Test
    void aDraftIsIssuedAsVersionOneAndItsSnapshotIsCommitted() {
        fixture.given(drafted()).when(new IssueRules(ID, RULES, null))
               .expectEvents(new EditionRulesIssued(ID, ContestType.TECH_INNOVATION, 9, "lần thứ 9", ISSUED));
        assertThat(contest.snapshots.get(ID).status()).isEqualTo(EditionStatus.RULES_ISSUED);
        assertThat(contest.snapshots.get(ID).current().version()).isEqualTo(1);
    }

    @Test
    void anotherOpenEditionOfTheProgrammeKeepsThisOneClosed() {
        contest.open(ContestType.TECH_INNOVATION, "ed-8");
        fixture.given(drafted(), new EditionRulesIssued(ID, ContestType.TECH_INNOVATION, 9, "lần thứ 9", ISSUED))
               .when(new Launch(ID, LocalDate.of(2024, 2, 1), null))
               .expectException(Refusal.by("contest.edition.another-open")).expectNoEvents();
    }

    @Test
    void anAmendmentIsTheNextVersionInForceFromItsDecisionAndNotAfterTheProposal() {
        DecisionRef amendment = Committee.decision("04/QĐ-BTCHT", LocalDate.of(2024, 6, 1), null);
        fixture.given(open()).when(new AmendRules(ID, amendment, DRAFT_TERMS, null))
               .expectEvents(new EditionRulesAmended(ID, DRAFT_TERMS.issued(2, amendment)));
        assertThat(contest.snapshots.get(ID).inForceOn(LocalDate.of(2024, 5, 31)).version()).isEqualTo(1);
        assertThat(contest.snapshots.get(ID).inForceOn(LocalDate.of(2024, 6, 1)).version()).isEqualTo(2);

        fixture.given(concat(finalRound(), new ResultsProposed(ID, "BB-01", List.of(), LocalDate.of(2024, 11, 10))))
               .when(new AmendRules(ID, amendment, DRAFT_TERMS, null))
               .expectException(Refusal.by("contest.edition.amended-not-allowed")).expectNoEvents();
    }

    @Test
    void theDeadlineMovesOnlyLater() {
        DecisionRef extension = Committee.decision("05/QĐ-BTCHT", LocalDate.of(2024, 9, 20), null);
        fixture.given(open()).when(new ExtendDeadline(ID, extension, LocalDate.of(2024, 9, 1), null))
               .expectException(Refusal.by("contest.edition.deadline-not-later")).expectNoEvents();
        fixture.given(open()).when(new ExtendDeadline(ID, extension, LocalDate.of(2024, 10, 31), null))
               .expectEvents(new SubmissionDeadlineExtended(ID, LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 31),
                                                            extension));
        assertThat(contest.snapshots.get(ID).current().submissionClose()).isEqualTo(LocalDate.of(2024, 10, 31));
    }

    @Test
    void screeningEndsOnlyWithAJuryAndTheJuryMatchesTheRules() {
        fixture.given(concat(open(), new SubmissionsClosed(ID, ContestType.TECH_INNOVATION, LocalDate.of(2024, 10, 2))))
               .when(new CompleteScreening(ID, null))
               .expectException(Refusal.by("contest.edition.jury-not-appointed")).expectNoEvents();
        fixture.given(open()).when(new AppointJury(ID, RULES, List.of(new SubPanel("ASTROLOGY", null,
                       List.of(new Judge("j1", "A", null), new Judge("j2", "B", null)))), null))
               .expectException(Refusal.by("contest.edition.sub-panel-field-unknown")).expectNoEvents();
        fixture.given(open()).when(new AppointJury(ID, RULES, List.of(new SubPanel(AGRI.field(), null,
                       List.of(new Judge("j1", "A", null)))), null))
               .expectException(Refusal.by("contest.edition.sub-panel-too-small")).expectNoEvents();
    }

    @Test
    void resultsComeFromTheCommittedStandingsAndAreCheckedAgainstTheQuotas() {
        standing("en-1", true, 85, 82);
        standing("en-2", false, 70);
        fixture.given(finalRound()).when(new ProposeResults(ID, "BB-01", Map.of(), null))
               .expectException(Refusal.by("contest.edition.scoring-incomplete")).expectNoEvents();
        standing("en-2", true, 70, 66);
        fixture.given(finalRound())
               .when(new ProposeResults(ID, "BB-01", Map.of("en-1", PrizeLevel.FIRST, "en-2", PrizeLevel.FIRST), null))
               .expectException(Refusal.by("contest.scoring.quota-exceeded")).expectNoEvents();
        fixture.given(finalRound()).when(new ProposeResults(ID, "BB-01", Map.of(), null))
               .expectSuccessfulHandlerExecution()
               .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                       org.axonframework.test.matchers.Matchers.exactSequenceOf(
                               org.hamcrest.Matchers.<Object>instanceOf(ResultsProposed.class),
                               org.axonframework.test.matchers.Matchers.andNoMore())));
        assertThat(contest.snapshots.get(ID).status()).isEqualTo(EditionStatus.RESULTS_PROPOSED);
    }

    @Test
    void theCommitteeSendsTheProposalBackToTheJury() {
        fixture.given(concat(finalRound(), new ResultsProposed(ID, "BB-01", List.of(), LocalDate.of(2024, 11, 10))))
               .when(new ReturnToJury(ID, "Xem lại tiểu ban Nông nghiệp", null))
               .expectEvents(new ResultsReturnedToJury(ID, "Xem lại tiểu ban Nông nghiệp", LocalDate.of(2024, 12, 1)));
        fixture.given(finalRound()).when(new ReturnToJury(ID, "Chưa có đề xuất", null))
               .expectException(Refusal.by("contest.edition.returned-not-allowed")).expectNoEvents();
    }

    @Test
    void aPrizeIsRevokedForFraudAndStopsCountingAsAnAward() {
        contest.record(ContestType.TECH_INNOVATION, ID, "en-1", "Ghép xoài");
        DecisionRef revocation = Committee.decision("20/QĐ-BTCHT", LocalDate.of(2024, 11, 30), null);
        fixture.given(awarded()).when(new RevokePrize(ID, "en-1", revocation, "Sao chép giải pháp đã công bố", null))
               .expectEvents(new PrizeRevoked(ID, "en-1", PrizeLevel.FIRST, AGRI.field(), 2024, revocation,
                                              "Sao chép giải pháp đã công bố"));
        assertThat(contest.awarded).doesNotContainKey("en-1");
        fixture.given(awarded()).when(new RevokePrize(ID, "en-2", revocation, "Không có giải", null))
               .expectException(Refusal.by("contest.edition.entry-not-awarded")).expectNoEvents();
    }

    @Test
    void nominationsAreAwardedEntriesWithinTheCapAndOnlyANominatedEntryHasANationalResult() {
        fixture.given(awarded()).when(new SendNominations(ID, NationalTarget.NATIONAL_CONTEST, null, List.of("en-2"),
                                                          LocalDate.of(2024, 11, 28), null))
               .expectException(Refusal.by("contest.edition.entry-not-awarded")).expectNoEvents();
        fixture.given(awarded()).when(new SendNominations(ID, NationalTarget.NATIONAL_CONTEST, null, List.of("en-1"),
                                                          LocalDate.of(2024, 11, 28), null))
               .expectEvents(new NationalNominationSent(ID, NationalTarget.NATIONAL_CONTEST, 18, List.of("en-1"),
                                                        LocalDate.of(2024, 11, 28)));
        fixture.given(awarded()).when(new RecordNationalResult(ID, "en-1", PrizeLevel.SECOND, Medal.SILVER, 2025, null))
               .expectException(Refusal.by("contest.edition.national-result-not-allowed")).expectNoEvents();
    }

    @Test
    void anEditionIsCancelledBeforeItsPrizesAreHandedOverAndNotAfter() {
        DecisionRef cancel = Committee.decision("30/QĐ-BTCHT", LocalDate.of(2024, 11, 30), null);
        contest.open(ContestType.TECH_INNOVATION, ID);
        fixture.given(open()).when(new Cancel(ID, cancel, "Thiên tai", null))
               .expectEvents(new EditionCancelled(ID, ContestType.TECH_INNOVATION, cancel, "Thiên tai"));
        contest.open(ContestType.TECH_INNOVATION, "ed-10");
        fixture.given(awarded()).when(new Cancel(ID, cancel, "Quá muộn", null))
               .expectException(Refusal.by("contest.edition.cancelled-not-allowed")).expectNoEvents();
    }
}
