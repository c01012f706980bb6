package vn.lienhiep.contest.history.domain;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.lienhiep.contest.common.domain.ContestType;
import vn.lienhiep.contest.common.domain.PrizeLevel;

/** What can be recorded of an edition held before the platform (from paper or spreadsheets). */
public sealed interface PastEditionCommands {

    /**
     * One entry of a past edition, with the edition it belongs to (created with its first entry).
     *
     * @param level    the provincial prize it won, null when it won none
     * @param national what it won nationally, null when it was not sent
     */
    record RecordPastEntry(@TargetAggregateIdentifier String pastEditionId, ContestType type, int ordinal,
                           int awardYear, String label, String entryNo, String field, String title,
                           List<PastAuthor> authors, String unit, PrizeLevel level, PastNational national)
            implements PastEditionCommands {
    }

    /** The id of a programme's past edition: the same row imported twice reaches the same edition. */
    static String idOf(ContestType type, int ordinal) {
        return "past-" + type.name().toLowerCase() + "-" + ordinal;
    }
}
