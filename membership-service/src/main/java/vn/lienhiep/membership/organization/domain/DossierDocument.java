package vn.lienhiep.membership.organization.domain;

import vn.lienhiep.kernel.Labelled;

/** Documents of an admission dossier (hồ sơ kết nạp), docs/domain/membership.md#mem-org-4. */
public enum DossierDocument implements Labelled {
    APPLICATION_LETTER("Đơn đề nghị gia nhập", "Application letter"),
    ESTABLISHMENT_DECISION("Quyết định cho phép thành lập", "Establishment decision"),
    CHARTER("Điều lệ đã được phê duyệt", "Approved charter"),
    LEADERSHIP_LIST("Danh sách ban lãnh đạo", "Leadership list"),
    MEMBER_COUNT("Số lượng hội viên", "Member count");

    private final String labelVi;
    private final String labelEn;

    DossierDocument(String labelVi, String labelEn) {
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
