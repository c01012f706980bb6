package vn.lienhiep.contest.edition.domain;

import vn.lienhiep.kernel.Labelled;

/** Where a province sends its best entries. */
public enum NationalTarget implements Labelled {
    NATIONAL_CONTEST("Hội thi / Cuộc thi toàn quốc", "National contest"),
    VIFOTEC("Giải thưởng Sáng tạo KH&CN Việt Nam (VIFOTEC)", "VIFOTEC award");

    private final String labelVi;
    private final String labelEn;

    NationalTarget(String labelVi, String labelEn) {
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
