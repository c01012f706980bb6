package vn.lienhiep.membership.workforce.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The workforce statistics as recorded, for the reports of other sub-contexts (membership's statistics answer R-M1
 * beside its own counts). Read-only; the workforce's read model implements it, so no other sub-context reads that
 * model directly.
 */
public interface WorkforceStatistics {

    /**
     * R-M1 from the latest snapshot dated on or before {@code asOf}, among those imported by {@code knownAt}
     * (null: all); empty when there is none.
     */
    Optional<IntellectualStructure> intellectualStructure(LocalDate asOf, Instant knownAt);
}
