package vn.lienhiep.contest.entry.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.lienhiep.contest.common.domain.EditionStatus;
import vn.lienhiep.contest.common.domain.EntryAuthor;
import vn.lienhiep.contest.common.domain.EntryStanding;
import vn.lienhiep.contest.common.domain.InMemoryContest;
import vn.lienhiep.contest.entry.domain.EntryCommands.*;
import vn.lienhiep.contest.entry.domain.EntryEvents.*;
import vn.lienhiep.testing.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienhiep.contest.entry.domain.EntrySpecs.*;

/**
 * Specifications of the judges an entry gets (docs/domain/contest.md#entry-rules): a judge of the sub-panel of the
 * entry's field, independent of it under the platform's one conflict-of-interest rule (not an author, not at an
 * author's unit, not a youth entry's supervising teacher), not an entrant of the same edition (as the committed
 * standings say), and only as many as the scheme's judges per entry; a judge who steps aside leaves the place to
 * another.
 */
class EntryAssignmentSpecTest {

    private static final Object[] ELIGIBLE = {submitted(), eligible()};

    private InMemoryContest contest;
    private FixtureConfiguration<ContestEntry> fixture;

    @BeforeEach
    void setUp() {
        contest = new InMemoryContest();
        fixture = fixture(contest);
        techEdition(contest, EditionStatus.PRELIMINARY_ROUND);
    }

    @Test
    void aJudgeOfTheFieldsSubPanelIsAssignedForThePreliminaryRound() {
        fixture.given(ELIGIBLE).when(new AssignJudge(ID, BINH, null))
               .expectEvents(new JudgeAssigned(ID, ED, BINH, Round.PRELIMINARY, TODAY));
        assertThat(contest.standings.get(ID).competing()).isTrue();
        assertThat(contest.standings.get(ID).complete()).isFalse();
    }

    @Test
    void aJudgeOfAnotherFieldsSubPanelIsNotAssigned() {
        fixture.given(ELIGIBLE).when(new AssignJudge(ID, HUONG, null))
               .expectException(Refusal.by("contest.judging.not-on-sub-panel").with("judgeId", HUONG))
               .expectNoEvents();
    }

    @Test
    void aJudgeWorkingAtAnAuthorsUnitIsNotAssigned() {
        EntryAuthor lecturer = new EntryAuthor("p-quang-thi-en", "Quàng Thị Én", false, 30,
                                               "trường Đại học  Tây Bắc", false, null, false);
        fixture.given(submitted(coffee().authors(LO_VAN_A, lecturer).build()), eligible())
               .when(new AssignJudge(ID, HOA, null))
               .expectException(Refusal.by("contest.judging.conflict-same-unit").with("judgeId", HOA)
                                       .with("unit", TAY_BAC_UNIVERSITY))
               .expectNoEvents();
    }

    @Test
    void aJudgeWhoIsAnAuthorOfTheEntryIsNotAssigned() {
        EntryAuthor judgeAsAuthor = new EntryAuthor(THANG, "Hoàng Văn Thắng", false, 30, null, false, null, false);
        fixture.given(submitted(coffee().authors(LO_VAN_A, judgeAsAuthor).build()), eligible())
               .when(new AssignJudge(ID, THANG, null))
               .expectException(Refusal.by("contest.judging.conflict-author").with("judgeId", THANG))
               .expectNoEvents();
    }

    @Test
    void theSupervisingTeacherDoesNotJudgeTheirPupilsEntry() {
        youthEdition(contest, EditionStatus.PRELIMINARY_ROUND);
        fixture.given(new EntrySubmitted(ID, "001", YOUTH_ED, YOUTH, solarSystem().build(), SUBMITTED_ON, null, 1),
                      new EntryDeclaredEligible(ID, YOUTH_ED, TOOLS_FIELD, 1, LocalDate.of(2024, 6, 5)))
               .when(new AssignJudge(ID, HUONG, null))
               .expectException(Refusal.by("contest.judging.conflict-supervisor").with("judgeId", HUONG))
               .expectNoEvents();
        fixture.given(new EntrySubmitted(ID, "001", YOUTH_ED, YOUTH, solarSystem().build(), SUBMITTED_ON, null, 1),
                      new EntryDeclaredEligible(ID, YOUTH_ED, TOOLS_FIELD, 1, LocalDate.of(2024, 6, 5)))
               .when(new AssignJudge(ID, "gk-tuan", null))
               .expectEvents(new JudgeAssigned(ID, YOUTH_ED, "gk-tuan", Round.PRELIMINARY, TODAY));
    }

    @Test
    void aJudgeWhoIsAnAuthorOfAnotherEntryOfTheSameEditionIsNotAssigned() {
        contest.record(entryOf(ED, HOA));
        fixture.given(ELIGIBLE).when(new AssignJudge(ID, HOA, null))
               .expectException(Refusal.by("contest.judging.judge-is-entrant").with("judgeId", HOA))
               .expectNoEvents();
    }

    @Test
    void anEntryAtAnotherEditionDoesNotMakeTheJudgeAnEntrant() {
        contest.record(entryOf("ed-8", HOA));
        fixture.given(ELIGIBLE).when(new AssignJudge(ID, HOA, null))
               .expectEvents(new JudgeAssigned(ID, ED, HOA, Round.PRELIMINARY, TODAY));
    }

    /** Lê Thị Hoa's own biochar kiln, entered at {@code editionId}. */
    private static EntryStanding entryOf(String editionId, String personId) {
        return new EntryStanding("en-7", "007", editionId, AGRI_FIELD, "Lò đốt than sinh học từ lõi ngô", false,
                                 List.of(), false, false,
                                 List.of(new EntryAuthor(personId, "Lê Thị Hoa", true, 100, null, false, null, true)));
    }

    @Test
    void anEntryHasAsManyJudgesAsTheSchemeAsksAndNoMore() {
        fixture.given(submitted(), eligible(), assigned(BINH), assigned(HOA)).when(new AssignJudge(ID, THANG, null))
               .expectException(Refusal.by("contest.judging.enough-judges").with("judgesPerEntry", 2))
               .expectNoEvents();
        fixture.given(submitted(), eligible(), assigned(BINH)).when(new AssignJudge(ID, BINH, null))
               .expectException(Refusal.by("contest.judging.already-assigned").with("judgeId", BINH))
               .expectNoEvents();
    }

    @Test
    void judgesAreAssignedOnlyToAnEligibleEntryInAJudgingRound() {
        fixture.given(submitted()).when(new AssignJudge(ID, BINH, null))
               .expectException(Refusal.by("contest.entry.judge-assigned-not-allowed").with("status", "SUBMITTED"))
               .expectNoEvents();
        techEdition(contest, EditionStatus.SCREENING);
        fixture.given(ELIGIBLE).when(new AssignJudge(ID, BINH, null))
               .expectException(Refusal.by("contest.judging.not-judging").with("status", "SCREENING"))
               .expectNoEvents();
    }

    @Test
    void anEntryThatWasNotShortlistedGetsNoFinalRoundJudge() {
        edition(contest, ED, TECH, 9, EditionStatus.FINAL_ROUND, List.of(TECH_RULES), List.of(AGRI), Set.of("en-2"));
        fixture.given(submitted(), eligible(), assigned(BINH), assigned(HOA)).when(new AssignJudge(ID, THANG, null))
               .expectException(Refusal.by("contest.judging.not-finalist").with("entryNo", "001")).expectNoEvents();
    }

    // --- stepping aside -------------------------------------------------------------------------------------------

    @Test
    void aJudgeStepsAsideAndAnotherTakesThePlace() {
        fixture.given(submitted(), eligible(), assigned(BINH), assigned(HOA))
               .when(new DeclareConflict(ID, HOA, "Chồng là thành viên Hợp tác xã Cà phê Chiềng Ban", null))
               .expectEvents(new JudgeConflictDeclared(ID, HOA, Round.PRELIMINARY,
                                                       "Chồng là thành viên Hợp tác xã Cà phê Chiềng Ban", TODAY));
        fixture.given(submitted(), eligible(), assigned(BINH), assigned(HOA), recused(HOA, "Người nhà là tác giả"))
               .when(new AssignJudge(ID, THANG, null))
               .expectEvents(new JudgeAssigned(ID, ED, THANG, Round.PRELIMINARY, TODAY));
    }

    @Test
    void aJudgeWhoSteppedAsideIsNotAssignedAgain() {
        fixture.given(submitted(), eligible(), assigned(BINH), assigned(HOA), recused(HOA, "Người nhà là tác giả"))
               .when(new AssignJudge(ID, HOA, null))
               .expectException(Refusal.by("contest.judging.recused").with("judgeId", HOA)).expectNoEvents();
    }

    @Test
    void aJudgeWhoHasScoredNoLongerStepsAside() {
        fixture.given(submitted(), eligible(), assigned(BINH), assigned(HOA), scored(BINH, points(25, 25, 35)))
               .when(new DeclareConflict(ID, BINH, "Nhớ ra là người quen", null))
               .expectException(Refusal.by("contest.judging.already-scored").with("judgeId", BINH)).expectNoEvents();
        fixture.given(submitted(), eligible(), assigned(BINH))
               .when(new DeclareConflict(ID, THANG, "Không được phân công", null))
               .expectException(Refusal.by("contest.judging.not-assigned").with("judgeId", THANG)).expectNoEvents();
    }
}
