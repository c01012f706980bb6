package vn.lienhiep.membership.workforce.domain;

import java.time.LocalDate;
import java.util.Optional;

import vn.lienhiep.kernel.Policy;
import vn.lienhiep.kernel.Rejection;

/** The rules a workforce snapshot must meet before it may feed reports. */
public final class WorkforcePolicies {

    private WorkforcePolicies() {
    }

    /** Intellectuals are a subset of cadres, civil servants and public employees. */
    public static Policy<WorkforceFigures> intellectualsWithinCivilServants() {
        return f -> f.intellectualsTotal() <= f.totalCivilServants() ? Policy.allow() : Optional.of(
                Rejection.of("membership.workforce.intellectuals-exceed-total",
                             "Số trí thức (" + f.intellectualsTotal() + ") không được lớn hơn tổng số cán bộ, công chức, "
                             + "viên chức (" + f.totalCivilServants() + ").",
                             "Intellectuals (" + f.intellectualsTotal() + ") cannot outnumber all cadres, civil "
                             + "servants and public employees (" + f.totalCivilServants() + ").")
                         .with("totalCivilServants", f.totalCivilServants())
                         .with("intellectualsTotal", f.intellectualsTotal()));
    }

    /**
     * Each breakdown must add up to the intellectual total (the consistency checks of docs/domain/reports.md#r-m1); the refusal
     * names the first breakdown that does not, so the person importing knows which column to fix.
     */
    public static Policy<WorkforceFigures> breakdownsAddUp() {
        return f -> mismatch("bySector", "theo khu vực", "by sector", f.sectorSum(), f.intellectualsTotal())
                .or(() -> mismatch("byDegreeBucket", "theo trình độ", "by degree", f.degreeBucketSum(),
                                   f.intellectualsTotal()))
                .or(() -> mismatch("byField", "theo lĩnh vực", "by field", f.fieldSum(), f.intellectualsTotal()));
    }


    /** A snapshot is imported once; a correction is a new snapshot (another source or date). */
    public static Optional<Rejection> duplicate(String snapshotId, LocalDate asOfDate, String source) {
        return Optional.of(Rejection.of("membership.workforce.duplicate-snapshot",
                        "Số liệu ngày " + asOfDate + " từ nguồn \"" + source + "\" đã được nhập; muốn sửa, hãy nhập "
                        + "một bộ số liệu mới (nguồn hoặc ngày khác).",
                        "The snapshot of " + asOfDate + " from \"" + source + "\" was already imported; a correction "
                        + "is a new snapshot (another source or date).")
                .with("snapshotId", snapshotId).with("asOfDate", asOfDate.toString()).with("source", source));
    }

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
