package vn.lienhiep.contest.common.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One entry's place in its field's ranking ({@link PrizeRanking#rank}), and whether it may receive a prize.
 *
 * @param entryId          the entry
 * @param entryNo          its number in the edition (số báo danh)
 * @param field            the field it is ranked in
 * @param rankInField      1 for the best of the field, then 2, 3, … (ties are ordered by entry number, never shared)
 * @param total            the total that ranks it: the normalised mean when the scheme normalises, else the raw mean
 * @param qualifies        whether it may receive a prize
 * @param disqualifiedBy   the rule code that bars it from a prize, or null when it qualifies
 * @param tiedWithPrevious equal to the entry ranked just above it after every tie-break but the entry number, so the
 *                         jury may order the two either way
 * @param tieBreakMeans    the means of the scheme's tie-break criteria, in the scheme's order; what orders equal totals
 *                         within the field and, in {@link PrizeRanking#propose}, across fields
 */
public record Ranked(String entryId, String entryNo, String field, int rankInField, BigDecimal total,
                     boolean qualifies, String disqualifiedBy, boolean tiedWithPrevious,
                     List<BigDecimal> tieBreakMeans) {

    /** Keeps an immutable copy of the tie-break means. */
    public Ranked {
        tieBreakMeans = tieBreakMeans == null ? List.of() : List.copyOf(tieBreakMeans);
    }

    /** A ranked entry without tie-break means: equal totals are then ordered by entry number only. */
    public Ranked(String entryId, String entryNo, String field, int rankInField, BigDecimal total, boolean qualifies,
                  String disqualifiedBy, boolean tiedWithPrevious) {
        this(entryId, entryNo, field, rankInField, total, qualifies, disqualifiedBy, tiedWithPrevious, List.of());
    }
}
