package vn.lienhiep.contest.entry.web;

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
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.lienhiep.contest.common.domain.EntryAuthor;
import vn.lienhiep.contest.entry.domain.Dossier;
import vn.lienhiep.contest.entry.domain.EntrantType;
import vn.lienhiep.contest.entry.domain.EvidenceType;

/** Request bodies of the entries API. Names are unique across the service (OpenAPI). */
public final class EntryRequests {

    private EntryRequests() {
    }

    /**
     * @param submittedOn  the day the dossier reached the secretariat
     * @param postmarkedOn when posted: the postmark's date
     */
    public record EntrySubmission(@NotBlank @Size(max = 64) String editionId, @NotNull @Valid DossierRequest dossier,
                                  @NotNull LocalDate submittedOn, LocalDate postmarkedOn) {
    }

    public record DossierRequest(@NotBlank @Size(max = 64) String field, @NotBlank @Size(max = 500) String title,
                                 @NotNull EntrantType entrantType, @Size(max = 64) String organisationId,
                                 @Size(max = 300) String organisationName,
                                 @NotEmpty @Size(max = 30) List<@Valid AuthorRequest> authors,
                                 @Min(1950) @Max(2100) Integer createdYear,
                                 @Min(1950) @Max(2100) Integer appliedSinceYear,
                                 @Size(max = 50) List<@NotBlank @Size(max = 300) String> applicationSites,
                                 @Size(max = 50) List<@Valid EvidenceRequest> evidence,
                                 @PositiveOrZero @Max(1_000_000_000_000_000L) Long benefitVnd, Boolean inProvince,
                                 @Valid YouthRequest youth) {

        Dossier toDossier() {
            return new Dossier(field, title, entrantType, organisationId, organisationName,
                               authors.stream().map(AuthorRequest::toAuthor).toList(), createdYear, appliedSinceYear,
                               applicationSites,
                               evidence == null ? List.of() : evidence.stream()
                                       .map(e -> new Dossier.Evidence(e.type(), e.issuer(), e.date())).toList(),
                               benefitVnd, inProvince == null || inProvince,
                               youth == null ? null : new Dossier.Youth(youth.school(), youth.grade(),
                                       youth.supervisorName(), youth.supervisorPersonId(),
                                       youth.guardianConsent() != null && youth.guardianConsent()));
        }
    }

    /** @param personId membership's person id, when the author is known there */
    public record AuthorRequest(@Size(max = 64) String personId, @NotBlank @Size(max = 200) String name,
                                Boolean principal, @NotNull @Min(0) @Max(100) Integer sharePercent,
                                @Size(max = 300) String workplace, Boolean tradeUnionMember, @Past LocalDate birthDate,
                                Boolean consentToPublish) {
        EntryAuthor toAuthor() {
            return new EntryAuthor(personId, name, principal != null && principal, sharePercent, workplace,
                                   tradeUnionMember != null && tradeUnionMember, birthDate,
                                   consentToPublish != null && consentToPublish);
        }
    }

    public record EvidenceRequest(@NotNull EvidenceType type, @Size(max = 300) String issuer, LocalDate date) {
    }

    public record YouthRequest(@Size(max = 300) String school, @Size(max = 20) String grade,
                               @Size(max = 200) String supervisorName, @Size(max = 64) String supervisorPersonId,
                               Boolean guardianConsent) {
    }

    public record CompletionRequest(@NotBlank @Size(max = 2000) String missing) {
    }

    public record Resubmission(@NotNull @Valid DossierRequest dossier) {
    }

    public record EntryWithdrawal(@NotBlank @Size(max = 2000) String reason) {
    }

    public record Ineligibility(@NotBlank @Size(max = 2000) String reason) {
    }

    /** @param judgeId a judge of the sub-panel of the entry's field (their person id) */
    public record JudgeAssignment(@NotBlank @Size(max = 64) String judgeId) {
    }

    /** @param points criterion code → points, at most one decimal */
    public record ScoreSheetRequest(@NotEmpty @Size(max = 10) Map<@NotBlank @Size(max = 64) String,
                                            @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal> points,
                                    @Size(max = 4000) String comment) {
    }

    public record Recusal(@NotBlank @Size(max = 2000) String reason) {
    }
}
