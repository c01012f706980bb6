package vn.lienhiep.membership.statistics.domain;

import vn.lienhiep.kernel.TimeSlice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What statistics need to know about one person: each recorded profile state with the date it took effect (null =
 * held since before anything recorded) and the instant it was recorded; and each membership period.
 */
public record PersonFacts(String id, Instant registeredAt, List<ProfileFact> profiles, List<MembershipFact> memberships) {

    public record ProfileFact(String degreeBucket, boolean intellectual, String workSector, String field,
                              LocalDate effective, Instant recorded) {
    }

    /** {@code until} is exclusive (the first day no longer a member); {@code endRecorded} when the end was recorded. */
    public record MembershipFact(String organizationId, LocalDate since, LocalDate until, Instant recorded,
                                 Instant endRecorded) {
    }

    public PersonFacts {
        profiles = List.copyOf(profiles);
        memberships = List.copyOf(memberships);
    }

    public boolean knownIn(TimeSlice slice) {
        return slice.known(registeredAt);
    }

    /** The profile in force on the slice's date, among the states recorded by knownAt; the later one wins ties. */
    public Optional<ProfileFact> profileIn(TimeSlice slice) {
        ProfileFact best = null;
        Comparator<ProfileFact> order = Comparator
                .comparing((ProfileFact p) -> p.effective() == null ? LocalDate.MIN : p.effective())
                .thenComparing(p -> p.recorded() == null ? Instant.MIN : p.recorded());
        for (ProfileFact p : profiles) {
            boolean visible = (p.effective() == null || !p.effective().isAfter(slice.asOf())) && slice.known(p.recorded());
            if (visible && (best == null || order.compare(p, best) >= 0)) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A member of some organisation on the slice's date (as known by knownAt). */
    public boolean memberIn(TimeSlice slice) {
        return memberships.stream().anyMatch(m -> slice.known(m.recorded()) && !m.since().isAfter(slice.asOf())
                && (m.until() == null || !slice.known(m.endRecorded()) || m.until().isAfter(slice.asOf())));
    }
}
