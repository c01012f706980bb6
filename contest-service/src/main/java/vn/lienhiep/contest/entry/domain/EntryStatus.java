package vn.lienhiep.contest.entry.domain;

import vn.lienhiep.kernel.Labelled;

/** Where an entry stands (docs/domain/contest.md#entry-lifecycle); its prize is the edition's business. */
public enum EntryStatus implements Labelled {
    SUBMITTED("Đã nộp", "Submitted"),
    INCOMPLETE("Cần bổ sung", "Returned for completion"),
    ELIGIBLE("Hợp lệ", "Eligible"),
    INELIGIBLE("Không hợp lệ", "Ineligible"),
    WITHDRAWN("Đã rút", "Withdrawn"),
    IN_JUDGING("Đang chấm", "In judging"),
    RESCORING("Tiểu ban chấm lại", "Re-scored by the sub-panel"),
    SCORED("Đã chấm", "Scored");

    private final String labelVi;
    private final String labelEn;

    EntryStatus(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** Declared eligible and not withdrawn: the entry competes. */
    public boolean competing() {
        return this == ELIGIBLE || this == IN_JUDGING || this == RESCORING || this == SCORED;
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
