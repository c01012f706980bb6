package vn.lienhiep.contest.vifotec.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.lienhiep.contest.common.domain.PrizeLevel;
import vn.lienhiep.platform.web.DecisionRequest;

/** Request bodies of the VIFOTEC candidacies API. */
public final class CandidacyRequests {

    private CandidacyRequests() {
    }

    public record CandidacyIdentification(@NotNull @Min(2000) @Max(2100) Integer awardYear,
                                          @NotBlank @Size(max = 500) String title,
                                          @NotBlank @Size(max = 64) String field,
                                          @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 200) String> authors,
                                          @Min(1950) @Max(2100) Integer appliedSinceYear,
                                          @NotNull LocalDate finalDeadline, @Size(max = 64) String sourceEntryId) {
    }

    public record CandidacyDossier(@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 300) String> documents) {
    }

    /** The letter to the VIFOTEC fund, signed by the union's leadership (a decision of its standing officers). */
    public record CandidacyForwarding(@NotNull @Valid DecisionRequest letter, @NotNull LocalDate sentOn) {
    }

    /** @param level null: not awarded */
    public record CandidacyResult(PrizeLevel level, @NotNull @Min(2000) @Max(2100) Integer year) {
    }
}
