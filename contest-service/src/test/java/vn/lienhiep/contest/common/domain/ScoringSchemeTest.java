package vn.lienhiep.contest.common.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assertj.core.api.ObjectAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.kernel.Rejection;

/** The rules' scoring sheet: its presets, what makes a scheme impossible, and the judge's sheet refused by rule. */
class ScoringSchemeTest {

    private final ScoringScheme standard = ScoringScheme.standard();

    @Test
    void prizeLevelsComeInAwardOrderWithTheirVietnameseNames() {
        assertThat(PrizeLevel.values()).containsExactly(PrizeLevel.SPECIAL, PrizeLevel.FIRST, PrizeLevel.SECOND,
                                                        PrizeLevel.THIRD, PrizeLevel.CONSOLATION, PrizeLevel.MOVEMENT);
        assertThat(PrizeLevel.SPECIAL.labelVi()).isEqualTo("Giải Đặc biệt");
        assertThat(PrizeLevel.FIRST.labelVi()).isEqualTo("Giải Nhất");
        assertThat(PrizeLevel.SECOND.labelVi()).isEqualTo("Giải Nhì");
        assertThat(PrizeLevel.THIRD.labelVi()).isEqualTo("Giải Ba");
        assertThat(PrizeLevel.CONSOLATION.labelVi()).isEqualTo("Giải Khuyến khích");
        assertThat(PrizeLevel.MOVEMENT.labelVi()).isEqualTo("Giải Phong trào");
        assertThat(PrizeLevel.CONSOLATION.labelEn()).isEqualTo("Consolation prize");
        assertThat(PrizeLevel.FIRST.higherThan(PrizeLevel.SECOND)).isTrue();
        assertThat(PrizeLevel.SECOND.higherThan(PrizeLevel.FIRST)).isFalse();
    }

    @Test
    void theStandardSchemeIsThirtyThirtyFortyJudgedByTwo() {
        assertThat(standard.criteria()).extracting(Criterion::code, Criterion::maxPoints)
                .containsExactly(tuple(Criterion.NOVELTY, 30),
                                 tuple(Criterion.APPLICABILITY, 30),
                                 tuple(Criterion.EFFECTIVENESS, 40));
        assertThat(standard.criterion(Criterion.NOVELTY)).map(Criterion::nameVi).contains("Tính mới, tính sáng tạo");
        assertThat(standard.criterion(Criterion.APPLICABILITY)).map(Criterion::nameVi).contains("Khả năng áp dụng");
        assertThat(standard.criterion(Criterion.EFFECTIVENESS)).map(Criterion::nameVi)
                .contains("Hiệu quả kinh tế – kỹ thuật – xã hội");
        assertThat(standard.criterion(Criterion.COMMUNITY_VOTE)).isEmpty();
        assertThat(standard.maxTotal()).isEqualTo(100);
        assertThat(standard.judgesPerEntry()).isEqualTo(2);
        assertThat(standard.divergenceThreshold()).isEqualByComparingTo("15");
        assertThat(standard.minTotalForPrize()).isEqualByComparingTo("50");
        assertThat(standard.noZeroCriterion()).isTrue();
        assertThat(standard.normalised()).isFalse();
        assertThat(standard.tieBreak()).containsExactly(Criterion.EFFECTIVENESS, Criterion.NOVELTY);
    }

    @Test
    void thaiNguyenAddsTwentyPointsOfCommunityVoteToEightyOfTheJury() {
        ScoringScheme thaiNguyen = ScoringScheme.thaiNguyen();

        assertThat(thaiNguyen.criteria()).extracting(Criterion::code)
                .containsExactly(Criterion.NOVELTY, Criterion.EFFECTIVENESS, Criterion.APPLICABILITY,
                                 Criterion.COMMUNITY_VOTE);
        assertThat(thaiNguyen.criteria()).extracting(Criterion::maxPoints).containsExactly(20, 30, 30, 20);
        assertThat(thaiNguyen.criterion(Criterion.COMMUNITY_VOTE)).map(Criterion::nameVi)
                .contains("Bình chọn của cộng đồng");
        assertThat(thaiNguyen.maxTotal()).isEqualTo(100);
        assertThat(thaiNguyen.judgesPerEntry()).isEqualTo(2);
        assertThat(thaiNguyen.divergenceThreshold()).isEqualByComparingTo("15");
        assertThat(thaiNguyen.minTotalForPrize()).isEqualByComparingTo("50");
        assertThat(thaiNguyen.tieBreak()).containsExactly(Criterion.EFFECTIVENESS, Criterion.NOVELTY);
    }

    @Test
    void communityVotePointsAreProportionalToTheMostVotedEntryToATenth() {
        assertThat(ScoringScheme.communityVotePoints(20, 300, 300)).isEqualByComparingTo("20.0");
        assertThat(ScoringScheme.communityVotePoints(20, 150, 300)).isEqualByComparingTo("10.0");
        // 20 × 1 / 3 = 6.666… → 6.7; 20 × 1 / 8 = 2.5 exactly; 20 × 1 / 160 = 0.125 → 0.1; 20 × 3 / 160 = 0.375 → 0.4
        assertThat(ScoringScheme.communityVotePoints(20, 1, 3)).isEqualTo(new BigDecimal("6.7"));
        assertThat(ScoringScheme.communityVotePoints(20, 1, 8)).isEqualTo(new BigDecimal("2.5"));
        assertThat(ScoringScheme.communityVotePoints(20, 1, 160)).isEqualTo(new BigDecimal("0.1"));
        assertThat(ScoringScheme.communityVotePoints(20, 3, 160)).isEqualTo(new BigDecimal("0.4"));
        // 20 × 1 / 400 = 0.05 → half up to 0.1
        assertThat(ScoringScheme.communityVotePoints(20, 1, 400)).isEqualTo(new BigDecimal("0.1"));
        assertThat(ScoringScheme.communityVotePoints(20, 0, 0)).isEqualByComparingTo("0");
        assertThatThrownBy(() -> ScoringScheme.communityVotePoints(20, 5, 3)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> ScoringScheme.communityVotePoints(20, -1, 3)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aCriterionMustBeWorthAtLeastOnePoint() {
        assertThatThrownBy(() -> new Criterion("X", "X", "X", 0))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("criteria"));
        assertThat(new Criterion("X", " Tiêu  chí ", "Criterion", 1).nameVi()).isEqualTo("Tiêu chí");
    }

    @Test
    void impossibleSchemesAreRefusedNamingTheScoringField() {
        List<Criterion> criteria = standard.criteria();
        BigDecimal fifteen = BigDecimal.valueOf(15);
        BigDecimal fifty = BigDecimal.valueOf(50);
        List<String> tieBreak = List.of(Criterion.EFFECTIVENESS);

        assertScoringInvalid(() -> new ScoringScheme(List.of(), 2, fifteen, fifty, true, false, tieBreak));
        assertScoringInvalid(() -> new ScoringScheme(List.of(Criterion.novelty(30), Criterion.novelty(20)), 2,
                                                     fifteen, fifty, true, false, List.of()));
        assertScoringInvalid(() -> new ScoringScheme(criteria, 0, fifteen, fifty, true, false, tieBreak));
        assertScoringInvalid(() -> new ScoringScheme(criteria, 10, fifteen, fifty, true, false, tieBreak));
        assertScoringInvalid(() -> new ScoringScheme(criteria, 2, BigDecimal.valueOf(-1), fifty, true, false,
                                                     tieBreak));
        assertScoringInvalid(() -> new ScoringScheme(criteria, 2, fifteen, BigDecimal.valueOf(-1), true, false,
                                                     tieBreak));
        assertScoringInvalid(() -> new ScoringScheme(criteria, 2, fifteen, BigDecimal.valueOf(101), true, false,
                                                     tieBreak));
        assertScoringInvalid(() -> new ScoringScheme(criteria, 2, fifteen, fifty, true, false,
                                                     List.of(Criterion.COMMUNITY_VOTE)));
        assertThat(new ScoringScheme(criteria, 9, BigDecimal.ZERO, BigDecimal.valueOf(100), false, false, null)
                           .tieBreak()).isEmpty();
    }

    @Test
    void withNormalisedChangesOnlyTheFlag() {
        ScoringScheme normalised = standard.withNormalised(true);

        assertThat(normalised.normalised()).isTrue();
        assertThat(normalised.withNormalised(false)).isEqualTo(standard);
    }

    @Test
    void aCompleteSheetWithinTheMaximaInTenthsIsAccepted() {
        assertThat(standard.checkSheet(points("25.5", "30", "0"))).isEmpty();
        assertThat(standard.checkSheet(points("7.50", "0.0", "40"))).isEmpty();
    }

    @Test
    void aSheetMissingACriterionIsRefusedNamingIt() {
        Map<String, BigDecimal> sheet = points("25", "20", "30");
        sheet.remove(Criterion.APPLICABILITY);

        assertRefused(standard.checkSheet(sheet), "contest.scoring.criterion-missing")
                .satisfies(r -> assertThat(r.details()).containsEntry("criterion", Criterion.APPLICABILITY));
        assertRefused(standard.checkSheet(null), "contest.scoring.criterion-missing");
    }

    @Test
    void aSheetWithACriterionTheSchemeHasNotIsRefused() {
        Map<String, BigDecimal> sheet = points("25", "20", "30");
        sheet.put(Criterion.COMMUNITY_VOTE, BigDecimal.TEN);

        assertRefused(standard.checkSheet(sheet), "contest.scoring.criterion-unknown")
                .satisfies(r -> assertThat(r.details()).containsEntry("criterion", Criterion.COMMUNITY_VOTE));
    }

    @Test
    void pointsAboveTheMaximumOrBelowZeroAreRefusedWithTheLimit() {
        assertRefused(standard.checkSheet(points("30.1", "20", "30")), "contest.scoring.out-of-range")
                .satisfies(r -> assertThat(r.details()).containsEntry("criterion", Criterion.NOVELTY)
                        .containsEntry("max", 30).containsEntry("given", new BigDecimal("30.1")));
        assertRefused(standard.checkSheet(points("20", "20", "-1")), "contest.scoring.out-of-range")
                .satisfies(r -> assertThat(r.details()).containsEntry("criterion", Criterion.EFFECTIVENESS)
                        .containsEntry("max", 40));
        assertThat(standard.checkSheet(points("30", "30", "40"))).isEmpty();
    }

    @Test
    void pointsFinerThanATenthAreRefused() {
        assertRefused(standard.checkSheet(points("20.25", "20", "30")), "contest.scoring.precision")
                .satisfies(r -> assertThat(r.details()).containsEntry("criterion", Criterion.NOVELTY));
    }

    static Map<String, BigDecimal> points(String novelty, String applicability, String effectiveness) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        points.put(Criterion.NOVELTY, new BigDecimal(novelty));
        points.put(Criterion.APPLICABILITY, new BigDecimal(applicability));
        points.put(Criterion.EFFECTIVENESS, new BigDecimal(effectiveness));
        return points;
    }

    private static ObjectAssert<Rejection> assertRefused(Optional<Rejection> refusal, String rule) {
        assertThat(refusal).isPresent();
        assertThat(refusal.get().rule()).isEqualTo(rule);
        assertThat(refusal.get().messageVi()).isNotBlank();
        assertThat(refusal.get().messageEn()).isNotBlank();
        return assertThat(refusal.get());
    }

    private static void assertScoringInvalid(ThrowingCallable scheme) {
        assertThatThrownBy(scheme)
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("scoring"));
    }
}
