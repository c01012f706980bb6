package vn.lienhiep.contest.common.domain;

import vn.lienhiep.kernel.Labelled;

/** Where a contest edition stands (docs/domain/contest.md#edition-lifecycle). */
public enum EditionStatus implements Labelled {
    DRAFT("Dự thảo", "Draft"),
    RULES_ISSUED("Đã ban hành thể lệ", "Rules issued"),
    OPEN("Đang nhận hồ sơ", "Open for entries"),
    SCREENING("Đang thẩm định hồ sơ", "Screening"),
    PRELIMINARY_ROUND("Vòng sơ khảo", "Preliminary round"),
    FINAL_ROUND("Vòng chung khảo", "Final round"),
    RESULTS_PROPOSED("Ban Giám khảo đã đề xuất kết quả", "Results proposed"),
    RESULTS_APPROVED("Ban Tổ chức đã công nhận kết quả", "Results approved"),
    AWARDED("Đã trao giải", "Awarded"),
    NOMINATED_UPWARD("Đã gửi dự thi toàn quốc", "Nominated upward"),
    ARCHIVED("Đã lưu trữ", "Archived"),
    CANCELLED("Đã hủy", "Cancelled");

    private final String labelVi;
    private final String labelEn;

    EditionStatus(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** Before the prizes were handed over, the committee may still cancel the edition. */
    public boolean cancellable() {
        return ordinal() < AWARDED.ordinal();
    }

    /** The rules may be amended by a new decision from issue until the jury proposes results. */
    public boolean amendable() {
        return ordinal() >= RULES_ISSUED.ordinal() && ordinal() <= FINAL_ROUND.ordinal();
    }

    /** Judges score entries in the two rounds. */
    public boolean judging() {
        return this == PRELIMINARY_ROUND || this == FINAL_ROUND;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
