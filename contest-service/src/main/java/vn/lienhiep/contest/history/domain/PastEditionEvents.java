package vn.lienhiep.contest.history.domain;

import java.util.List;

import org.axonframework.serialization.Revision;

import vn.lienhiep.contest.common.domain.ContestType;
import vn.lienhiep.contest.common.domain.PrizeLevel;

/** What was recorded of editions held before the platform. */
public sealed interface PastEditionEvents {

    String pastEditionId();

    @Revision("1")
    record PastEditionRecorded(String pastEditionId, ContestType type, int ordinal, int awardYear, String label)
            implements PastEditionEvents {
    }

    /** @param corrected a re-import changed what an earlier import recorded for this entry number */
    @Revision("1")
    record PastEntryRecorded(String pastEditionId, ContestType type, int ordinal, int awardYear, String entryNo,
                             String field, String title, List<PastAuthor> authors, String unit, PrizeLevel level,
                             PastNational national, boolean corrected) implements PastEditionEvents {
    }
}
