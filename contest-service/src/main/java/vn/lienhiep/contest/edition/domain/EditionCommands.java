package vn.lienhiep.contest.edition.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import vn.lienhiep.contest.common.domain.ContestType;
import vn.lienhiep.contest.common.domain.EditionTerms;
import vn.lienhiep.contest.common.domain.PrizeLevel;
import vn.lienhiep.contest.common.domain.SubPanel;
import vn.lienhiep.kernel.DecisionRef;

/**
 * Everything that can be asked of a contest edition. {@code expectedVersion} (nullable) is the version the caller last
 * saw; a newer aggregate answers 409. Decisions are the Organising Committee's (Ban Tổ chức).
 */
public sealed interface EditionCommands {

    /** A new edition of a programme (kỳ/lần thứ N), as a draft with its terms. */
    record DraftEdition(@TargetAggregateIdentifier String editionId, ContestType type, int ordinal, String label,
                        String cycleLabel, int awardYear, Integer nationalEdition, EditionTerms terms)
            implements EditionCommands {
    }

    /** The draft's terms change (fields, eligibility, scoring, prizes, window) before the rules are issued. */
    record ReviseTerms(@TargetAggregateIdentifier String editionId, EditionTerms terms,
                       @TargetAggregateVersion Long expectedVersion) implements EditionCommands {
    }

    /** Quyết định ban hành thể lệ: the rules as drafted become version 1. */
    record IssueRules(@TargetAggregateIdentifier String editionId, DecisionRef decision,
                      @TargetAggregateVersion Long expectedVersion) implements EditionCommands {
    }

    /** Lễ phát động: the edition opens for entries. */
    record Launch(@TargetAggregateIdentifier String editionId, LocalDate launchedOn,
                  @TargetAggregateVersion Long expectedVersion) implements EditionCommands {
    }

    /** A decision amending the rules: a new version in force from the decision's date; the old ones are kept. */
    record AmendRules(@TargetAggregateIdentifier String editionId, DecisionRef decision, EditionTerms terms,
                      @TargetAggregateVersion Long expectedVersion) implements EditionCommands {
    }

    /** A decision extending the submission deadline. */
    record ExtendDeadline(@TargetAggregateIdentifier String editionId, DecisionRef decision, LocalDate newClose,
                          @TargetAggregateVersion Long expectedVersion) implements EditionCommands {
    }

    /** Quyết định thành lập Ban Giám khảo: the sub-panels per field. */
    record AppointJury(@TargetAggregateIdentifier String editionId, DecisionRef decision, List<SubPanel> subPanels,
                       @TargetAggregateVersion Long expectedVersion) implements EditionCommands {
    }

    /** The submission window has passed: the secretariat closes it and screens the dossiers. */
    record CloseSubmissions(@TargetAggregateIdentifier String editionId,
                            @TargetAggregateVersion Long expectedVersion) implements EditionCommands {
    }

    /** Screening done: the eligible entries go to the preliminary round (sơ khảo). */
    record CompleteScreening(@TargetAggregateIdentifier String editionId,
                             @TargetAggregateVersion Long expectedVersion) implements EditionCommands {
    }

    /** The jury chair approves the shortlist: these entries go to the final round (chung khảo). */
    record ApproveShortlist(@TargetAggregateIdentifier String editionId, List<String> finalists,
                            @TargetAggregateVersion Long expectedVersion) implements EditionCommands {
    }

    /** Biên bản của Ban Giám khảo: the jury proposes the prizes (entry id → level). */
    record ProposeResults(@TargetAggregateIdentifier String editionId, String minutes, Map<String, PrizeLevel> awards,
                          @TargetAggregateVersion Long expectedVersion) implements EditionCommands {
    }

    /** The committee sends the proposal back to the jury. */
    record ReturnToJury(@TargetAggregateIdentifier String editionId, String reason,
                        @TargetAggregateVersion Long expectedVersion) implements EditionCommands {
    }

    /** Quyết định công nhận kết quả: the committee approves the proposed prizes. */
    record ApproveResults(@TargetAggregateIdentifier String editionId, DecisionRef decision,
                          @TargetAggregateVersion Long expectedVersion) implements EditionCommands {
    }

    /** The prizes were handed over (lễ tổng kết, trao giải). */
    record HoldCeremony(@TargetAggregateIdentifier String editionId, LocalDate heldOn,
                        @TargetAggregateVersion Long expectedVersion) implements EditionCommands {
    }

    /** A prize revoked for fraud (history kept; the entry is no longer counted as awarded). */
    record RevokePrize(@TargetAggregateIdentifier String editionId, String entryId, DecisionRef decision,
                       String reason, @TargetAggregateVersion Long expectedVersion) implements EditionCommands {
    }

    /** Awarded entries sent to the national contest or the VIFOTEC award. */
    record SendNominations(@TargetAggregateIdentifier String editionId, NationalTarget target,
                           Integer nationalEdition, List<String> entryIds, LocalDate sentOn,
                           @TargetAggregateVersion Long expectedVersion) implements EditionCommands {
    }

    /** What a nominated entry won nationally ({@code level} null = not awarded). */
    record RecordNationalResult(@TargetAggregateIdentifier String editionId, String entryId, PrizeLevel level,
                                Medal medal, int year, @TargetAggregateVersion Long expectedVersion)
            implements EditionCommands {
    }

    /** The edition's file is closed; other provinces hear its aggregated counts. */
    record Archive(@TargetAggregateIdentifier String editionId,
                   @TargetAggregateVersion Long expectedVersion) implements EditionCommands {
    }

    /** The committee cancels the edition before the prizes are handed over. */
    record Cancel(@TargetAggregateIdentifier String editionId, DecisionRef decision, String reason,
                  @TargetAggregateVersion Long expectedVersion) implements EditionCommands {
    }
}
