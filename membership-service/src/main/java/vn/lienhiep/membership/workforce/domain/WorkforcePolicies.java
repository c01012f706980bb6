package vn.lienhiep.membership.workforce.domain;

import java.time.LocalDate;
import java.util.Optional;

import vn.lienhiep.kernel.Policy;
import vn.lienhiep.kernel.Rejection;

import static vn.lienhiep.membership.common.domain.MembershipDates.*;

/**
 * The rules a workforce snapshot must meet before it may feed reports (docs/domain/membership.md#workforce-rules),
 * as ONE named policy enforced by {@link WorkforceSnapshot} before it applies its event.
 */
public final class WorkforcePolicies {

    private WorkforcePolicies() {
    }

    /** @param existingSnapshotId the snapshot already imported under this id, null if none */
    public record Import(String existingSnapshotId, WorkforceFigures figures, LocalDate today) {
    }

    /** MEM-WF-4: a snapshot is imported once; a correction is a new snapshot (another source or date). */
    static final Policy<Import> NOT_YET_IMPORTED = i -> i.existingSnapshotId() == null ? Policy.allow() : Optional.of(
            Rejection.of("membership.workforce.duplicate-snapshot",
                         "Số liệu ngày " + i.figures().asOfDate() + " từ nguồn \"" + i.figures().source()
                         + "\" đã được nhập; muốn sửa, hãy nhập một bộ số liệu mới (nguồn hoặc ngày khác).",
                         "The snapshot of " + i.figures().asOfDate() + " from \"" + i.figures().source()
                         + "\" was already imported; a correction is a new snapshot (another source or date).")
                     .with("snapshotId", i.existingSnapshotId()).with("asOfDate", i.figures().asOfDate().toString())
                     .with("source", i.figures().source()));

    /** MEM-WF-2: intellectuals are a subset of cadres, civil servants and public employees. */
    static final Policy<Import> INTELLECTUALS_WITHIN_CIVIL_SERVANTS = i -> {
        WorkforceFigures f = i.figures();
        return f.intellectualsTotal() <= f.totalCivilServants() ? Policy.allow() : Optional.of(
                Rejection.of("membership.workforce.intellectuals-exceed-total",
                             "Số trí thức (" + f.intellectualsTotal() + ") không được lớn hơn tổng số cán bộ, công chức, "
                             + "viên chức (" + f.totalCivilServants() + ").",
                             "Intellectuals (" + f.intellectualsTotal() + ") cannot outnumber all cadres, civil "
                             + "servants and public employees (" + f.totalCivilServants() + ").")
                         .with("totalCivilServants", f.totalCivilServants())
                         .with("intellectualsTotal", f.intellectualsTotal()));
    };

    /**
     * MEM-WF-3: each breakdown must add up to the intellectual total (the consistency checks of
     * docs/domain/reports.md#r-m1); the refusal names the first breakdown that does not, so the person importing
     * knows which column to fix.
     */
    static final Policy<Import> BREAKDOWNS_ADD_UP = i -> {
        WorkforceFigures f = i.figures();
        return mismatch("bySector", "theo khu vực", "by sector", f.sectorSum(), f.intellectualsTotal())
                .or(() -> mismatch("byDegreeBucket", "theo trình độ", "by degree", f.degreeBucketSum(),
                                   f.intellectualsTotal()))
                .or(() -> mismatch("byField", "theo lĩnh vực", "by field", f.fieldSum(), f.intellectualsTotal()));
    };

    /** Every import of a snapshot passes these, in this order (MEM-WF-5: not dated in the future). */
    public static final Policy<Import> IMPORTING = Policy.allOf(
            NOT_YET_IMPORTED, i -> DATES.notInFuture(i.today(), EFFECTIVE).check(i.figures().asOfDate()),
            INTELLECTUALS_WITHIN_CIVIL_SERVANTS, BREAKDOWNS_ADD_UP);

    private static Optional<Rejection> mismatch(String breakdown, String labelVi, String labelEn, long actual,
                                                int expected) {
        return actual == expected ? Policy.allow() : Optional.of(
                Rejection.of("membership.workforce.breakdown-mismatch",
                             "Tổng phân loại " + labelVi + " (" + breakdown + ") là " + actual + ", không khớp tổng số "
                             + "trí thức " + expected + ".",
                             "The breakdown " + labelEn + " (" + breakdown + ") adds up to " + actual + ", not to the "
                             + "intellectual total " + expected + ".")
                         .with("breakdown", breakdown).with("expected", expected).with("actual", actual));
    }
}
