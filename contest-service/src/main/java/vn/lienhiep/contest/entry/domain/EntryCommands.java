package vn.lienhiep.contest.entry.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Everything that can be asked of a contest entry. {@code expectedVersion} (nullable) is the version the caller last
 * saw; a newer aggregate answers 409. A judge acts as the person their token names ({@code judgeId}).
 */
public sealed interface EntryCommands {

    /**
     * @param submittedOn  the day the dossier reached the secretariat
     * @param postmarkedOn the postmark's date when posted ("theo dấu bưu điện"), else null
     */
    record SubmitEntry(@TargetAggregateIdentifier String entryId, String editionId, Dossier dossier,
                       LocalDate submittedOn, LocalDate postmarkedOn) implements EntryCommands {
    }

    record ReturnForCompletion(@TargetAggregateIdentifier String entryId, String missing,
                               @TargetAggregateVersion Long expectedVersion) implements EntryCommands {
    }

    /** The completed dossier comes back; it is checked again. */
    record Resubmit(@TargetAggregateIdentifier String entryId, Dossier dossier,
                    @TargetAggregateVersion Long expectedVersion) implements EntryCommands {
    }

    record Withdraw(@TargetAggregateIdentifier String entryId, String reason,
                    @TargetAggregateVersion Long expectedVersion) implements EntryCommands {
    }

    /** The secretariat's screening confirms the entry; the rules are checked again under the version in force. */
    record DeclareEligible(@TargetAggregateIdentifier String entryId,
                           @TargetAggregateVersion Long expectedVersion) implements EntryCommands {
    }

    /** The secretariat finds the entry ineligible for a reason the dossier shows (a forged confirmation, …). */
    record DeclareIneligible(@TargetAggregateIdentifier String entryId, String reason,
                             @TargetAggregateVersion Long expectedVersion) implements EntryCommands {
    }

    /** A judge of the field's sub-panel scores the entry independently in the current round. */
    record AssignJudge(@TargetAggregateIdentifier String entryId, String judgeId,
                       @TargetAggregateVersion Long expectedVersion) implements EntryCommands {
    }

    /** A judge declares a conflict and steps aside (recusal, with its reason); another judge is assigned. */
    record DeclareConflict(@TargetAggregateIdentifier String entryId, String judgeId, String reason,
                           @TargetAggregateVersion Long expectedVersion) implements EntryCommands {
    }

    /** @param points criterion code → points, one decimal at most */
    record ScoreEntry(@TargetAggregateIdentifier String entryId, String judgeId, Map<String, BigDecimal> points,
                      String comment, @TargetAggregateVersion Long expectedVersion) implements EntryCommands {
    }

    /** A sub-panel member's re-score of a divergent entry; the first scores stay as they were. */
    record RescoreEntry(@TargetAggregateIdentifier String entryId, String judgeId, Map<String, BigDecimal> points,
                        String comment, @TargetAggregateVersion Long expectedVersion) implements EntryCommands {
    }
}
