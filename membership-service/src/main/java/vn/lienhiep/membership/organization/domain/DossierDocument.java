package vn.lienhiep.membership.organization.domain;

/** Documents of an admission dossier (hồ sơ kết nạp), docs/domain/membership.md#mem-org-4. */
public enum DossierDocument {
    /** Đơn đề nghị gia nhập. */
    APPLICATION_LETTER,
    /** Quyết định cho phép thành lập. */
    ESTABLISHMENT_DECISION,
    /** Điều lệ đã được phê duyệt. */
    CHARTER,
    /** Danh sách ban lãnh đạo. */
    LEADERSHIP_LIST,
    /** Số lượng hội viên. */
    MEMBER_COUNT
}
