package vn.lienhiep.review.engagement.domain.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.lienhiep.kernel.TimeSlice;
import vn.lienhiep.review.engagement.domain.EngagementStatus;
import vn.lienhiep.review.engagement.domain.statistics.EngagementFacts.DueKind;

/**
 * The review department's daily list (REV-7): engagements past a recorded due date on a day, as known on another:
 * received but not decided by decideBy, undertaken but no report sent by its due date, the report sent but no
 * response by responseDue. The status is the one in force on that day, so a past day's list is the list of then.
 */
public final class OverdueEngagements {

    private OverdueEngagements() {
    }

    /** A due date passed and the thing due has not happened: which date, how many days late. */
    public record Overdue(String engagementId, String title, EngagementStatus status, String requester,
                          LocalDate dueDate, String what, String whatEn, long daysLate) {
    }

    /** The slice's asOf is the day; most days late first, then by engagement id. */
    public static List<Overdue> on(Collection<EngagementFacts> all, TimeSlice slice) {
        List<Overdue> overdue = new ArrayList<>();
        for (EngagementFacts e : all) {
            Optional<EngagementStatus> status = e.statusIn(slice);
            if (status.isEmpty() || status.get().isTerminal()) {
                continue;
            }
            Late late = switch (status.get()) {
                case PROPOSED, RESPONSE_RECEIVED -> null;
                case RECEIVED, INCOMPLETE -> new Late(DueKind.DECISION, "Chưa quyết định tiếp nhận",
                                                      "No acceptance decision");
                case REPORT_SENT -> new Late(DueKind.RESPONSE, "Cơ quan đề nghị chưa phản hồi",
                                             "The requester has not responded");
                default -> new Late(DueKind.REPORT, "Chưa gửi báo cáo", "Report not sent");
            };
            if (late == null) {
                continue;
            }
            e.due(late.kind(), slice).filter(due -> due.isBefore(slice.asOf())).ifPresent(due -> overdue.add(
                    new Overdue(e.id(), e.title(), status.get(), e.requesterName(), due, late.vi(), late.en(),
                                ChronoUnit.DAYS.between(due, slice.asOf()))));
        }
        overdue.sort(Comparator.comparingLong(Overdue::daysLate).reversed().thenComparing(Overdue::engagementId));
        return overdue;
    }

    private record Late(DueKind kind, String vi, String en) {
    }
}
