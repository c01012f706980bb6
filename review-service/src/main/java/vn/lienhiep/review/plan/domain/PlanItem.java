package vn.lienhiep.review.plan.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.SubjectType;

/**
 * One planned activity of the year (an engagement to run, a workshop to hold) with its estimate in VND.
 *
 * @param engagementId the engagement that carries it out, once it exists; null until linked
 */
public record PlanItem(String itemId, String title, SubjectType subjectType, Set<ReviewForm> forms, long estimateVnd,
                       String engagementId) {

    public PlanItem {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(subjectType, "subjectType");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an item needs a title");
        }
        if (forms == null || forms.isEmpty()) {
            throw new IllegalArgumentException("an item needs at least one form of review");
        }
        if (estimateVnd < 0) {
            throw new IllegalArgumentException("an estimate cannot be negative");
        }
        forms = Set.copyOf(EnumSet.copyOf(forms));
    }

    PlanItem linkedTo(String engagement) {
        return new PlanItem(itemId, title, subjectType, forms, estimateVnd, engagement);
    }
}
