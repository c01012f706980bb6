package vn.lienhiep.contest.common.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an entry must know of its edition, as committed: the programme, where the edition stands, every version of
 * its rules, the jury's sub-panels and the finalists. The edition writes it in the same transaction as its events
 * ({@link Editions}).
 *
 * @param versions every issued version of the rules, oldest first (a draft's terms as version 0 before issue)
 */
public record EditionSnapshot(String editionId, ContestType type, int ordinal, String label, int awardYear,
                              EditionStatus status, List<EditionTerms> versions, List<SubPanel> subPanels,
                              Set<String> finalists) {

    public EditionSnapshot {
        versions = List.copyOf(versions);
        subPanels = subPanels == null ? List.of() : List.copyOf(subPanels);
        finalists = finalists == null ? Set.of() : Set.copyOf(finalists);
    }

    /** The latest version. */
    public EditionTerms current() {
        return versions.get(versions.size() - 1);
    }

    /**
     * The version in force on {@code date}: the latest whose decision is dated on or before it (the first issued
     * version applies to anything earlier; a draft's terms while unissued).
     */
    public EditionTerms inForceOn(LocalDate date) {
        return versions.stream()
                       .filter(v -> v.decision() == null || !v.decision().date().isAfter(date))
                       .max(Comparator.comparingInt(EditionTerms::version))
                       .orElse(versions.get(0));
    }

    public Optional<SubPanel> subPanel(String field) {
        return subPanels.stream().filter(p -> p.field().equals(field)).findFirst();
    }
}
