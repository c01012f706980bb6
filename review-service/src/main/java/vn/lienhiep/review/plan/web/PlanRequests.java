package vn.lienhiep.review.plan.web;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.SubjectType;
import vn.lienhiep.platform.web.DecisionRequest;

/** Request bodies of the annual plan API. Money in VND, whole numbers. Names are unique across the service (OpenAPI). */
public final class PlanRequests {

    private PlanRequests() {
    }

    public record PlanDraft(@NotNull @Min(2000) @Max(2100) Integer year, @NotBlank @Size(max = 300) String title) {
    }

    /** @param engagementId optional: the engagement that will run the item, if already known */
    public record PlanItemRequest(@NotBlank @Size(max = 500) String title,
                       @NotNull SubjectType subjectType,
                       @NotEmpty @Size(max = 8) Set<@NotNull ReviewForm> forms,
                       @NotNull @PositiveOrZero @Max(1_000_000_000_000L) Long estimateVnd,
                       @Size(max = 64) String engagementId) {
    }

    public record ItemLink(@NotBlank @Size(max = 64) String engagementId) {
    }

    public record PlanApproval(@NotNull @Valid DecisionRequest decision) {
    }

    public record PlanReturn(@NotBlank @Size(max = 2000) String reason) {
    }

    /** Name the item, or the engagement linked to it. */
    public record PlanCost(@Size(max = 64) String itemId,
                       @Size(max = 64) String engagementId,
                       @NotNull @Positive @Max(1_000_000_000_000L) Long amountVnd,
                       @NotBlank @Size(max = 1000) String description,
                       @NotNull @PastOrPresent LocalDate incurredOn) {
    }
}
