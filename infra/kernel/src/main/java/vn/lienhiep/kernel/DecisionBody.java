package vn.lienhiep.kernel;

/**
 * Who may issue a decision (cơ quan ban hành quyết định), as the public contract codes it (schemas/common/decision.v1.json).
 * The union's own bodies decide admissions, sanctions and review reports;
 * external authorities decide dissolution and licensing.
 */
public enum DecisionBody implements Labelled {
    /** Ban Chấp hành — executive committee. */
    BCH("Ban Chấp hành", "Executive Committee"),
    /** Ban Thường vụ — standing committee. */
    BTV("Ban Thường vụ", "Standing Committee"),
    /** Thường trực — standing officers. */
    THUONG_TRUC("Thường trực", "Standing officers"),
    /** Đại hội — the congress itself (elections, charter). */
    DAI_HOI("Đại hội", "Congress"),
    /** Ủy ban nhân dân tỉnh — provincial People's Committee. */
    UBND_TINH("Ủy ban nhân dân tỉnh", "Provincial People's Committee"),
    /** Sở Nội vụ — Department of Home Affairs (association licensing). */
    SO_NOI_VU("Sở Nội vụ", "Department of Home Affairs"),
    /** Tỉnh ủy / Ban Thường vụ Tỉnh ủy — provincial party committee. */
    TINH_UY("Tỉnh ủy", "Provincial Party Committee"),
    /** The member organisation's own governing body (e.g. its congress deciding to dissolve). */
    TO_CHUC_THANH_VIEN("Tổ chức thành viên", "The member organisation itself");

    private final String labelVi;
    private final String labelEn;

    DecisionBody(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Parses the {@code issuedBy} of a decision reference. */
    public static DecisionBody of(String code) {
        try {
            return valueOf(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInput("decision.issuedBy", "cơ quan ban hành không có trong danh mục: " + code,
                                   "unknown decision body: " + code);
        }
    }
}
