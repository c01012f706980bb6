package vn.lienhiep.review.plan.projection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import vn.lienhiep.platform.commands.CommandDispatcher;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.text.VietnameseText;
import vn.lienhiep.review.plan.domain.PlanEvents;
import vn.lienhiep.review.plan.domain.PlanEvents.*;

/**
 * How a plan's events read in its history: what changed (Vietnamese, then English), when it took effect, under which
 * decision, who did it. Review has no shared history read model (membership's HistoryProjection is membership's
 * own), so this reads the plan's own event stream: a plan has a few dozen events a year, and the answer is never
 * behind the last command.
 */
@Component
public class PlanHistory {

    private final EventStore events;

    public PlanHistory(EventStore events) {
        this.events = events;
    }

    /** Oldest first; empty if no such plan. */
    public List<Line> of(String planId) {
        return events.readEvents(planId).asStream()
                     .filter(m -> m.getPayload() instanceof PlanEvents)
                     .map(PlanHistory::line)
                     .toList();
    }

    private static Line line(DomainEventMessage<?> message) {
        Described d = describe((PlanEvents) message.getPayload());
        Object actor = message.getMetaData().get(CommandDispatcher.ACTING_USER);
        return new Line(message.getSequenceNumber(), message.getPayload().getClass().getSimpleName(), d.vi, d.en,
                        d.effective == null ? null : d.effective.toString(), message.getTimestamp().toString(),
                        actor == null ? "system" : actor.toString(),
                        d.decision == null ? null : new PlanView.Decision(d.decision.number(),
                                d.decision.date().toString(), d.decision.issuedBy(), d.decision.signer()));
    }

    static Described describe(PlanEvents e) {
        if (e instanceof PlanDrafted p) {
            return new Described("Lập dự thảo kế hoạch TVPB năm " + p.year() + ": " + p.title(),
                                 "Drafted the " + p.year() + " review plan: " + p.title(), null, null);
        }
        if (e instanceof PlanItemAdded a) {
            return new Described("Thêm hoạt động \"" + a.title() + "\", dự toán " + vnd(a.estimateVnd()),
                                 "Added \"" + a.title() + "\", estimate " + vnd(a.estimateVnd()), null, null);
        }
        if (e instanceof PlanItemRemoved r) {
            return new Described("Bỏ hoạt động \"" + r.title() + "\"", "Removed \"" + r.title() + "\"", null, null);
        }
        if (e instanceof EngagementLinked l) {
            return new Described("Gắn hoạt động " + l.itemId() + " với nhiệm vụ " + l.engagementId(),
                                 "Linked item " + l.itemId() + " to engagement " + l.engagementId(), null, null);
        }
        if (e instanceof PlanSubmitted s) {
            return new Described("Trình UBND và Sở Tài chính, tổng dự toán " + vnd(s.estimateTotalVnd()),
                                 "Submitted to the People's Committee and the Department of Finance, estimate "
                                 + vnd(s.estimateTotalVnd()), s.submittedOn(), null);
        }
        if (e instanceof PlanApproved a) {
            return new Described("UBND phê duyệt kế hoạch, tổng dự toán " + vnd(a.estimateTotalVnd()),
                                 "Approved by the People's Committee, estimate " + vnd(a.estimateTotalVnd()),
                                 a.decision().date(), a.decision());
        }
        if (e instanceof PlanReturned r) {
            return new Described("UBND trả lại kế hoạch: " + r.reason(),
                                 "Returned by the People's Committee: " + r.reason(), r.returnedOn(), null);
        }
        PlanCostRecorded c = (PlanCostRecorded) e;
        String over = c.overEstimate() ? " (vượt dự toán)" : "";
        return new Described("Ghi nhận chi " + vnd(c.amountVnd()) + " cho hoạt động " + c.itemId() + ": "
                             + VietnameseText.clean(c.description()) + over,
                             "Recorded a cost of " + vnd(c.amountVnd()) + " for item " + c.itemId() + ": "
                             + c.description() + (c.overEstimate() ? " (over estimate)" : ""), c.incurredOn(), null);
    }

    private static String vnd(long amount) {
        return String.format("%,d", amount).replace(',', '.') + " VND";
    }

    record Described(String vi, String en, LocalDate effective, DecisionRef decision) {
    }

    /**
     * @param effectiveDate when the change took effect (legal date); {@code recordedAt} when it was entered
     */
    public record Line(long sequence, String eventType, String summaryVi, String summaryEn, String effectiveDate,
                       String recordedAt, String actingUser, PlanView.Decision decision) {
    }
}
