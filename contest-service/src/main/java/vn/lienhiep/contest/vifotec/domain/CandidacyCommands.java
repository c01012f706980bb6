package vn.lienhiep.contest.vifotec.domain;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import vn.lienhiep.contest.common.domain.PrizeLevel;
import vn.lienhiep.kernel.DecisionRef;

/** Everything that can be asked of a VIFOTEC candidacy; {@code expectedVersion} answers 409 when stale. */
public sealed interface CandidacyCommands {

    /**
     * A work the union proposes for the year's VIFOTEC award.
     *
     * @param finalDeadline the award's final submission deadline (the five-year window ends there)
     * @param sourceEntryId the awarded contest entry it comes from, when it does
     */
    record IdentifyCandidacy(@TargetAggregateIdentifier String candidacyId, int awardYear, String title, String field,
                             List<String> authors, Integer appliedSinceYear, LocalDate finalDeadline,
                             String sourceEntryId) implements CandidacyCommands {
    }

    /** The authors' dossier is complete (its documents as the union received them). */
    record PrepareDossier(@TargetAggregateIdentifier String candidacyId, List<String> documents,
                          @TargetAggregateVersion Long expectedVersion) implements CandidacyCommands {
    }

    /** The union's pre-screening: the five-year window and the field. */
    record Prescreen(@TargetAggregateIdentifier String candidacyId,
                     @TargetAggregateVersion Long expectedVersion) implements CandidacyCommands {
    }

    /** Forwarded to the VIFOTEC fund, signed by the union's leadership. */
    record Forward(@TargetAggregateIdentifier String candidacyId, DecisionRef letter, LocalDate sentOn,
                   @TargetAggregateVersion Long expectedVersion) implements CandidacyCommands {
    }

    /** @param level null when the work was not awarded */
    record RecordVifotecResult(@TargetAggregateIdentifier String candidacyId, PrizeLevel level, int year,
                               @TargetAggregateVersion Long expectedVersion) implements CandidacyCommands {
    }
}
