package vn.lienhiep.contest.entry.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.serialization.Revision;

import vn.lienhiep.contest.common.domain.ContestType;

/** What happened to a contest entry. Scores are never overwritten: a re-score is a new event. */
public sealed interface EntryEvents {

    String entryId();

    /** @param rulesVersion the version of the edition's rules in force on the submission date */
    @Revision("1")
    record EntrySubmitted(String entryId, String entryNo, String editionId, ContestType type, Dossier dossier,
                          LocalDate submittedOn, LocalDate postmarkedOn, int rulesVersion) implements EntryEvents {
    }

    @Revision("1")
    record EntryReturnedForCompletion(String entryId, String missing, LocalDate returnedOn) implements EntryEvents {
    }

    @Revision("1")
    record EntryResubmitted(String entryId, Dossier dossier, LocalDate resubmittedOn) implements EntryEvents {
    }

    @Revision("1")
    record EntryWithdrawn(String entryId, String reason, LocalDate withdrawnOn) implements EntryEvents {
    }

    @Revision("1")
    record EntryDeclaredEligible(String entryId, String editionId, String field, int rulesVersion,
                                 LocalDate declaredOn) implements EntryEvents {
    }

    @Revision("1")
    record EntryDeclaredIneligible(String entryId, String editionId, String reason, LocalDate declaredOn)
            implements EntryEvents {
    }

    @Revision("1")
    record JudgeAssigned(String entryId, String editionId, String judgeId, Round round, LocalDate assignedOn)
            implements EntryEvents {
    }

    /** The judge stepped aside (recusal): the reason is recorded; the assignment ends. */
    @Revision("1")
    record JudgeConflictDeclared(String entryId, String judgeId, Round round, String reason, LocalDate declaredOn)
            implements EntryEvents {
    }

    @Revision("1")
    record EntryScored(String entryId, String judgeId, Round round, Map<String, BigDecimal> points, BigDecimal total,
                       String comment, int rulesVersion, LocalDate scoredOn) implements EntryEvents {
    }

    /** The independent totals differ by more than the threshold: the whole sub-panel re-scores. */
    @Revision("1")
    record ScoreDivergenceDetected(String entryId, Round round, BigDecimal gap, BigDecimal threshold,
                                   List<BigDecimal> totals) implements EntryEvents {
    }

    @Revision("1")
    record EntryRescored(String entryId, String judgeId, Round round, Map<String, BigDecimal> points,
                         BigDecimal total, String comment, int rulesVersion, LocalDate scoredOn)
            implements EntryEvents {
    }

    /** @param meanTotal the mean of the sheets that count (the re-score's when re-scored) */
    @Revision("1")
    record EntryScoringCompleted(String entryId, Round round, BigDecimal meanTotal, boolean rescored)
            implements EntryEvents {
    }
}
