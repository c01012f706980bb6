package vn.lienhiep.membership.person.domain;

import vn.lienhiep.kernel.Labelled;

/** Hội viên chính thức / liên kết / danh dự — the three types of typical association charters. */
public enum MemberType implements Labelled {
    OFFICIAL("Hội viên chính thức", "Official member"),
    ASSOCIATE("Hội viên liên kết", "Associate member"),
    HONORARY("Hội viên danh dự", "Honorary member");

    private final String labelVi;
    private final String labelEn;

    MemberType(String labelVi, String labelEn) {
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
