package vn.lienhiep.membership.workforce.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;


/**
 * Report R-M1 (docs/domain/reports.md#r-m1): the structure of the intellectual workforce from one snapshot. Shares of a breakdown
 * are of the intellectual total, two decimals, half-up (as the seeds print them: 6.30% not 6.3%); the headline share
 * of intellectuals among all cadres, civil servants and public employees is rounded to a whole percent ("86%").
 * Plain Java so the statistics endpoint and tests can call it directly.
 *
 * @param snapshotId              which snapshot the figures come from
 * @param intellectualShare       intellectuals / all civil servants, percent, two decimals
 * @param intellectualSharePercent the same rounded to a whole percent (the published headline)
 * @param checks                  the consistency checks of docs/domain/reports.md#r-m1, one per breakdown
 */
public record IntellectualStructure(String snapshotId, LocalDate asOfDate, String source, int totalCivilServants,
                                    int intellectualsTotal, BigDecimal intellectualShare,
                                    int intellectualSharePercent, List<Share> bySector, List<Share> byDegreeBucket,
                                    List<Share> byField, List<Check> checks) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One category: its count and its share of the intellectual total, percent with two decimals. */
    public record Share(String key, String labelVi, String labelEn, int count, BigDecimal percent) {
    }

    /** A breakdown's sum against the intellectual total. */
    public record Check(String breakdown, long sum, int expected, boolean passes) {
    }

    public static IntellectualStructure of(String snapshotId, WorkforceFigures f) {
        int intellectuals = f.intellectualsTotal();
        BigDecimal share = percent(intellectuals, f.totalCivilServants(), 2);
        return new IntellectualStructure(snapshotId, f.asOfDate(), f.source(), f.totalCivilServants(), intellectuals,
                share, percent(intellectuals, f.totalCivilServants(), 0).intValueExact(),
                shares(f.bySector(), intellectuals, WorkforceSector::labelVi, WorkforceSector::labelEn),
                shares(f.byDegreeBucket(), intellectuals, WorkforceDegreeBucket::labelVi,
                       WorkforceDegreeBucket::labelEn),
                shares(f.byField(), intellectuals, WorkforceField::labelVi, WorkforceField::labelEn),
                List.of(new Check("bySector", f.sectorSum(), intellectuals, f.sectorSum() == intellectuals),
                        new Check("byDegreeBucket", f.degreeBucketSum(), intellectuals,
                                  f.degreeBucketSum() == intellectuals),
                        new Check("byField", f.fieldSum(), intellectuals, f.fieldSum() == intellectuals)));
    }

    /**
     * The snapshot a report "as of" a date uses: the latest one dated on or before it; among snapshots of the same
     * date, the one listed last (callers list in import order, so a later correction wins).
     */
    public static <T> Optional<T> latestAsOf(Collection<T> snapshots, Function<T, LocalDate> asOfDate, LocalDate date) {
        List<T> candidates = new ArrayList<>();
        for (T s : snapshots) {
            if (!asOfDate.apply(s).isAfter(date)) {
                candidates.add(s);
            }
        }
        return candidates.stream().reduce((a, b) -> asOfDate.apply(b).isBefore(asOfDate.apply(a)) ? a : b);
    }

    /** part / whole in percent, HALF_UP to {@code scale} decimals; zero when the whole is zero. */
    static BigDecimal percent(long part, long whole, int scale) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(scale);
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP);
    }

    private static <K extends Enum<K>> List<Share> shares(Map<K, Integer> counts, int whole,
                                                          Function<K, String> labelVi, Function<K, String> labelEn) {
        return counts.entrySet().stream()
                     .sorted(Comparator.comparing(e -> e.getKey().ordinal()))
                     .map(e -> new Share(e.getKey().name(), labelVi.apply(e.getKey()), labelEn.apply(e.getKey()),
                                         e.getValue(), percent(e.getValue(), whole, 2)))
                     .toList();
    }
}
