package vn.lienhiep.contest.entry.domain;

import vn.lienhiep.kernel.Labelled;

/** Who enters: a person (or group of authors) or an organisation that invested in the solution. */
public enum EntrantType implements Labelled {
    INDIVIDUAL("Cá nhân, nhóm tác giả", "Individual or group of authors"),
    ORGANISATION("Tổ chức", "Organisation");

    private final String labelVi;
    private final String labelEn;

    EntrantType(String labelVi, String labelEn) {
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
