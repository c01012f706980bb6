package vn.lienhiep.membership.expert.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import vn.lienhiep.membership.expert.domain.Availability;
import vn.lienhiep.membership.expert.domain.ExpertDetails;
import vn.lienhiep.membership.expert.domain.ExpertScope;

/**
 * Request bodies of the expert API. Empty field or employer lists pass validation on purpose: the domain refuses
 * them with a named rule (422) that tells the user why they matter.
 */
public final class ExpertRequests {

    private ExpertRequests() {
    }

    public record Registration(@NotBlank @Size(max = 64) String personId, @NotNull @Valid Details profile) {
    }

    public record Details(@Size(max = 20) List<@NotBlank @Size(max = 20) String> expertiseFields,
                          @Size(max = 2000) String specialisations,
                          @NotNull ExpertScope scope,
                          @Min(0) @Max(80) Integer yearsExperience,
                          @Size(max = 20) List<@NotBlank @Size(max = 300) String> employers,
                          @Size(max = 20) List<@NotBlank @Size(max = 300) String> positions,
                          @NotNull Availability availability,
                          Boolean consentToProcessPersonalData,
                          Boolean consentToPublishName) {
        ExpertDetails toDetails() {
            return new ExpertDetails(expertiseFields, specialisations, scope, yearsExperience, employers, positions,
                                     availability, Boolean.TRUE.equals(consentToProcessPersonalData),
                                     Boolean.TRUE.equals(consentToPublishName));
        }
    }

    public record Verification(@Size(max = 2000) String note) {
    }

    public record Rejection(@NotBlank @Size(max = 2000) String reason) {
    }

    public record Deactivation(@Size(max = 2000) String reason, @PastOrPresent LocalDate effectiveDate) {
    }
}
