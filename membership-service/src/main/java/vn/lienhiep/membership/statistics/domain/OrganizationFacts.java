package vn.lienhiep.membership.statistics.domain;

import vn.lienhiep.kernel.TimeSlice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.lienhiep.membership.organization.domain.OrganizationKind;
import vn.lienhiep.membership.organization.domain.OrganizationStatus;

/**
 * What statistics need to know about one organisation: its dated status changes and dated member-count reports, each
 * with the date it took effect and the instant it was recorded. The current status alone cannot answer "as of".
 */
public record OrganizationFacts(String id, String name, OrganizationKind kind, List<StatusFact> statuses,
                                List<CountFact> counts) {

    public record StatusFact(OrganizationStatus status, LocalDate effective, Instant recorded) {
    }

    public record CountFact(LocalDate asOf, int members, int intellectualMembers, Instant recorded) {
    }

    public OrganizationFacts {
        statuses = List.copyOf(statuses);
        counts = List.copyOf(counts);
    }

    /**
     * The status in force on the slice's date: the latest change effective on or before it, among those recorded by
     * knownAt. Changes effective on the same day apply in the order they were recorded (submitted, then admitted).
     */
    public Optional<OrganizationStatus> statusIn(TimeSlice slice) {
        return latest(statuses.stream().filter(s -> slice.sees(s.effective(), s.recorded())).toList(),
                      Comparator.comparing(StatusFact::effective)
                                .thenComparing(s -> s.recorded() == null ? Instant.MIN : s.recorded()))
                .map(StatusFact::status);
    }

    /** The latest member-count report dated on or before the slice's date. */
    public Optional<CountFact> countsIn(TimeSlice slice) {
        return latest(counts.stream().filter(c -> slice.sees(c.asOf(), c.recorded())).toList(),
                      Comparator.comparing(CountFact::asOf)
                                .thenComparing(c -> c.recorded() == null ? Instant.MIN : c.recorded()));
    }

    /**
     * The greatest element, the LATER one in event order on a tie: one command may record two facts in the same
     * millisecond (an existing member is applied and admitted at once), and then the second one is the truth.
     */
    private static <T> Optional<T> latest(List<T> inEventOrder, Comparator<T> order) {
        T best = null;
        for (T candidate : inEventOrder) {
            if (best == null || order.compare(candidate, best) >= 0) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }
}
