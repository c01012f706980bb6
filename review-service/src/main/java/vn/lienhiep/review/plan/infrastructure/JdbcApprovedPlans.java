package vn.lienhiep.review.plan.infrastructure;

import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.lienhiep.kernel.Rejection;
import vn.lienhiep.review.common.domain.ApprovedPlans;
import vn.lienhiep.review.plan.domain.PlanRegistry;

/**
 * Plans in the event store's own database: JdbcTemplate joins the transaction Axon's unit of work opened, so a claimed
 * year or an approval commits (or rolls back) together with the plan's events. The engagement's funding rule reads the
 * same tables, so it sees an approval as soon as the approval's events are committed.
 */
@Component
public class JdbcApprovedPlans implements ApprovedPlans, PlanRegistry {

    private final JdbcTemplate jdbc;

    public JdbcApprovedPlans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean includes(int year, String engagementId) {
        if (engagementId == null) {
            return false;
        }
        Integer found = jdbc.queryForObject(
                "SELECT COUNT(*) FROM review_plan_year y JOIN review_plan_engagement e"
                + " ON e.plan_year = y.plan_year AND e.plan_id = y.plan_id"
                + " WHERE y.plan_year = ? AND y.approved = TRUE AND e.engagement_id = ?",
                Integer.class, year, engagementId);
        return found != null && found > 0;
    }

    @Override
    public void claimYear(int year, String planId) {
        List<String> holder = holderOf(year);
        if (!holder.isEmpty()) {
            if (holder.get(0).equals(planId)) {
                return;
            }
            throw taken(year, holder.get(0));
        }
        try {
            jdbc.update("INSERT INTO review_plan_year (plan_year, plan_id, approved) VALUES (?, ?, FALSE)", year, planId);
        } catch (DuplicateKeyException raced) {
            throw taken(year, holderOf(year).stream().findFirst().orElse("?"));
        }
    }

    @Override
    public void approve(int year, String planId, Map<String, String> engagementsByItem) {
        int updated = jdbc.update("UPDATE review_plan_year SET approved = TRUE WHERE plan_year = ? AND plan_id = ?",
                                  year, planId);
        if (updated != 1) {
            // The year is claimed when the plan is drafted, in the same transaction; anything else is corruption.
            throw new IllegalStateException("plan " + planId + " does not hold year " + year);
        }
        engagementsByItem.forEach((itemId, engagementId) -> link(year, planId, itemId, engagementId));
    }

    @Override
    public void link(int year, String planId, String itemId, String engagementId) {
        jdbc.update("DELETE FROM review_plan_engagement WHERE plan_year = ? AND plan_id = ? AND item_id = ?",
                    year, planId, itemId);
        jdbc.update("INSERT INTO review_plan_engagement (plan_year, engagement_id, plan_id, item_id) VALUES (?, ?, ?, ?)",
                    year, engagementId, planId, itemId);
    }

    private List<String> holderOf(int year) {
        return jdbc.queryForList("SELECT plan_id FROM review_plan_year WHERE plan_year = ?", String.class, year);
    }

    private static RuntimeException taken(int year, String holder) {
        return Rejection.of("review.plan.year-taken",
                            "Đã có kế hoạch TVPB năm " + year + "; mỗi năm chỉ có một kế hoạch.",
                            "There is already a review plan for " + year + "; one plan per year.")
                        .with("year", year).with("existingPlanId", holder)
                        .asException();
    }
}
