package vn.lienhiep.contest.edition.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.lienhiep.contest.common.domain.Committee;
import vn.lienhiep.contest.common.domain.ContestField;
import vn.lienhiep.contest.common.domain.ContestType;
import vn.lienhiep.contest.common.domain.Criterion;
import vn.lienhiep.contest.common.domain.EditionTerms;
import vn.lienhiep.contest.common.domain.EligibilityPolicy;
import vn.lienhiep.contest.common.domain.Judge;
import vn.lienhiep.contest.common.domain.PrizeLevel;
import vn.lienhiep.contest.common.domain.PrizeSlot;
import vn.lienhiep.contest.common.domain.PrizeStructure;
import vn.lienhiep.contest.common.domain.ScoringScheme;
import vn.lienhiep.contest.common.domain.SubPanel;
import vn.lienhiep.contest.edition.domain.Medal;
import vn.lienhiep.contest.edition.domain.NationalTarget;
import vn.lienhiep.kernel.DecisionRef;

/**
 * Request bodies of the editions API. Every value an edition may configure is optional and falls back to its
 * programme's standard (docs/domain/contest.md#configurable-assumptions). Names are unique across the service.
 */
public final class EditionRequests {

    private EditionRequests() {
    }

    /** The Organising Committee's decision: its number, date and signer (the issuing body is the committee). */
    public record CommitteeDecision(@NotBlank @Size(max = 100) String number, @NotNull LocalDate date,
                                    @Size(max = 200) String signer) {
        public DecisionRef toDecision() {
            return Committee.decision(number, date, signer);
        }
    }

    public record EditionDraft(@NotNull ContestType type, @NotNull @Min(1) @Max(200) Integer ordinal,
                               @NotBlank @Size(max = 200) String label, @Size(max = 50) String cycleLabel,
                               @NotNull @Min(1990) @Max(2100) Integer awardYear,
                               @Min(1) @Max(200) Integer nationalEdition, @NotNull @Valid EditionTermsRequest terms) {
    }

    /**
     * @param fields      null: the programme's standard fields
     * @param eligibility null: the programme's defaults
     * @param scoring     null: novelty 30 / applicability 30 / effectiveness 40, two judges, divergence above 15
     * @param prizes      null: the programme's preset
     */
    public record EditionTermsRequest(@Size(max = 20) List<@Valid FieldRequest> fields,
                                      @Valid EligibilityRequest eligibility, @Valid ScoringRequest scoring,
                                      @Size(max = 10) List<@Valid PrizeSlotRequest> prizes,
                                      @NotNull LocalDate submissionOpen, @NotNull LocalDate submissionClose,
                                      Boolean postmarkRule, Boolean blindJudging,
                                      @Min(0) @Max(1000) Integer nationalCap) {

        public EditionTerms toTerms(ContestType type) {
            EditionTerms d = EditionTerms.defaults(type, submissionOpen, submissionClose);
            return new EditionTerms(0, null,
                    fields == null || fields.isEmpty() ? d.fields()
                            : fields.stream().map(f -> new ContestField(f.code(), f.labelVi(), f.labelEn())).toList(),
                    eligibility == null ? d.eligibility() : eligibility.toPolicy(d.eligibility()),
                    scoring == null ? d.scoring() : scoring.toScheme(),
                    prizes == null || prizes.isEmpty() ? d.prizes()
                            : new PrizeStructure(prizes.stream().map(PrizeSlotRequest::toSlot).toList()),
                    submissionOpen, submissionClose, postmarkRule == null ? d.postmarkRule() : postmarkRule,
                    blindJudging != null && blindJudging, nationalCap);
        }
    }

    public record FieldRequest(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 300) String labelVi,
                               @Size(max = 300) String labelEn) {
    }

    /** Unset values keep the programme's default. */
    public record EligibilityRequest(@Min(1950) @Max(2100) Integer appliedSinceYear, Boolean evidenceRequired,
                                     LocalDate birthDateFrom, LocalDate birthDateTo,
                                     @Min(1) @Max(50) Integer applicationWindowYears, Boolean allowPreviouslyAwarded,
                                     Boolean provinceOnly, @Min(1) @Max(50) Integer maxAuthors,
                                     @Min(1) @Max(25) Integer guardianConsentUnderAge) {

        EligibilityPolicy toPolicy(EligibilityPolicy d) {
            return new EligibilityPolicy(appliedSinceYear != null ? appliedSinceYear : d.appliedSinceYear(),
                    evidenceRequired != null ? evidenceRequired : d.evidenceRequired(),
                    birthDateFrom != null ? birthDateFrom : d.birthDateFrom(),
                    birthDateTo != null ? birthDateTo : d.birthDateTo(),
                    applicationWindowYears != null ? applicationWindowYears : d.applicationWindowYears(),
                    allowPreviouslyAwarded != null ? allowPreviouslyAwarded : d.allowPreviouslyAwarded(),
                    provinceOnly != null ? provinceOnly : d.provinceOnly(),
                    maxAuthors != null ? maxAuthors : d.maxAuthors(),
                    guardianConsentUnderAge != null ? guardianConsentUnderAge : d.guardianConsentUnderAge());
        }
    }

    /** The scale: a preset, or criteria of one's own; unset values keep the preset's. */
    public enum ScoringPreset { STANDARD, THAI_NGUYEN }

    public record ScoringRequest(ScoringPreset preset, @Size(max = 10) List<@Valid CriterionRequest> criteria,
                                 @Min(1) @Max(9) Integer judgesPerEntry,
                                 @DecimalMin("0") @DecimalMax("1000") BigDecimal divergenceThreshold,
                                 @DecimalMin("0") @DecimalMax("1000") BigDecimal minTotalForPrize,
                                 Boolean noZeroCriterion, Boolean normalised,
                                 @Size(max = 10) List<@NotBlank @Size(max = 64) String> tieBreak) {

        ScoringScheme toScheme() {
            ScoringScheme p = preset == ScoringPreset.THAI_NGUYEN ? ScoringScheme.thaiNguyen()
                    : ScoringScheme.standard();
            return new ScoringScheme(criteria == null || criteria.isEmpty() ? p.criteria()
                    : criteria.stream().map(c -> new Criterion(c.code(), c.nameVi(), c.nameEn(), c.maxPoints())).toList(),
                    judgesPerEntry != null ? judgesPerEntry : p.judgesPerEntry(),
                    divergenceThreshold != null ? divergenceThreshold : p.divergenceThreshold(),
                    minTotalForPrize != null ? minTotalForPrize : p.minTotalForPrize(),
                    noZeroCriterion != null ? noZeroCriterion : p.noZeroCriterion(),
                    normalised != null ? normalised : p.normalised(),
                    tieBreak != null ? tieBreak : p.tieBreak());
        }
    }

    public record CriterionRequest(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 200) String nameVi,
                                   @Size(max = 200) String nameEn, @NotNull @Min(1) @Max(1000) Integer maxPoints) {
    }

    public record PrizeSlotRequest(@NotNull PrizeLevel level, @NotNull @Min(0) @Max(1000) Integer maxCount,
                                   @Min(0) @Max(1000) Integer maxPerField,
                                   @NotNull @PositiveOrZero @Max(100_000_000_000L) Long amountVnd) {
        PrizeSlot toSlot() {
            return new PrizeSlot(level, maxCount, maxPerField, amountVnd);
        }
    }

    public record RulesIssue(@NotNull @Valid CommitteeDecision decision) {
    }

    public record Launching(@NotNull LocalDate launchedOn) {
    }

    public record Amendment(@NotNull @Valid CommitteeDecision decision, @NotNull @Valid EditionTermsRequest terms) {
    }

    public record Extension(@NotNull @Valid CommitteeDecision decision, @NotNull LocalDate newClose) {
    }

    public record JuryAppointment(@NotNull @Valid CommitteeDecision decision,
                                  @NotEmpty @Size(max = 20) List<@Valid SubPanelRequest> subPanels) {
    }

    public record SubPanelRequest(@NotBlank @Size(max = 64) String field, @Size(max = 64) String chairId,
                                  @NotEmpty @Size(max = 30) List<@Valid JudgeRequest> judges) {
        SubPanel toPanel() {
            return new SubPanel(field, chairId, judges.stream().map(j -> new Judge(j.judgeId(), j.name(),
                                                                                  j.workplace())).toList());
        }
    }

    /** @param judgeId membership's person id of the judge (their account's person claim) */
    public record JudgeRequest(@NotBlank @Size(max = 64) String judgeId, @NotBlank @Size(max = 200) String name,
                               @Size(max = 300) String workplace) {
    }

    public record Shortlist(@NotEmpty @Size(max = 1000) List<@NotBlank @Size(max = 64) String> finalists) {
    }

    /** @param awards entry id → level; empty: the ranking's own proposal within the quotas */
    public record ResultsProposal(@NotBlank @Size(max = 200) String minutes,
                                  @Size(max = 1000) Map<@NotBlank @Size(max = 64) String, @NotNull PrizeLevel> awards) {
    }

    public record JuryReturn(@NotBlank @Size(max = 2000) String reason) {
    }

    public record ResultsApproval(@NotNull @Valid CommitteeDecision decision) {
    }

    public record Ceremony(@NotNull LocalDate heldOn) {
    }

    public record Revocation(@NotNull @Valid CommitteeDecision decision, @NotBlank @Size(max = 2000) String reason) {
    }

    public record Nominations(@NotNull NationalTarget target, @Min(1) @Max(200) Integer nationalEdition,
                              @NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 64) String> entryIds,
                              @NotNull LocalDate sentOn) {
    }

    /** @param level null: not awarded nationally */
    public record NationalResult(@NotBlank @Size(max = 64) String entryId, PrizeLevel level, Medal medal,
                                 @NotNull @Min(1990) @Max(2100) Integer year) {
    }

    public record Cancellation(@NotNull @Valid CommitteeDecision decision, @NotBlank @Size(max = 2000) String reason) {
    }
}
