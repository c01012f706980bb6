package vn.lienhiep.membership.organization.domain;

import vn.lienhiep.kernel.Labelled;

/** The five kinds of member organisation (docs/domain/membership.md#mem-org-2). An organisation has exactly one at a time. */
public enum OrganizationKind implements Labelled {
    SPECIALISED_ASSOCIATION("Hội chuyên ngành", "Specialised association"),
    FEDERATION("Hiệp hội", "Federation"),
    BRANCH_ASSOCIATION("Chi hội", "Branch association"),
    MEMBER_UNIT("Đơn vị thành viên", "Member unit"),
    COLLECTIVE_MEMBER("Hội viên tập thể", "Collective member");

    private final String labelVi;
    private final String labelEn;

    OrganizationKind(String labelVi, String labelEn) {
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
