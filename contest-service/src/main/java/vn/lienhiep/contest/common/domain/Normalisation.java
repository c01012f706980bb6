package vn.lienhiep.contest.common.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.lienhiep.kernel.InvalidInput;

/**
 * Judges differ in severity: one gives 80 where another gives 60 for the same work. When an edition's rules ask for
 * it, ranking reads each sheet's total on the field's common scale (chuẩn hoá điểm, z-score): within one sub-panel
 * (= field), a judge's total x becomes μ + σ·(x − μ_j)/σ_j, where μ_j and σ_j are the mean and population standard
 * deviation of the totals that judge gave in the field, and μ and σ those of every total given in the field. A judge
 * with fewer than 2 sheets in the field, or who gave every entry the same total (σ_j = 0), has no severity to measure,
 * so that judge's totals are taken as they are. Raw scores are never changed.
 */
public final class Normalisation {

    private Normalisation() {
    }

    /**
     * Each entry's normalised total, by entry id, in the standings' order. Each field is normalised on its own; an
     * entry's normalised total is the mean of its counted sheets' normalised values. Computed in double, every figure
     * rounded half up to 0.01 at the end.
     */
    public static Map<String, NormalisedTotal> zScores(List<Standing> standings) {
        List<Standing> all = standings == null ? List.of() : List.copyOf(standings);
        Set<String> ids = new HashSet<>();
        Map<String, List<Standing>> byField = new LinkedHashMap<>();
        for (Standing standing : all) {
            if (!ids.add(standing.entryId())) {
                throw new InvalidInput("standings", "bài dự thi " + standing.entryId() + " được liệt kê hai lần",
                                       "entry " + standing.entryId() + " is listed twice");
            }
            byField.computeIfAbsent(standing.field(), f -> new ArrayList<>()).add(standing);
        }
        Map<String, NormalisedTotal> result = new LinkedHashMap<>();
        Map<String, NormalisedTotal> byEntry = new LinkedHashMap<>();
        byField.values().forEach(field -> byEntry.putAll(field(field)));
        all.forEach(standing -> result.put(standing.entryId(), byEntry.get(standing.entryId())));
        return Collections.unmodifiableMap(result);
    }

    private static Map<String, NormalisedTotal> field(List<Standing> standings) {
        Map<String, List<BigDecimal>> byJudge = new LinkedHashMap<>();
        List<BigDecimal> everyTotal = new ArrayList<>();
        for (Standing standing : standings) {
            for (ScoreSheet sheet : standing.counted()) {
                BigDecimal total = sheet.total();
                byJudge.computeIfAbsent(sheet.judgeId(), j -> new ArrayList<>()).add(total);
                everyTotal.add(total);
            }
        }
        Map<String, Stats> judges = new LinkedHashMap<>();
        byJudge.forEach((judge, totals) -> judges.put(judge, Stats.of(totals)));
        Stats field = Stats.of(everyTotal);

        Map<String, NormalisedTotal> result = new LinkedHashMap<>();
        for (Standing standing : standings) {
            List<Adjustment> adjustments = new ArrayList<>();
            double sum = 0;
            for (ScoreSheet sheet : standing.counted()) {
                double x = sheet.total().doubleValue();
                Stats judge = judges.get(sheet.judgeId());
                boolean adjusted = judge.count() >= 2 && judge.varies();
                double normalised = adjusted ? field.mean() + field.sd() * (x - judge.mean()) / judge.sd() : x;
                sum += normalised;
                adjustments.add(new Adjustment(sheet.judgeId(), sheet.total().setScale(2, RoundingMode.HALF_UP),
                                               round(judge.mean()), round(judge.sd()),
                                               judge.count(), round(normalised), adjusted));
            }
            double mean = standing.counted().isEmpty() ? 0 : sum / standing.counted().size();
            result.put(standing.entryId(), new NormalisedTotal(standing.entryId(), standing.meanTotal(), round(mean),
                                                               round(field.mean()), round(field.sd()),
                                                               adjustments));
        }
        return result;
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Mean and population standard deviation of some totals; {@code varies} is read on the exact totals, so equal
     * totals give σ = 0 exactly rather than a rounding residue that would blow the adjustment up.
     */
    private record Stats(int count, double mean, double sd, boolean varies) {

        static Stats of(List<BigDecimal> totals) {
            if (totals.isEmpty()) {
                return new Stats(0, 0, 0, false);
            }
            boolean varies = totals.stream().anyMatch(total -> total.compareTo(totals.get(0)) != 0);
            double mean = totals.stream().mapToDouble(BigDecimal::doubleValue).sum() / totals.size();
            if (!varies) {
                return new Stats(totals.size(), totals.get(0).doubleValue(), 0, false);
            }
            double squares = totals.stream().mapToDouble(BigDecimal::doubleValue)
                    .map(v -> (v - mean) * (v - mean)).sum();
            return new Stats(totals.size(), mean, Math.sqrt(squares / totals.size()), true);
        }
    }
}
