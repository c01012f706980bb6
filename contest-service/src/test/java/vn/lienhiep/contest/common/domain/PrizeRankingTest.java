package vn.lienhiep.contest.common.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.lienhiep.contest.common.domain.ScoreSheetTest.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assertj.core.api.ObjectAssert;
import org.junit.jupiter.api.Test;

import vn.lienhiep.kernel.Rejection;

/** Ranking within each field, the suggested awards within the caps, and a jury's proposal checked. */
class PrizeRankingTest {

    private final ScoringScheme standard = ScoringScheme.standard();

    /** An entry both judges scored alike, so its means are these points. */
    private static Standing entry(String no, String field, String novelty, String applicability,
                                  String effectiveness) {
        return new Standing("e-" + no, no, field, List.of(sheet("gk-1", novelty, applicability, effectiveness),
                                                          sheet("gk-2", novelty, applicability, effectiveness)),
                            false);
    }

    /** A ranked, qualifying entry with the given total, for the proposal tests. */
    private static Ranked ranked(String field, int rank, String total) {
        return new Ranked(field + "-" + rank, field + "-" + rank, field, rank, new BigDecimal(total), true, null,
                          false);
    }

    private static Ranked find(List<Ranked> ranked, String entryNo) {
        return ranked.stream().filter(r -> r.entryNo().equals(entryNo)).findFirst().orElseThrow();
    }

    @Test
    void equalTotalsAreBrokenByEffectivenessThenNoveltyThenEntryNumber() {
        List<Standing> standings = List.of(
                entry("007", "CNTT", "20", "20", "30"),   // 70, tied with 006 after every tie-break
                entry("002", "CNTT", "25", "25", "30"),   // 80, effectiveness 30
                entry("005", "CNTT", "20", "25", "30"),   // 75, effectiveness 30, novelty 20
                entry("001", "CNTT", "30", "25", "30"),   // 85
                entry("003", "CNTT", "20", "25", "35"),   // 80, effectiveness 35: above 002
                entry("004", "CNTT", "25", "20", "30"),   // 75, effectiveness 30, novelty 25: above 005
                entry("006", "CNTT", "20", "20", "30"));  // 70

        List<Ranked> ranked = PrizeRanking.rank(standings, standard, Map.of());

        assertThat(ranked).extracting(Ranked::entryNo, Ranked::rankInField, Ranked::tiedWithPrevious)
                .containsExactly(tuple("001", 1, false), tuple("003", 2, false), tuple("002", 3, false),
                                 tuple("004", 4, false), tuple("005", 5, false), tuple("006", 6, false),
                                 tuple("007", 7, true));
        assertThat(find(ranked, "003").total()).isEqualByComparingTo("80");
        assertThat(find(ranked, "003").tieBreakMeans()).containsExactly(new BigDecimal("35.00"),
                                                                        new BigDecimal("20.00"));
    }

    @Test
    void eachFieldIsRankedOnItsOwn() {
        List<Ranked> ranked = PrizeRanking.rank(List.of(entry("001", "NN", "20", "20", "30"),
                                                        entry("002", "CNTT", "25", "25", "30"),
                                                        entry("003", "NN", "25", "25", "30")),
                                                standard, null);

        assertThat(ranked).extracting(Ranked::field, Ranked::entryNo, Ranked::rankInField)
                .containsExactly(tuple("CNTT", "002", 1), tuple("NN", "003", 1), tuple("NN", "001", 2));
    }

    @Test
    void anEntryBelowTheMinimumOrWithACriterionAtZeroDoesNotQualify() {
        Standing atMinimum = entry("001", "CNTT", "10", "10", "30");   // 50: qualifies
        Standing below = entry("002", "CNTT", "10", "10", "29.9");     // 49.9
        Standing zero = entry("003", "CNTT", "0", "30", "40");         // 70 but novelty 0 from both judges
        Standing oneJudgeZero = new Standing("e-004", "004", "CNTT",
                                             List.of(sheet("gk-1", "0", "30", "40"), sheet("gk-2", "10", "30", "40")),
                                             false);                  // 75, novelty mean 5
        Standing unscored = new Standing("e-005", "005", "CNTT", List.of(), false);

        List<Ranked> ranked = PrizeRanking.rank(List.of(atMinimum, below, zero, oneJudgeZero, unscored), standard,
                                                Map.of());

        assertThat(find(ranked, "001").qualifies()).isTrue();
        assertThat(find(ranked, "001").disqualifiedBy()).isNull();
        assertThat(find(ranked, "002").disqualifiedBy()).isEqualTo("contest.scoring.below-minimum");
        assertThat(find(ranked, "003").disqualifiedBy()).isEqualTo("contest.scoring.zero-criterion");
        assertThat(find(ranked, "003").qualifies()).isFalse();
        assertThat(find(ranked, "004").qualifies()).isTrue();
        assertThat(find(ranked, "005").disqualifiedBy()).isEqualTo("contest.scoring.not-scored");
        // Disqualified entries keep their place in the ranking: 003 (70) is above 001 (50).
        assertThat(find(ranked, "003").rankInField()).isEqualTo(2);

        ScoringScheme zerosAllowed = new ScoringScheme(standard.criteria(), 2, standard.divergenceThreshold(),
                                                       standard.minTotalForPrize(), false, false,
                                                       standard.tieBreak());
        assertThat(find(PrizeRanking.rank(List.of(zero), zerosAllowed, Map.of()), "003").qualifies()).isTrue();
    }

    @Test
    void aCriterionOfTheSchemeNoSheetScoresCountsAsZero() {
        Map<String, BigDecimal> noEffectiveness = new LinkedHashMap<>();
        noEffectiveness.put(Criterion.NOVELTY, new BigDecimal("30"));
        noEffectiveness.put(Criterion.APPLICABILITY, new BigDecimal("30"));
        Standing standing = new Standing("e-1", "001", "CNTT", List.of(new ScoreSheet("gk-1", noEffectiveness)),
                                         false);
        ScoringScheme lowMinimum = new ScoringScheme(standard.criteria(), 2, standard.divergenceThreshold(),
                                                     BigDecimal.TEN, true, false, standard.tieBreak());

        assertThat(PrizeRanking.rank(List.of(standing), lowMinimum, Map.of()).get(0).disqualifiedBy())
                .isEqualTo("contest.scoring.zero-criterion");
    }

    @Test
    void aNormalisingSchemeRanksByTheNormalisedMeanButQualifiesByTheRawOne() {
        Standing first = entry("001", "CNTT", "25", "25", "30");   // raw 80
        Standing second = entry("002", "CNTT", "20", "20", "30");  // raw 70
        Standing third = entry("003", "CNTT", "10", "10", "28");   // raw 48
        Map<String, NormalisedTotal> normalised = Map.of(
                "e-001", new NormalisedTotal("e-001", new BigDecimal("80.00"), new BigDecimal("71.00"),
                                             new BigDecimal("70.00"), new BigDecimal("5.00"), List.of()),
                "e-002", new NormalisedTotal("e-002", new BigDecimal("70.00"), new BigDecimal("76.00"),
                                             new BigDecimal("70.00"), new BigDecimal("5.00"), List.of()),
                "e-003", new NormalisedTotal("e-003", new BigDecimal("48.00"), new BigDecimal("55.00"),
                                             new BigDecimal("70.00"), new BigDecimal("5.00"), List.of()));

        List<Ranked> raw = PrizeRanking.rank(List.of(first, second, third), standard, normalised);
        List<Ranked> adjusted = PrizeRanking.rank(List.of(first, second, third), standard.withNormalised(true),
                                                  normalised);

        assertThat(raw).extracting(Ranked::entryNo).containsExactly("001", "002", "003");
        assertThat(adjusted).extracting(Ranked::entryNo).containsExactly("002", "001", "003");
        assertThat(adjusted.get(0).total()).isEqualByComparingTo("76");
        assertThat(find(adjusted, "003").disqualifiedBy()).isEqualTo("contest.scoring.below-minimum");
        // An entry without a normalised total is ranked by its raw mean.
        assertThat(PrizeRanking.rank(List.of(first), standard.withNormalised(true), Map.of()).get(0).total())
                .isEqualByComparingTo("80");
    }

    @Test
    void proposalsGoLevelByLevelToTheBestOfTheFieldsHeads() {
        List<Ranked> ranked = List.of(ranked("A", 1, "95"), ranked("A", 2, "90"), ranked("A", 3, "70"),
                                      ranked("A", 4, "65"), ranked("A", 5, "60"),
                                      ranked("B", 1, "92"), ranked("B", 2, "85"), ranked("B", 3, "80"));

        Map<String, PrizeLevel> awards = PrizeRanking.propose(ranked, PrizeStructure.sonLaTechPreset());

        assertThat(awards).containsExactly(Map.entry("A-1", PrizeLevel.FIRST),
                                           Map.entry("B-1", PrizeLevel.SECOND), Map.entry("A-2", PrizeLevel.SECOND),
                                           Map.entry("B-2", PrizeLevel.THIRD), Map.entry("B-3", PrizeLevel.THIRD),
                                           Map.entry("A-3", PrizeLevel.THIRD),
                                           Map.entry("A-4", PrizeLevel.CONSOLATION),
                                           Map.entry("A-5", PrizeLevel.CONSOLATION));
        assertThat(PrizeRanking.check(awards, ranked, PrizeStructure.sonLaTechPreset())).isEmpty();
    }

    @Test
    void equalHeadsAcrossFieldsAreSettledByTheTieBreakMeans() {
        Ranked lessEffective = new Ranked("a", "001", "A", 1, new BigDecimal("90"), true, null, false,
                                          List.of(new BigDecimal("30"), new BigDecimal("30")));
        Ranked moreEffective = new Ranked("b", "002", "B", 1, new BigDecimal("90"), true, null, false,
                                          List.of(new BigDecimal("35"), new BigDecimal("25")));
        PrizeStructure oneFirst = new PrizeStructure(List.of(new PrizeSlot(PrizeLevel.FIRST, 1, null, 0),
                                                             new PrizeSlot(PrizeLevel.SECOND, 1, null, 0)));

        assertThat(PrizeRanking.propose(List.of(lessEffective, moreEffective), oneFirst))
                .containsExactly(Map.entry("b", PrizeLevel.FIRST), Map.entry("a", PrizeLevel.SECOND));
    }

    @Test
    void proposalsSkipEntriesThatDoNotQualify() {
        List<Ranked> ranked = PrizeRanking.rank(List.of(entry("001", "A", "0", "30", "40"),   // 70, zero novelty
                                                        entry("002", "A", "20", "20", "25"),  // 65
                                                        entry("003", "A", "10", "10", "20")), // 40
                                                standard, Map.of());

        Map<String, PrizeLevel> awards = PrizeRanking.propose(ranked, PrizeStructure.sonLaTechPreset());

        assertThat(awards).containsExactly(Map.entry("e-002", PrizeLevel.FIRST));
        assertThat(PrizeRanking.check(awards, ranked, PrizeStructure.sonLaTechPreset())).isEmpty();
    }

    @Test
    void proposalsNeverExceedTheCapsPerLevelOrPerField() {
        List<Ranked> ranked = new ArrayList<>();
        for (int rank = 1; rank <= 12; rank++) {
            ranked.add(ranked("A", rank, String.valueOf(100 - rank)));
        }
        for (int rank = 1; rank <= 3; rank++) {
            ranked.add(ranked("B", rank, String.valueOf(50 - rank)));
        }
        PrizeStructure vifotec = PrizeStructure.vifotecPreset();

        Map<String, PrizeLevel> awards = PrizeRanking.propose(ranked, vifotec);

        assertThat(awards).containsEntry("A-1", PrizeLevel.FIRST).containsEntry("B-1", PrizeLevel.FIRST)
                .containsEntry("A-2", PrizeLevel.SECOND).containsEntry("A-3", PrizeLevel.SECOND)
                .containsEntry("B-2", PrizeLevel.SECOND).containsEntry("B-3", PrizeLevel.SECOND)
                .containsEntry("A-4", PrizeLevel.THIRD).containsEntry("A-6", PrizeLevel.THIRD)
                .containsEntry("A-7", PrizeLevel.CONSOLATION).containsEntry("A-10", PrizeLevel.CONSOLATION)
                .doesNotContainKeys("A-11", "A-12");
        for (PrizeSlot slot : vifotec.slots()) {
            for (String field : List.of("A", "B")) {
                long inField = awards.entrySet().stream()
                        .filter(a -> a.getValue() == slot.level() && a.getKey().startsWith(field + "-")).count();
                assertThat(inField).isLessThanOrEqualTo(slot.maxPerField());
            }
        }
        assertThat(PrizeRanking.check(awards, ranked, vifotec)).isEmpty();

        PrizeStructure oneFirstOverall = new PrizeStructure(List.of(new PrizeSlot(PrizeLevel.FIRST, 1, 1, 0)));
        assertThat(PrizeRanking.propose(ranked, oneFirstOverall)).containsExactly(Map.entry("A-1", PrizeLevel.FIRST));
    }

    @Test
    void withinAFieldABetterRankedEntryNeverGetsALowerLevel() {
        List<Ranked> ranked = new ArrayList<>();
        for (int rank = 1; rank <= 15; rank++) {
            ranked.add(ranked("A", rank, String.valueOf(100 - 2 * rank)));
            ranked.add(ranked("B", rank, String.valueOf(99 - 3 * rank)));
            ranked.add(ranked("C", rank, String.valueOf(97 - rank)));
        }

        Map<String, PrizeLevel> awards = PrizeRanking.propose(ranked, PrizeStructure.sonLaTechPreset());

        assertThat(awards).hasSize(22);
        for (String field : List.of("A", "B", "C")) {
            PrizeLevel previous = PrizeLevel.SPECIAL;
            boolean gap = false;
            for (int rank = 1; rank <= 15; rank++) {
                PrizeLevel level = awards.get(field + "-" + rank);
                if (level == null) {
                    gap = true;
                    continue;
                }
                assertThat(gap).as("an award below an unawarded better entry in " + field).isFalse();
                assertThat(level.higherThan(previous)).isFalse();
                previous = level;
            }
        }
        assertThat(PrizeRanking.check(awards, ranked, PrizeStructure.sonLaTechPreset())).isEmpty();
    }

    @Test
    void anAwardToAnEntryNotRankedOrNotQualifyingIsRefused() {
        List<Ranked> ranked = PrizeRanking.rank(List.of(entry("001", "A", "25", "25", "30"),
                                                        entry("002", "A", "10", "10", "20")), standard, Map.of());
        PrizeStructure prizes = PrizeStructure.sonLaTechPreset();

        assertRefused(PrizeRanking.check(Map.of("e-999", PrizeLevel.FIRST), ranked, prizes),
                      "contest.scoring.not-ranked").satisfies(r -> assertThat(r.details())
                .containsEntry("entryId", "e-999"));
        assertRefused(PrizeRanking.check(Map.of("e-002", PrizeLevel.CONSOLATION), ranked, prizes),
                      "contest.scoring.below-minimum").satisfies(r -> assertThat(r.details())
                .containsEntry("entryId", "e-002"));
    }

    @Test
    void morePrizesOfALevelThanTheEditionGivesAreRefused() {
        List<Ranked> ranked = List.of(ranked("A", 1, "90"), ranked("B", 1, "88"));
        Map<String, PrizeLevel> twoFirsts = new LinkedHashMap<>();
        twoFirsts.put("A-1", PrizeLevel.FIRST);
        twoFirsts.put("B-1", PrizeLevel.FIRST);

        assertRefused(PrizeRanking.check(twoFirsts, ranked, PrizeStructure.sonLaTechPreset()),
                      "contest.scoring.quota-exceeded").satisfies(r -> assertThat(r.details())
                .containsEntry("level", "FIRST").containsEntry("max", 1).containsEntry("given", 2));
        assertRefused(PrizeRanking.check(Map.of("A-1", PrizeLevel.SPECIAL), ranked, PrizeStructure.sonLaTechPreset()),
                      "contest.scoring.quota-exceeded").satisfies(r -> assertThat(r.details())
                .containsEntry("level", "SPECIAL").containsEntry("max", 0));
    }

    @Test
    void morePrizesOfALevelInOneFieldThanItsCapAreRefused() {
        List<Ranked> ranked = List.of(ranked("A", 1, "90"), ranked("A", 2, "88"));
        Map<String, PrizeLevel> twoFirsts = new LinkedHashMap<>();
        twoFirsts.put("A-1", PrizeLevel.FIRST);
        twoFirsts.put("A-2", PrizeLevel.FIRST);

        assertRefused(PrizeRanking.check(twoFirsts, ranked, PrizeStructure.vifotecPreset()),
                      "contest.scoring.field-quota-exceeded").satisfies(r -> assertThat(r.details())
                .containsEntry("level", "FIRST").containsEntry("field", "A").containsEntry("max", 1)
                .containsEntry("given", 2));
    }

    @Test
    void aWorseRankedEntryCannotBeAwardedOverABetterRankedQualifyingOne() {
        List<Ranked> ranked = List.of(ranked("A", 1, "90"), ranked("A", 2, "85"), ranked("A", 3, "80"));
        PrizeStructure prizes = PrizeStructure.sonLaTechPreset();

        Map<String, PrizeLevel> inverted = new LinkedHashMap<>();
        inverted.put("A-1", PrizeLevel.SECOND);
        inverted.put("A-2", PrizeLevel.FIRST);
        assertRefused(PrizeRanking.check(inverted, ranked, prizes), "contest.scoring.against-ranking")
                .satisfies(r -> assertThat(r.details()).containsEntry("entryId", "A-2")
                        .containsEntry("betterEntryId", "A-1").containsEntry("field", "A"));

        Map<String, PrizeLevel> skipping = new LinkedHashMap<>();
        skipping.put("A-1", PrizeLevel.FIRST);
        skipping.put("A-3", PrizeLevel.SECOND);
        assertRefused(PrizeRanking.check(skipping, ranked, prizes), "contest.scoring.against-ranking")
                .satisfies(r -> assertThat(r.details()).containsEntry("entryId", "A-3")
                        .containsEntry("betterEntryId", "A-2"));

        Map<String, PrizeLevel> equal = new LinkedHashMap<>();
        equal.put("A-1", PrizeLevel.SECOND);
        equal.put("A-2", PrizeLevel.SECOND);
        assertThat(PrizeRanking.check(equal, ranked, prizes)).isEmpty();
    }

    @Test
    void aBetterRankedEntryThatDoesNotQualifyIsPassedOver() {
        Ranked barred = new Ranked("A-1", "A-1", "A", 1, new BigDecimal("90"), false,
                                   "contest.scoring.zero-criterion", false);
        List<Ranked> ranked = List.of(barred, ranked("A", 2, "85"));

        assertThat(PrizeRanking.check(Map.of("A-2", PrizeLevel.FIRST), ranked, PrizeStructure.sonLaTechPreset()))
                .isEmpty();
        assertRefused(PrizeRanking.check(Map.of("A-1", PrizeLevel.FIRST), ranked, PrizeStructure.sonLaTechPreset()),
                      "contest.scoring.zero-criterion");
    }

    @Test
    void tiedEntriesMayBeOrderedEitherWay() {
        List<Ranked> ranked = PrizeRanking.rank(List.of(entry("001", "A", "25", "25", "30"),
                                                        entry("002", "A", "20", "20", "30"),
                                                        entry("003", "A", "20", "20", "30")), standard, Map.of());
        assertThat(find(ranked, "003").tiedWithPrevious()).isTrue();
        PrizeStructure prizes = PrizeStructure.sonLaTechPreset();

        Map<String, PrizeLevel> swapped = new LinkedHashMap<>();
        swapped.put("e-001", PrizeLevel.FIRST);
        swapped.put("e-003", PrizeLevel.SECOND);
        swapped.put("e-002", PrizeLevel.THIRD);
        assertThat(PrizeRanking.check(swapped, ranked, prizes)).isEmpty();

        Map<String, PrizeLevel> onlyTheLaterOne = new LinkedHashMap<>();
        onlyTheLaterOne.put("e-001", PrizeLevel.FIRST);
        onlyTheLaterOne.put("e-003", PrizeLevel.SECOND);
        assertThat(PrizeRanking.check(onlyTheLaterOne, ranked, prizes)).isEmpty();

        // The tie does not reach the entry above it.
        Map<String, PrizeLevel> overTheFirst = new LinkedHashMap<>();
        overTheFirst.put("e-001", PrizeLevel.SECOND);
        overTheFirst.put("e-003", PrizeLevel.FIRST);
        assertRefused(PrizeRanking.check(overTheFirst, ranked, prizes), "contest.scoring.against-ranking");
    }

    private static ObjectAssert<Rejection> assertRefused(Optional<Rejection> refusal, String rule) {
        assertThat(refusal).isPresent();
        assertThat(refusal.get().rule()).isEqualTo(rule);
        assertThat(refusal.get().messageVi()).isNotBlank();
        assertThat(refusal.get().messageEn()).isNotBlank();
        return assertThat(refusal.get());
    }
}
