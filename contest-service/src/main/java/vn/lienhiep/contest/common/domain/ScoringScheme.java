package vn.lienhiep.contest.common.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.kernel.Rejection;

/**
 * How an edition's entries are scored (phương pháp chấm điểm), as its rules (thể lệ) set it: the criteria and their
 * points, how many judges score each entry independently, the gap between two judges' totals that sends the entry to
 * the whole sub-panel (tiểu ban) for a re-score, the minimum total for a prize, and how ties are broken.
 *
 * @param criteria            the sheet's criteria, in the order the sheet shows them; at least one, codes unique
 * @param judgesPerEntry      judges who score each entry independently (1 to 9)
 * @param divergenceThreshold a gap between judges' totals strictly above this sends the entry for a re-score
 * @param minTotalForPrize    an entry whose mean total is below this gets no prize (0 to {@link #maxTotal()})
 * @param noZeroCriterion     an entry with a criterion scored 0 (by the mean across judges) gets no prize
 * @param normalised          ranking reads the totals adjusted for the judges' severity ({@link Normalisation})
 * @param tieBreak            criterion codes whose means break equal totals, in order
 */
public record ScoringScheme(List<Criterion> criteria, int judgesPerEntry, BigDecimal divergenceThreshold,
                            BigDecimal minTotalForPrize, boolean noZeroCriterion, boolean normalised,
                            List<String> tieBreak) {

    /** Refuses a scheme no sheet could satisfy or whose rules name what it does not have. */
    public ScoringScheme {
        if (criteria == null || criteria.isEmpty() || criteria.stream().anyMatch(Objects::isNull)) {
            throw invalid("phải có ít nhất một tiêu chí chấm điểm", "must list at least one criterion");
        }
        criteria = List.copyOf(criteria);
        Set<String> codes = new HashSet<>();
        for (Criterion criterion : criteria) {
            if (!codes.add(criterion.code())) {
                throw invalid("mã tiêu chí " + criterion.code() + " bị trùng",
                              "criterion code " + criterion.code() + " is listed twice");
            }
        }
        if (judgesPerEntry < 1 || judgesPerEntry > 9) {
            throw invalid("số giám khảo chấm mỗi bài phải từ 1 đến 9", "judges per entry must be 1 to 9");
        }
        if (divergenceThreshold == null || divergenceThreshold.signum() < 0) {
            throw invalid("ngưỡng chênh lệch điểm không được âm", "the divergence threshold cannot be negative");
        }
        int max = criteria.stream().mapToInt(Criterion::maxPoints).sum();
        if (minTotalForPrize == null || minTotalForPrize.signum() < 0
            || minTotalForPrize.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw invalid("điểm tối thiểu để xét giải phải từ 0 đến " + max,
                          "the minimum total for a prize must be 0 to " + max);
        }
        tieBreak = tieBreak == null ? List.of() : List.copyOf(tieBreak);
        for (String code : tieBreak) {
            if (!codes.contains(code)) {
                throw invalid("tiêu chí phân định đồng điểm " + code + " không có trong phiếu chấm",
                              "tie-break criterion " + code + " is not on the sheet");
            }
        }
    }

    /**
     * The usual rules of a provincial technical-innovation contest: novelty 30, applicability 30, effectiveness 40;
     * two judges per entry; a gap above 15 points sends the entry for a re-score; 50 points minimum for a prize; no
     * criterion scored 0; raw totals; ties broken by effectiveness, then novelty.
     */
    public static ScoringScheme standard() {
        return new ScoringScheme(List.of(Criterion.novelty(30), Criterion.applicability(30),
                                         Criterion.effectiveness(40)),
                                 2, BigDecimal.valueOf(15), BigDecimal.valueOf(50), true, false,
                                 List.of(Criterion.EFFECTIVENESS, Criterion.NOVELTY));
    }

    /**
     * Thái Nguyên's rules: the jury scores novelty 20, effectiveness 30 and applicability 30, and the public vote adds
     * up to 20 points ({@link #communityVotePoints}); otherwise as {@link #standard()}. The vote's points are entered
     * on every counted sheet of the entry (the same value on each), so they add to the mean without widening the gap
     * between judges.
     */
    public static ScoringScheme thaiNguyen() {
        return new ScoringScheme(List.of(Criterion.novelty(20), Criterion.effectiveness(30),
                                         Criterion.applicability(30), Criterion.communityVote(20)),
                                 2, BigDecimal.valueOf(15), BigDecimal.valueOf(50), true, false,
                                 List.of(Criterion.EFFECTIVENESS, Criterion.NOVELTY));
    }

    /**
     * The points an entry earns from the public vote (bình chọn của cộng đồng): in proportion to the most-voted entry,
     * {@code maxPoints × votes / maxVotes}, rounded half up to 0.1 point; nothing when no one voted.
     */
    public static BigDecimal communityVotePoints(int maxPoints, long votes, long maxVotes) {
        if (maxPoints < 0 || votes < 0 || maxVotes < 0 || votes > maxVotes) {
            throw new InvalidInput("votes", "số phiếu bình chọn phải từ 0 đến số phiếu cao nhất",
                                   "votes must be 0 to the highest number of votes");
        }
        if (maxVotes == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(maxPoints).multiply(BigDecimal.valueOf(votes))
                .divide(BigDecimal.valueOf(maxVotes), 1, RoundingMode.HALF_UP);
    }

    /** The most points an entry can total (thang điểm): the criteria's maxima added up. */
    public int maxTotal() {
        return criteria.stream().mapToInt(Criterion::maxPoints).sum();
    }

    /** The same scheme with ranking reading normalised totals, or raw ones. */
    public ScoringScheme withNormalised(boolean normalised) {
        return new ScoringScheme(criteria, judgesPerEntry, divergenceThreshold, minTotalForPrize, noZeroCriterion,
                                 normalised, tieBreak);
    }

    /** The criterion of that code, if the sheet has it. */
    public Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * Whether one judge's points are a valid sheet of this scheme: every criterion scored, nothing else, each from 0 to
     * its maximum, at most one decimal place (the rules score in tenths of a point). A refusal is the judge's to
     * correct (answered 422 with its rule code), so it is returned, not thrown.
     */
    public Optional<Rejection> checkSheet(Map<String, BigDecimal> points) {
        Map<String, BigDecimal> given = points == null ? Map.of() : points;
        for (Criterion criterion : criteria) {
            if (given.get(criterion.code()) == null) {
                return Optional.of(Rejection.of("contest.scoring.criterion-missing",
                                                "Chưa chấm tiêu chí " + criterion.nameVi(),
                                                "Criterion " + criterion.nameEn() + " is not scored")
                                           .with("criterion", criterion.code()));
            }
        }
        for (String code : given.keySet()) {
            if (criterion(code).isEmpty()) {
                return Optional.of(Rejection.of("contest.scoring.criterion-unknown",
                                                "Tiêu chí " + code + " không có trong phiếu chấm của cuộc thi",
                                                "Criterion " + code + " is not on this contest's sheet")
                                           .with("criterion", String.valueOf(code)));
            }
        }
        for (Criterion criterion : criteria) {
            BigDecimal value = given.get(criterion.code());
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(criterion.maxPoints())) > 0) {
                return Optional.of(Rejection.of("contest.scoring.out-of-range",
                                                "Điểm tiêu chí " + criterion.nameVi() + " phải từ 0 đến "
                                                + criterion.maxPoints(),
                                                "Points for " + criterion.nameEn() + " must be 0 to "
                                                + criterion.maxPoints())
                                           .with("criterion", criterion.code())
                                           .with("max", criterion.maxPoints())
                                           .with("given", value));
            }
            if (value.stripTrailingZeros().scale() > 1) {
                return Optional.of(Rejection.of("contest.scoring.precision",
                                                "Điểm tiêu chí " + criterion.nameVi()
                                                + " chỉ được có tối đa một chữ số thập phân",
                                                "Points for " + criterion.nameEn()
                                                + " may have at most one decimal place")
                                           .with("criterion", criterion.code())
                                           .with("given", value));
            }
        }
        return Optional.empty();
    }

    private static InvalidInput invalid(String messageVi, String messageEn) {
        return new InvalidInput("scoring", messageVi, messageEn);
    }
}
