package vn.lienhiep.contest.common.domain;

import java.util.List;

/**
 * What the edition's results see of one entry, kept by the entry in the same transaction as its events
 * ({@link EntryStandings}): its field, whether it is in the competition, the score sheets that count and its authors.
 *
 * @param competing true once declared eligible, false while submitted, when ineligible or withdrawn
 * @param counted   the sheets that count: the sub-panel's re-score when the first two diverged, else the first sheets
 * @param complete  every assigned judge (or, after a divergence, every sub-panel member) has scored
 */
public record EntryStanding(String entryId, String entryNo, String editionId, String field, String title,
                            boolean competing, List<ScoreSheet> counted, boolean rescored, boolean complete,
                            List<EntryAuthor> authors) {

    public EntryStanding {
        counted = counted == null ? List.of() : List.copyOf(counted);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** The standing ranking reads. */
    public Standing standing() {
        return new Standing(entryId, entryNo, field, counted, rescored);
    }
}
