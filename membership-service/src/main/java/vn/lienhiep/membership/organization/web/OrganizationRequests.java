package vn.lienhiep.membership.organization.web;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import vn.lienhiep.platform.web.DecisionRequest;
import vn.lienhiep.membership.organization.domain.DossierDocument;
import vn.lienhiep.membership.organization.domain.OrganizationCommands.Profile;
import vn.lienhiep.membership.organization.domain.OrganizationKind;

/** Request bodies of the organisation API. */
public final class OrganizationRequests {

    private OrganizationRequests() {
    }

    public record Application(@NotBlank @Size(max = 300) String name,
                              @Size(max = 50) String shortName,
                              @NotNull OrganizationKind kind,
                              @NotBlank @Size(max = 200) String field,
                              Boolean foundingMember,
                              Boolean specialStatus,
                              Boolean stateStaffed,
                              @Size(max = 200) String establishmentDecision,
                              @PastOrPresent LocalDate appliedOn,
                              @Size(max = 10) Set<@NotNull DossierDocument> dossier) {
        Profile profile() {
            return new Profile(name, shortName, kind, field, Boolean.TRUE.equals(foundingMember),
                               Boolean.TRUE.equals(specialStatus), Boolean.TRUE.equals(stateStaffed),
                               establishmentDecision);
        }
    }

    public record ExistingMember(@NotBlank @Size(max = 300) String name,
                                 @Size(max = 50) String shortName,
                                 @NotNull OrganizationKind kind,
                                 @NotBlank @Size(max = 200) String field,
                                 Boolean foundingMember,
                                 Boolean specialStatus,
                                 Boolean stateStaffed,
                                 @Size(max = 200) String establishmentDecision,
                                 @NotNull @Valid DecisionRequest admission) {
        Profile profile() {
            return new Profile(name, shortName, kind, field, Boolean.TRUE.equals(foundingMember),
                               Boolean.TRUE.equals(specialStatus), Boolean.TRUE.equals(stateStaffed),
                               establishmentDecision);
        }
    }

    public record StaffAct(@Size(max = 2000) String note, @PastOrPresent LocalDate on) {
    }

    public record SupplementRequest(@NotBlank @Size(max = 2000) String reason, @PastOrPresent LocalDate on) {
    }

    public record Resubmission(@Size(max = 10) Set<@NotNull DossierDocument> addedDocuments, @PastOrPresent LocalDate on) {
    }

    public record Decision(@NotNull @Valid DecisionRequest decision, @Size(max = 2000) String reason) {
    }

    /** Rejections and sanctions must say why. */
    public record ReasonedDecision(@NotNull @Valid DecisionRequest decision, @NotBlank @Size(max = 2000) String reason) {
    }

    public record Rename(@NotBlank @Size(max = 300) String name, @Size(max = 50) String shortName,
                         @PastOrPresent LocalDate effectiveDate, @Valid DecisionRequest decision) {
    }

    public record Field(@NotBlank @Size(max = 200) String field) {
    }

    public record Flags(@NotNull Boolean foundingMember, @NotNull Boolean specialStatus, @NotNull Boolean stateStaffed) {
    }

    public record MemberCounts(@NotNull @PastOrPresent LocalDate asOf,
                               @NotNull @Min(0) @Max(100_000_000) Integer members,
                               @NotNull @Min(0) @Max(100_000_000) Integer intellectualMembers) {
    }
}
