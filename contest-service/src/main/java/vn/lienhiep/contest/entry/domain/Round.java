package vn.lienhiep.contest.entry.domain;

import vn.lienhiep.kernel.Labelled;

/** The judging rounds: preliminary (sơ khảo), then final (chung khảo) for the shortlisted entries. */
public enum Round implements Labelled {
    PRELIMINARY("Vòng sơ khảo", "Preliminary round"),
    FINAL("Vòng chung khảo", "Final round");

    private final String labelVi;
    private final String labelEn;

    Round(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
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
