package vn.lienhiep.review.engagement.domain;

import java.time.LocalDate;

/**
 * The deadlines of a request as computed on arrival from the regulation then in force, recorded so that overdue
 * lists and statistics never recompute them with today's rules (docs/domain/review.md#rev-7).
 *
 * @param regulation     the regulation's reference, e.g. "QĐ 92/2006/QĐ-UBND"
 * @param acknowledgeBy  receivedAt + acknowledgeWorkingDays working days (Saturdays and Sundays skipped)
 * @param decideBy       receivedAt + decideWorkingDays working days
 * @param reportDue      receivedAt + reportDays calendar days (the plan may set another date)
 * @param shortNotice    the requested deadline is closer than minLeadDays: accepted, but flagged
 */
public record DueDates(String regulation, LocalDate acknowledgeBy, LocalDate decideBy, LocalDate reportDue,
                       boolean shortNotice) {
}
