package vn.lienhiep.review.engagement.domain.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.lienhiep.kernel.TimeSlice;
import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.SubjectType;
import vn.lienhiep.review.engagement.domain.Adoption;
import vn.lienhiep.review.engagement.domain.AdoptionCounts;
import vn.lienhiep.review.engagement.domain.EngagementEvents;
import vn.lienhiep.review.engagement.domain.EngagementEvents.EngagementCancelled;
import vn.lienhiep.review.engagement.domain.EngagementEvents.RequestWithdrawn;
import vn.lienhiep.review.engagement.domain.EngagementEvents.ReviewAccepted;
import vn.lienhiep.review.engagement.domain.EngagementEvents.ReviewClosed;
import vn.lienhiep.review.engagement.domain.EngagementEvents.ReviewDeclined;
import vn.lienhiep.review.engagement.domain.EngagementEvents.ReviewProposalApproved;
import vn.lienhiep.review.engagement.domain.EngagementEvents.ReviewReportSent;
import vn.lienhiep.review.engagement.domain.EngagementEvents.ReviewRequestReceived;
import vn.lienhiep.review.engagement.domain.EngagementEvents.ReviewWorkshopHeld;
import vn.lienhiep.review.engagement.domain.EngagementStatus;
import vn.lienhiep.review.engagement.domain.RequestOrigin;
import vn.lienhiep.review.engagement.domain.RequesterKind;

/**
 * What R-R1 and the overdue list need to know about one engagement (ADR 0006): every lifecycle step with the date it
 * took effect (the act's date, e.g. the decision's) and the instant it was recorded, the due dates with the instant
 * each became known, and what the request, the plan and the closing said. The current status alone cannot answer
 * "as of" a past date, nor "as known on" a past day.
 *
 * @param planned  the planned forms of review; null until the engagement is planned
 * @param statuses the lifecycle steps in the order they were recorded
 * @param closing  the adoption the closing recorded; null until closed (its dates are the closing step's)
 */
public record EngagementFacts(String id, String title, RequestOrigin origin, SubjectType subjectType,
                              RequesterKind requesterKind, String requesterName, Planned planned,
                              List<StatusFact> statuses, Closing closing, List<DueFact> dues) {

    /** One lifecycle step: the status it led to, the domain event that recorded it, and its two dates. */
    public record StatusFact(EngagementStatus status, String event, LocalDate effective, Instant recorded) {

        /** Whether this step is one of these events (the read model names them by their simple class name). */
        @SafeVarargs
        public final boolean is(Class<? extends EngagementEvents>... events) {
            for (Class<? extends EngagementEvents> type : events) {
                if (type.getSimpleName().equals(event)) {
                    return true;
                }
            }
            return false;
        }
    }

    public record Planned(Set<ReviewForm> forms, Instant recorded) {
    }

    public record Closing(Adoption adoption, AdoptionCounts counts) {
    }

    public enum DueKind {
        /** The union's acceptance decision (decideBy). */
        DECISION,
        /** The report (reportDue; the plan may set another date). */
        REPORT,
        /** The requester's response to the sent report. */
        RESPONSE
    }

    public record DueFact(DueKind kind, LocalDate date, Instant recorded) {
    }

    public EngagementFacts {
        statuses = List.copyOf(statuses);
        dues = List.copyOf(dues);
    }

    /** The request's arrival (for a self-initiated review: the authority's consent), if visible in the slice. */
    public Optional<StatusFact> received(TimeSlice slice) {
        return first(slice, ReviewRequestReceived.class, ReviewProposalApproved.class);
    }

    /** The date the request arrived, whatever the slice: the year it counts in. */
    public Optional<LocalDate> receivedOn() {
        return statuses.stream().filter(s -> s.is(ReviewRequestReceived.class, ReviewProposalApproved.class))
                       .map(StatusFact::effective).findFirst();
    }

    public boolean accepted(TimeSlice slice) {
        return first(slice, ReviewAccepted.class).isPresent();
    }

    public boolean declined(TimeSlice slice) {
        return first(slice, ReviewDeclined.class).isPresent();
    }

    /** Withdrawn by the requester or cancelled by the leadership. */
    public boolean ended(TimeSlice slice) {
        return first(slice, RequestWithdrawn.class, EngagementCancelled.class).isPresent();
    }

    public boolean reportSent(TimeSlice slice) {
        return first(slice, ReviewReportSent.class).isPresent();
    }

    public boolean closed(TimeSlice slice) {
        return closing != null && first(slice, ReviewClosed.class).isPresent();
    }

    /** Workshops held on or before the slice's date, as known then. */
    public long workshopsHeld(TimeSlice slice) {
        return statuses.stream().filter(s -> s.is(ReviewWorkshopHeld.class) && slice.sees(s.effective(), s.recorded()))
                       .count();
    }

    /** The planned forms, once the plan was known. */
    public Set<ReviewForm> forms(TimeSlice slice) {
        return planned != null && slice.known(planned.recorded()) ? planned.forms() : Set.of();
    }

    /**
     * The status in force on the slice's date: the latest step effective on or before it, among those recorded by
     * knownAt; steps effective on the same day apply in the order they were recorded. A step that ends the engagement
     * (declined, closed, cancelled) stays in force whatever is dated after it.
     */
    public Optional<EngagementStatus> statusIn(TimeSlice slice) {
        StatusFact best = null;
        Comparator<StatusFact> order = Comparator.comparing(StatusFact::effective);
        for (StatusFact s : statuses) {
            if (!slice.sees(s.effective(), s.recorded())) {
                continue;
            }
            if (s.status().isTerminal()) {
                return Optional.of(s.status());
            }
            if (best == null || order.compare(s, best) >= 0) {
                best = s;
            }
        }
        return Optional.ofNullable(best).map(StatusFact::status);
    }

    /** The latest due date of this kind known by the slice's knownAt. */
    public Optional<LocalDate> due(DueKind kind, TimeSlice slice) {
        LocalDate latest = null;
        for (DueFact d : dues) {
            if (d.kind() == kind && slice.known(d.recorded())) {
                latest = d.date();
            }
        }
        return Optional.ofNullable(latest);
    }

    @SafeVarargs
    private Optional<StatusFact> first(TimeSlice slice, Class<? extends EngagementEvents>... events) {
        return statuses.stream().filter(s -> s.is(events) && slice.sees(s.effective(), s.recorded())).findFirst();
    }
}
