package vn.lienhiep.membership.workforce.web;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import vn.lienhiep.membership.workforce.domain.WorkforceDegreeBucket;
import vn.lienhiep.membership.workforce.domain.WorkforceField;
import vn.lienhiep.membership.workforce.domain.WorkforceFigures;
import vn.lienhiep.membership.workforce.domain.WorkforceSector;

/** Request bodies of the workforce API. */
public final class WorkforceRequests {

    private WorkforceRequests() {
    }

    /** A snapshot as the provincial HR system reports it; an absent category counts as zero. */
    public record Snapshot(@NotNull @PastOrPresent LocalDate asOfDate,
                           @NotBlank @Size(max = 300) String source,
                           @NotNull @Min(0) @Max(100_000_000) Integer totalCivilServants,
                           @NotNull @Min(0) @Max(100_000_000) Integer intellectualsTotal,
                           @NotNull Map<WorkforceSector, @NotNull @Min(0) @Max(100_000_000) Integer> bySector,
                           @NotNull Map<WorkforceDegreeBucket, @NotNull @Min(0) @Max(100_000_000) Integer> byDegreeBucket,
                           @NotNull Map<WorkforceField, @NotNull @Min(0) @Max(100_000_000) Integer> byField) {

        WorkforceFigures figures() {
            return new WorkforceFigures(asOfDate, source, totalCivilServants, intellectualsTotal, bySector,
                                        byDegreeBucket, byField);
        }
    }
}
