package vn.lienhiep.contest.edition.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.serialization.Revision;

import vn.lienhiep.contest.common.domain.ContestType;
import vn.lienhiep.contest.common.domain.EditionTerms;
import vn.lienhiep.contest.common.domain.PrizeLevel;
import vn.lienhiep.contest.common.domain.SubPanel;
import vn.lienhiep.kernel.DecisionRef;

/** What happened to a contest edition. Money in VND. */
public sealed interface EditionEvents {

    String editionId();

    @Revision("1")
    record EditionDrafted(String editionId, ContestType type, int ordinal, String label, String cycleLabel,
                          int awardYear, Integer nationalEdition, EditionTerms terms) implements EditionEvents {
    }

    @Revision("1")
    record EditionTermsRevised(String editionId, EditionTerms terms) implements EditionEvents {
    }

    @Revision("1")
    record EditionRulesIssued(String editionId, ContestType type, int ordinal, String label, EditionTerms terms)
            implements EditionEvents {
    }

    @Revision("1")
    record EditionLaunched(String editionId, ContestType type, int ordinal, String label, int awardYear,
                           LocalDate launchedOn, LocalDate submissionClose) implements EditionEvents {
    }

    /** A new version of the rules, in force from its decision's date. */
    @Revision("1")
    record EditionRulesAmended(String editionId, EditionTerms terms) implements EditionEvents {
    }

    @Revision("1")
    record SubmissionDeadlineExtended(String editionId, LocalDate previousClose, LocalDate newClose,
                                      DecisionRef decision) implements EditionEvents {
    }

    @Revision("1")
    record JuryAppointed(String editionId, DecisionRef decision, List<SubPanel> subPanels) implements EditionEvents {
    }

    @Revision("1")
    record SubmissionsClosed(String editionId, ContestType type, LocalDate closedOn) implements EditionEvents {
    }

    @Revision("1")
    record ScreeningCompleted(String editionId, LocalDate completedOn) implements EditionEvents {
    }

    @Revision("1")
    record ShortlistApproved(String editionId, List<String> finalists, LocalDate approvedOn) implements EditionEvents {
    }

    @Revision("1")
    record ResultsProposed(String editionId, String minutes, List<Award> awards, LocalDate proposedOn)
            implements EditionEvents {
    }

    @Revision("1")
    record ResultsReturnedToJury(String editionId, String reason, LocalDate returnedOn) implements EditionEvents {
    }

    @Revision("1")
    record ContestResultsApproved(String editionId, ContestType type, int ordinal, String label, int awardYear,
                                  DecisionRef decision, List<Award> awards) implements EditionEvents {
    }

    @Revision("1")
    record CeremonyHeld(String editionId, LocalDate heldOn) implements EditionEvents {
    }

    @Revision("1")
    record PrizeRevoked(String editionId, String entryId, PrizeLevel level, String field, int awardYear,
                        DecisionRef decision, String reason) implements EditionEvents {
    }

    @Revision("1")
    record NationalNominationSent(String editionId, NationalTarget target, Integer nationalEdition,
                                  List<String> entryIds, LocalDate sentOn) implements EditionEvents {
    }

    /** @param level null when the entry was not awarded nationally */
    @Revision("1")
    record NationalResultRecorded(String editionId, String entryId, NationalTarget target, Integer nationalEdition,
                                  PrizeLevel level, Medal medal, int year) implements EditionEvents {
    }

    /**
     * The edition's file is closed, with the counts other provinces compile.
     *
     * @param entriesByField competing entries per field code
     * @param prizesByLevel  awarded (not revoked) entries per level
     */
    @Revision("1")
    record EditionArchived(String editionId, ContestType type, int ordinal, int awardYear, int entries,
                           int authorParticipations, Map<String, Integer> entriesByField,
                           Map<String, Integer> prizesByLevel, int nationalNominations, LocalDate archivedOn)
            implements EditionEvents {
    }

    @Revision("1")
    record EditionCancelled(String editionId, ContestType type, DecisionRef decision, String reason)
            implements EditionEvents {
    }
}
