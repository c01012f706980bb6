package vn.lienhiep.contest.common.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The rule on judges who disagree (chênh lệch điểm, as in Bình Định's technical-innovation contest and the Youth
 * Creativity Contest): when two judges' totals for one entry differ by more than the scheme's threshold, the entry goes
 * to the whole sub-panel (tiểu ban) for a re-score, and the re-score's sheets count instead.
 */
public final class Divergence {

    private Divergence() {
    }

    /**
     * The gap between the highest and the lowest total of the sheets, when it is strictly above the scheme's threshold;
     * empty when it is not (a gap exactly at the threshold is accepted) or with fewer than two sheets.
     */
    public static Optional<BigDecimal> between(List<ScoreSheet> sheets, ScoringScheme scheme) {
        if (sheets == null || sheets.size() < 2) {
            return Optional.empty();
        }
        BigDecimal highest = sheets.stream().map(ScoreSheet::total).max(BigDecimal::compareTo).orElseThrow();
        BigDecimal lowest = sheets.stream().map(ScoreSheet::total).min(BigDecimal::compareTo).orElseThrow();
        BigDecimal gap = highest.subtract(lowest);
        return gap.compareTo(scheme.divergenceThreshold()) > 0 ? Optional.of(gap) : Optional.empty();
    }
}
