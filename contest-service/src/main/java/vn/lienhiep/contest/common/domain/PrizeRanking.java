package vn.lienhiep.contest.common.domain;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.kernel.Rejection;

/**
 * From scores to prizes (xếp hạng và đề xuất giải): each sub-panel ranks its field's entries, the platform suggests
 * the awards the structure allows, and a jury's own proposal is checked against the ranking and the caps. The jury
 * decides; the suggestion only spares it the counting.
 */
public final class PrizeRanking {

    /** An entry with no counted sheet has not been scored and cannot be awarded. */
    public static final String NOT_SCORED = "contest.scoring.not-scored";
    /** The mean total is below the scheme's minimum for a prize. */
    public static final String BELOW_MINIMUM = "contest.scoring.below-minimum";
    /** A criterion's mean is 0 while the scheme refuses prizes to such entries. */
    public static final String ZERO_CRITERION = "contest.scoring.zero-criterion";
    /** An award names an entry the ranking does not hold. */
    public static final String NOT_RANKED = "contest.scoring.not-ranked";
    /** More prizes of one level than the edition gives. */
    public static final String QUOTA_EXCEEDED = "contest.scoring.quota-exceeded";
    /** More prizes of one level in one field than the per-field cap. */
    public static final String FIELD_QUOTA_EXCEEDED = "contest.scoring.field-quota-exceeded";
    /** A worse-ranked entry would get a higher prize than, or be awarded over, a better-ranked qualifying one. */
    public static final String AGAINST_RANKING = "contest.scoring.against-ranking";

    /** Best first: higher total, then higher tie-break means in order, then the lower entry number. */
    private static final Comparator<Ranked> BEST_FIRST = Comparator.comparing(Ranked::total, Comparator.reverseOrder())
            .thenComparing(Ranked::tieBreakMeans, PrizeRanking::higherMeansFirst)
            .thenComparing(Ranked::entryNo, Comparator.nullsLast(Comparator.naturalOrder()));

    private PrizeRanking() {
    }

    /**
     * Ranks each field's entries (fields in the order of their codes): by the total that counts (the normalised mean
     * when the scheme normalises and the entry has one, else the raw mean), equal totals by the scheme's tie-break
     * criteria's means in order (effectiveness, then novelty, by default), then by entry number; an entry still equal
     * to the one above it after the tie-breaks is flagged {@code tiedWithPrevious} for the jury. An entry qualifies for
     * a prize when it was scored, its raw mean total reaches the scheme's minimum (the minimum is in the rules' own
     * points, so normalisation does not move it) and, when the scheme says so, no criterion's mean is 0 (a criterion
     * of the scheme that no counted sheet scores counts as 0).
     */
    public static List<Ranked> rank(List<Standing> standings, ScoringScheme scheme,
                                    Map<String, NormalisedTotal> normalised) {
        Map<String, NormalisedTotal> adjusted = normalised == null ? Map.of() : normalised;
        Map<String, List<Ranked>> byField = new TreeMap<>();
        for (Standing standing : standings == null ? List.<Standing>of() : standings) {
            NormalisedTotal total = adjusted.get(standing.entryId());
            BigDecimal counts = scheme.normalised() && total != null ? total.normalisedMean() : standing.meanTotal();
            List<BigDecimal> tieBreak = scheme.tieBreak().stream().map(standing::meanOf).toList();
            String barredBy = disqualification(standing, scheme);
            byField.computeIfAbsent(standing.field(), f -> new ArrayList<>())
                    .add(new Ranked(standing.entryId(), standing.entryNo(), standing.field(), 0, counts,
                                    barredBy == null, barredBy, false, tieBreak));
        }
        List<Ranked> result = new ArrayList<>();
        for (List<Ranked> field : byField.values()) {
            field.sort(BEST_FIRST);
            Ranked previous = null;
            for (int i = 0; i < field.size(); i++) {
                Ranked entry = field.get(i);
                boolean tied = previous != null && previous.total().compareTo(entry.total()) == 0
                               && higherMeansFirst(previous.tieBreakMeans(), entry.tieBreakMeans()) == 0;
                Ranked placed = new Ranked(entry.entryId(), entry.entryNo(), entry.field(), i + 1, entry.total(),
                                           entry.qualifies(), entry.disqualifiedBy(), tied, entry.tieBreakMeans());
                result.add(placed);
                previous = placed;
            }
        }
        return List.copyOf(result);
    }

    /**
     * The suggested awards, by entry id. Level by level in award order, the level goes again and again to the best
     * qualifying entry among the fields' best entries not yet awarded (highest total; ties as in {@link #rank}, then by
     * entry number), skipping fields that reached the level's per-field cap, until the level's edition-wide cap is
     * reached or no candidate remains. Each field's entries are taken in their ranking order, so within a field a
     * better-ranked entry never gets a lower level than a worse-ranked one.
     */
    public static Map<String, PrizeLevel> propose(List<Ranked> ranked, PrizeStructure prizes) {
        Map<String, Deque<Ranked>> heads = new TreeMap<>();
        for (Ranked entry : inRankOrder(ranked)) {
            if (entry.qualifies()) {
                heads.computeIfAbsent(entry.field(), f -> new ArrayDeque<>()).add(entry);
            }
        }
        Comparator<Ranked> acrossFields = BEST_FIRST.thenComparing(Ranked::field);
        Map<String, PrizeLevel> awards = new LinkedHashMap<>();
        for (PrizeSlot slot : prizes.slots()) {
            Map<String, Integer> inField = new HashMap<>();
            int given = 0;
            while (given < slot.maxCount()) {
                Optional<Ranked> best = heads.entrySet().stream()
                        .filter(head -> !head.getValue().isEmpty())
                        .filter(head -> slot.fieldAllows(inField.getOrDefault(head.getKey(), 0) + 1))
                        .map(head -> head.getValue().peekFirst())
                        .min(acrossFields);
                if (best.isEmpty()) {
                    break;
                }
                Ranked winner = heads.get(best.get().field()).pollFirst();
                awards.put(winner.entryId(), slot.level());
                inField.merge(winner.field(), 1, Integer::sum);
                given++;
            }
        }
        return Collections.unmodifiableMap(awards);
    }

    /**
     * Whether a jury's proposed awards keep the rules: every awarded entry is ranked and qualifies (refused with the
     * rule that bars it); no level is given more often than the edition's cap or, within one field, the per-field cap
     * (a level the structure does not have has cap 0); and within a field the awards follow the ranking: a worse-ranked
     * entry gets neither a higher level than a better-ranked qualifying one nor a prize the better one goes without.
     * Entries flagged as tied ({@code tiedWithPrevious}, in a chain) may be ordered either way. The first refusal
     * found is returned (answered 422).
     */
    public static Optional<Rejection> check(Map<String, PrizeLevel> awards, List<Ranked> ranked,
                                            PrizeStructure prizes) {
        Map<String, PrizeLevel> given = awards == null ? Map.of() : awards;
        Map<String, Ranked> byId = new HashMap<>();
        inRankOrder(ranked).forEach(entry -> byId.put(entry.entryId(), entry));

        for (Map.Entry<String, PrizeLevel> award : given.entrySet()) {
            if (award.getValue() == null) {
                throw new InvalidInput("awards", "mỗi bài được đề xuất phải có mức giải",
                                       "every proposed entry needs a prize level");
            }
            Ranked entry = byId.get(award.getKey());
            if (entry == null) {
                return Optional.of(Rejection.of(NOT_RANKED,
                                                "Bài dự thi " + award.getKey() + " không có trong bảng xếp hạng",
                                                "Entry " + award.getKey() + " is not in the ranking")
                                           .with("entryId", String.valueOf(award.getKey())));
            }
            if (!entry.qualifies()) {
                return Optional.of(barred(entry));
            }
        }

        Map<PrizeLevel, Map<String, Integer>> counts = new EnumMap<>(PrizeLevel.class);
        given.forEach((entryId, level) -> counts.computeIfAbsent(level, l -> new TreeMap<>())
                .merge(byId.get(entryId).field(), 1, Integer::sum));
        for (Map.Entry<PrizeLevel, Map<String, Integer>> level : counts.entrySet()) {
            Optional<PrizeSlot> slot = prizes.slot(level.getKey());
            int total = level.getValue().values().stream().mapToInt(Integer::intValue).sum();
            int max = slot.map(PrizeSlot::maxCount).orElse(0);
            if (total > max) {
                return Optional.of(Rejection.of(QUOTA_EXCEEDED,
                                                "Số " + level.getKey().labelVi() + " đề xuất (" + total
                                                + ") vượt quá số giải của cuộc thi (" + max + ")",
                                                "More " + level.getKey().labelEn() + "s proposed (" + total
                                                + ") than the edition gives (" + max + ")")
                                           .with("level", level.getKey().name()).with("max", max)
                                           .with("given", total));
            }
            for (Map.Entry<String, Integer> field : level.getValue().entrySet()) {
                if (!slot.orElseThrow().fieldAllows(field.getValue())) {
                    int fieldMax = slot.orElseThrow().maxPerField();
                    return Optional.of(Rejection.of(FIELD_QUOTA_EXCEEDED,
                                                    "Số " + level.getKey().labelVi() + " đề xuất trong lĩnh vực "
                                                    + field.getKey() + " (" + field.getValue()
                                                    + ") vượt quá số giải mỗi lĩnh vực (" + fieldMax + ")",
                                                    "More " + level.getKey().labelEn() + "s proposed in field "
                                                    + field.getKey() + " (" + field.getValue()
                                                    + ") than each field may have (" + fieldMax + ")")
                                               .with("level", level.getKey().name()).with("field", field.getKey())
                                               .with("max", fieldMax).with("given", field.getValue()));
                }
            }
        }

        return againstRanking(given, inRankOrder(ranked));
    }

    /** Within each field, the first awarded entry placed over a better-ranked qualifying one outside its tie. */
    private static Optional<Rejection> againstRanking(Map<String, PrizeLevel> given, List<Ranked> ranked) {
        Map<String, List<Ranked>> byField = new TreeMap<>();
        ranked.forEach(entry -> byField.computeIfAbsent(entry.field(), f -> new ArrayList<>()).add(entry));
        for (List<Ranked> field : byField.values()) {
            int[] tieGroup = new int[field.size()];
            for (int i = 1; i < field.size(); i++) {
                tieGroup[i] = field.get(i).tiedWithPrevious() ? tieGroup[i - 1] : tieGroup[i - 1] + 1;
            }
            for (int worse = 0; worse < field.size(); worse++) {
                PrizeLevel awarded = given.get(field.get(worse).entryId());
                if (awarded == null) {
                    continue;
                }
                for (int better = 0; better < worse; better++) {
                    Ranked above = field.get(better);
                    if (!above.qualifies() || tieGroup[better] == tieGroup[worse]) {
                        continue;
                    }
                    PrizeLevel aboveLevel = given.get(above.entryId());
                    if (aboveLevel == null || awarded.higherThan(aboveLevel)) {
                        Ranked below = field.get(worse);
                        Rejection rejection = Rejection.of(
                                AGAINST_RANKING,
                                "Bài " + below.entryNo() + " (hạng " + below.rankInField() + ") không thể nhận giải"
                                + " cao hơn bài " + above.entryNo() + " (hạng " + above.rankInField()
                                + ") cùng lĩnh vực",
                                "Entry " + below.entryNo() + " (rank " + below.rankInField() + ") cannot be awarded"
                                + " over entry " + above.entryNo() + " (rank " + above.rankInField()
                                + ") of the same field")
                                .with("entryId", below.entryId()).with("betterEntryId", above.entryId())
                                .with("field", below.field()).with("level", awarded.name());
                        return Optional.of(aboveLevel == null ? rejection
                                : rejection.with("betterLevel", aboveLevel.name()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The rule that bars the entry from a prize, or null when it qualifies. */
    private static String disqualification(Standing standing, ScoringScheme scheme) {
        if (standing.counted().isEmpty()) {
            return NOT_SCORED;
        }
        if (standing.meanTotal().compareTo(scheme.minTotalForPrize()) < 0) {
            return BELOW_MINIMUM;
        }
        if (scheme.noZeroCriterion() && (standing.anyCriterionZero()
                                         || scheme.criteria().stream().anyMatch(c -> standing.meanIsZero(c.code())))) {
            return ZERO_CRITERION;
        }
        return null;
    }

    private static Rejection barred(Ranked entry) {
        String rule = entry.disqualifiedBy() == null ? NOT_SCORED : entry.disqualifiedBy();
        Rejection rejection = switch (rule) {
            case BELOW_MINIMUM -> Rejection.of(rule, "Bài " + entry.entryNo() + " chưa đạt điểm tối thiểu để xét giải",
                                               "Entry " + entry.entryNo() + " is below the minimum total for a prize");
            case ZERO_CRITERION -> Rejection.of(rule, "Bài " + entry.entryNo()
                                                      + " có tiêu chí bị 0 điểm nên không được xét giải",
                                                "Entry " + entry.entryNo()
                                                + " has a criterion scored 0, so it cannot receive a prize");
            case NOT_SCORED -> Rejection.of(rule, "Bài " + entry.entryNo() + " chưa được chấm điểm",
                                            "Entry " + entry.entryNo() + " has not been scored");
            default -> Rejection.of(rule, "Bài " + entry.entryNo() + " không đủ điều kiện xét giải",
                                    "Entry " + entry.entryNo() + " does not qualify for a prize");
        };
        return rejection.with("entryId", entry.entryId());
    }

    /** The ranking sorted by field, then rank, whatever order the caller holds it in. */
    private static List<Ranked> inRankOrder(List<Ranked> ranked) {
        List<Ranked> sorted = new ArrayList<>(ranked == null ? List.of() : ranked);
        sorted.sort(Comparator.comparing(Ranked::field).thenComparingInt(Ranked::rankInField));
        return sorted;
    }

    /** Orders tie-break means so the higher come first; lists of unequal length compare on their common prefix. */
    private static int higherMeansFirst(List<BigDecimal> left, List<BigDecimal> right) {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int byMean = right.get(i).compareTo(left.get(i));
            if (byMean != 0) {
                return byMean;
            }
        }
        return 0;
    }
}
