package vn.lienhiep.review.common.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.lienhiep.kernel.InvalidInput;

/**
 * A province's TVPB regulation over time: each request is judged by the version in force on the day it was received,
 * so changing the regulation never rewrites the past (docs/domain/cross-cutting.md#configurable-rules). Configured under
 * {@code lienhiep.review.rules.*}.
 */
public record ReviewRules(List<ReviewRuleSet> versions) {

    public ReviewRules {
        if (versions == null || versions.isEmpty()) {
            throw new InvalidInput("versions", "cần ít nhất một phiên bản quy chế TVPB",
                                   "at least one version of the review regulation is needed");
        }
        List<ReviewRuleSet> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(ReviewRuleSet::effectiveFrom));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
                throw new InvalidInput("versions", "hai phiên bản có hiệu lực cùng ngày " + sorted.get(i).effectiveFrom(),
                                       "two versions take effect on " + sorted.get(i).effectiveFrom());
            }
        }
        versions = List.copyOf(sorted);
    }

    /** Lào Cai's regulation (QĐ 92/2006/QĐ-UBND) with docs/domain/review.md#configurable-assumptions, in force since 2006. */
    public static ReviewRules defaults() {
        return new ReviewRules(List.of(ReviewRuleSet.defaults(LocalDate.of(2006, 12, 26), "QĐ 92/2006/QĐ-UBND")));
    }

    /** The version in force on {@code date}; before the first version, the first one (a union loading its past). */
    public ReviewRuleSet at(LocalDate date) {
        ReviewRuleSet current = versions.get(0);
        for (ReviewRuleSet version : versions) {
            if (!version.effectiveFrom().isAfter(date)) {
                current = version;
            }
        }
        return current;
    }
}
