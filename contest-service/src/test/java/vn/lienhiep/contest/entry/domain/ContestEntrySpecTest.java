package vn.lienhiep.contest.entry.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.lienhiep.contest.common.domain.Committee;
import vn.lienhiep.contest.common.domain.ContestType;
import vn.lienhiep.contest.common.domain.EditionSnapshot;
import vn.lienhiep.contest.common.domain.EditionStatus;
import vn.lienhiep.contest.common.domain.EditionTerms;
import vn.lienhiep.contest.common.domain.EntryAuthor;
import vn.lienhiep.contest.common.domain.InMemoryContest;
import vn.lienhiep.contest.common.domain.Judge;
import vn.lienhiep.contest.common.domain.SubPanel;
import vn.lienhiep.contest.entry.domain.EntryCommands.*;
import vn.lienhiep.contest.entry.domain.EntryEvents.*;
import vn.lienhiep.testing.Refusal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Specifications of a contest entry (docs/domain/contest.md#entry-lifecycle), its edition read from the committed
 * snapshot in memory: the postmark rule, the youth group's size, a supervisor's conflict, return and resubmission,
 * withdrawal, independent scores that complete the entry, and a recused judge who is not asked to re-score.
 */
class ContestEntrySpecTest {

    private static final String ID = "en-1";
    private static final String ED = "ed-6";
    /** Noon in Vietnam on 01/12/2024. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-01T05:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final SubPanel TOOLS = new SubPanel("LEARNING_TOOLS", null, List.of(
            new Judge("j1", "Giám khảo 1", "Sở Giáo dục và Đào tạo"), new Judge("j2", "Giám khảo 2", "Trường Tây Bắc"),
            new Judge("j3", "Giám khảo 3", "Nhà Văn hóa Thiếu nhi")));

    private FixtureConfiguration<ContestEntry> fixture;
    private InMemoryContest contest;

    @BeforeEach
    void setUp() {
        contest = new InMemoryContest();
        fixture = new AggregateTestFixture<>(ContestEntry.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(contest);
    }

    private void edition(EditionStatus status, boolean postmark) {
        EditionTerms d = EditionTerms.defaults(ContestType.YOUTH_CREATIVITY, LocalDate.of(2024, 5, 1),
                                               LocalDate.of(2024, 5, 31));
        EditionTerms terms = new EditionTerms(1, Committee.decision("01/QĐ-BTC", LocalDate.of(2024, 4, 1), null),
                d.fields(), d.eligibility(), d.scoring(), d.prizes(), d.submissionOpen(), d.submissionClose(),
                postmark, false, null);
        contest.save(new EditionSnapshot(ED, ContestType.YOUTH_CREATIVITY, 6, "lần thứ 6", 2024, status,
                                         List.of(terms), List.of(TOOLS), Set.of()));
    }

    private static EntryAuthor pupil(String name, int share, boolean principal) {
        return new EntryAuthor(null, name, principal, share, "Trường THCS Chiềng Sinh", false, LocalDate.of(2011, 3, 1),
                               false);
    }

    private static Dossier dossier(List<EntryAuthor> authors) {
        return new Dossier("LEARNING_TOOLS", "Bộ mô hình hệ Mặt Trời từ vật liệu tái chế", EntrantType.INDIVIDUAL,
                           null, null, authors, 2023, 2024, List.of(), List.of(), null, true,
                           new Dossier.Youth("Trường THCS Chiềng Sinh", "8A", "Cô Lò Thị Hướng", "j3", true));
    }

    private static final Dossier DOSSIER = dossier(List.of(pupil("Lò Văn Em", 60, true), pupil("Cà Thị Út", 40, false)));

    private static EntrySubmitted submitted() {
        return new EntrySubmitted(ID, "001", ED, ContestType.YOUTH_CREATIVITY, DOSSIER, LocalDate.of(2024, 5, 20), null, 1);
    }

    private static Map<String, BigDecimal> sheet(int novelty, int applicability, int effectiveness) {
        return Map.of("NOVELTY", BigDecimal.valueOf(novelty), "APPLICABILITY", BigDecimal.valueOf(applicability),
                      "EFFECTIVENESS", BigDecimal.valueOf(effectiveness));
    }

    @Test
    void aDossierPostedByTheDeadlineIsOnTimeOnlyWhenThePostmarkCounts() {
        edition(EditionStatus.OPEN, true);
        fixture.givenNoPriorActivity()
               .when(new SubmitEntry(ID, ED, DOSSIER, LocalDate.of(2024, 6, 3), LocalDate.of(2024, 5, 30)))
               .expectEvents(new EntrySubmitted(ID, "001", ED, ContestType.YOUTH_CREATIVITY, DOSSIER,
                                                LocalDate.of(2024, 6, 3), LocalDate.of(2024, 5, 30), 1));
        edition(EditionStatus.OPEN, false);
        fixture.givenNoPriorActivity()
               .when(new SubmitEntry(ID, ED, DOSSIER, LocalDate.of(2024, 6, 3), LocalDate.of(2024, 5, 30)))
               .expectException(Refusal.by("contest.entry.after-deadline")).expectNoEvents();
    }

    @Test
    void aYouthGroupHasAtMostFiveAuthors() {
        edition(EditionStatus.OPEN, true);
        List<EntryAuthor> six = List.of(pupil("A", 50, true), pupil("B", 10, false), pupil("C", 10, false),
                                        pupil("D", 10, false), pupil("E", 10, false), pupil("G", 10, false));
        fixture.givenNoPriorActivity().when(new SubmitEntry(ID, ED, dossier(six), LocalDate.of(2024, 5, 20), null))
               .expectException(Refusal.by("contest.entry.too-many-authors").with("max", 5)).expectNoEvents();
    }

    @Test
    void aReturnedDossierComesBackCheckedAgainAndAnEntryMayBeWithdrawn() {
        edition(EditionStatus.OPEN, true);
        fixture.given(submitted()).when(new ReturnForCompletion(ID, "Thiếu bản thuyết minh", null))
               .expectEvents(new EntryReturnedForCompletion(ID, "Thiếu bản thuyết minh", LocalDate.of(2024, 12, 1)));
        fixture.given(submitted(), new EntryReturnedForCompletion(ID, "Thiếu bản thuyết minh", LocalDate.of(2024, 5, 25)))
               .when(new Resubmit(ID, dossier(List.of(pupil("Lò Văn Em", 70, true), pupil("Cà Thị Út", 40, false))), null))
               .expectException(Refusal.by("contest.entry.shares-not-100")).expectNoEvents();
        fixture.given(submitted()).when(new Withdraw(ID, "Tác giả chuyển trường", null))
               .expectEvents(new EntryWithdrawn(ID, "Tác giả chuyển trường", LocalDate.of(2024, 12, 1)));
        assertThat(contest.standings.get(ID).competing()).isFalse();
    }

    @Test
    void theSupervisingTeacherDoesNotJudgeTheirPupilsEntry() {
        edition(EditionStatus.PRELIMINARY_ROUND, true);
        fixture.given(submitted(), new EntryDeclaredEligible(ID, ED, "LEARNING_TOOLS", 1, LocalDate.of(2024, 6, 5)))
               .when(new AssignJudge(ID, "j3", null))
               .expectException(Refusal.by("contest.judging.conflict-supervisor")).expectNoEvents();
    }

    @Test
    void twoIndependentScoresWithinTheThresholdCompleteTheEntry() {
        edition(EditionStatus.PRELIMINARY_ROUND, true);
        Object[] judged = {submitted(), new EntryDeclaredEligible(ID, ED, "LEARNING_TOOLS", 1, LocalDate.of(2024, 6, 5)),
                new JudgeAssigned(ID, ED, "j1", Round.PRELIMINARY, LocalDate.of(2024, 6, 6)),
                new JudgeAssigned(ID, ED, "j2", Round.PRELIMINARY, LocalDate.of(2024, 6, 6)),
                new EntryScored(ID, "j1", Round.PRELIMINARY, sheet(25, 25, 35), new BigDecimal("85"), null, 1,
                                LocalDate.of(2024, 6, 10))};
        fixture.given(judged).when(new ScoreEntry(ID, "j1", sheet(1, 1, 1), null, null))
               .expectException(Refusal.by("contest.judging.already-scored")).expectNoEvents();
        fixture.given(judged).when(new ScoreEntry(ID, "j2", sheet(24, 25, 33), "Khá", null))
               .expectEvents(new EntryScored(ID, "j2", Round.PRELIMINARY, sheet(24, 25, 33), new BigDecimal("82"), "Khá",
                                             1, LocalDate.of(2024, 12, 1)),
                             new EntryScoringCompleted(ID, Round.PRELIMINARY, new BigDecimal("83.50"), false));
        assertThat(contest.standings.get(ID).complete()).isTrue();
    }

    @Test
    void aRecusedJudgeIsNotAskedToReScoreADivergentEntry() {
        edition(EditionStatus.PRELIMINARY_ROUND, true);
        Dossier unsupervised = new Dossier(DOSSIER.field(), DOSSIER.title(), DOSSIER.entrantType(), null, null,
                DOSSIER.authors(), 2023, 2024, List.of(), List.of(), null, true,
                new Dossier.Youth("Trường THCS Chiềng Sinh", "8A", null, null, true));
        Object[] divergent = {new EntrySubmitted(ID, "001", ED, ContestType.YOUTH_CREATIVITY, unsupervised,
                                                 LocalDate.of(2024, 5, 20), null, 1),
                new EntryDeclaredEligible(ID, ED, "LEARNING_TOOLS", 1, LocalDate.of(2024, 6, 5)),
                new JudgeAssigned(ID, ED, "j1", Round.PRELIMINARY, LocalDate.of(2024, 6, 6)),
                new JudgeAssigned(ID, ED, "j3", Round.PRELIMINARY, LocalDate.of(2024, 6, 6)),
                new JudgeConflictDeclared(ID, "j3", Round.PRELIMINARY, "Cháu ruột là tác giả", LocalDate.of(2024, 6, 7)),
                new JudgeAssigned(ID, ED, "j2", Round.PRELIMINARY, LocalDate.of(2024, 6, 7)),
                new EntryScored(ID, "j1", Round.PRELIMINARY, sheet(25, 25, 35), new BigDecimal("85"), null, 1,
                                LocalDate.of(2024, 6, 10)),
                new EntryScored(ID, "j2", Round.PRELIMINARY, sheet(10, 10, 20), new BigDecimal("40"), null, 1,
                                LocalDate.of(2024, 6, 10)),
                new ScoreDivergenceDetected(ID, Round.PRELIMINARY, new BigDecimal("45"), new BigDecimal("15"),
                                            List.of(new BigDecimal("85"), new BigDecimal("40"))),
                new EntryRescored(ID, "j1", Round.PRELIMINARY, sheet(20, 20, 30), new BigDecimal("70"), null, 1,
                                  LocalDate.of(2024, 6, 12))};
        fixture.given(divergent).when(new RescoreEntry(ID, "j3", sheet(20, 20, 30), null, null))
               .expectException(Refusal.by("contest.judging.recused")).expectNoEvents();
        fixture.given(divergent).when(new RescoreEntry(ID, "j2", sheet(18, 18, 28), null, null))
               .expectEvents(new EntryRescored(ID, "j2", Round.PRELIMINARY, sheet(18, 18, 28), new BigDecimal("64"), null,
                                               1, LocalDate.of(2024, 12, 1)),
                             new EntryScoringCompleted(ID, Round.PRELIMINARY, new BigDecimal("67.00"), true));
        assertThat(contest.standings.get(ID).rescored()).isTrue();
        assertThat(contest.standings.get(ID).counted()).extracting(s -> s.judgeId()).containsExactly("j1", "j2");
    }
}
