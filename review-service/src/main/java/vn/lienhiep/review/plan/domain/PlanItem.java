package vn.lienhiep.review.plan.domain;

import java.util.EnumSet;
import java.util.Set;

import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.SubjectType;

/**
 * One planned activity of the year (an engagement to run, a workshop to hold) with its estimate in VND. Rebuilt from
 * stored events, so it validates nothing: the command handler refused malformed values before the item existed.
 *
 * @param engagementId the engagement that carries it out, once it exists; null until linked
 */
public record PlanItem(String itemId, String title, SubjectType subjectType, Set<ReviewForm> forms, long estimateVnd,
                       String engagementId) {

    public PlanItem {
        forms = forms == null || forms.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(forms));
    }

    PlanItem linkedTo(String engagement) {
        return new PlanItem(itemId, title, subjectType, forms, estimateVnd, engagement);
    }
}
