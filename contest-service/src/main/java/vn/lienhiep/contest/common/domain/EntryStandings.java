package vn.lienhiep.contest.common.domain;

import java.util.List;
import java.util.Optional;

/**
 * The entries' standings, kept in the event store's database and written in the SAME transaction as the entry's
 * events (like review's plan registry), so the edition's results are computed from what is committed, never from a
 * read model that may lag.
 */
public interface EntryStandings {

    /** Records (or replaces) the standing of one entry. */
    void record(EntryStanding standing);

    Optional<EntryStanding> of(String entryId);

    /** Every entry of an edition, in entry-number order. */
    List<EntryStanding> ofEdition(String editionId);

    /** True when {@code personId} is an author of an entry of the edition (a judge cannot be an entrant). */
    boolean isEntrant(String editionId, String personId);
}
