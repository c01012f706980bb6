package vn.lienhiep.membership.governance.domain;

import java.util.EnumSet;
import java.util.Set;

import vn.lienhiep.kernel.Labelled;

/** The congress state machine of docs/domain/membership.md#term-and-congress. */
public enum CongressStatus implements Labelled {
    PLANNING("Đang lên kế hoạch", "Planning"),
    PREPARING("Đang chuẩn bị (đã thành lập Ban Tổ chức)", "Preparing (organising committee formed)"),
    AWAITING_PARTY_APPROVAL("Chờ ý kiến của cấp ủy", "Awaiting party committee approval"),
    PARTY_APPROVED("Đã có ý kiến của cấp ủy", "Party committee approved"),
    CONVENED("Đã khai mạc", "Convened"),
    IN_SESSION("Đang họp (đủ số đại biểu)", "In session (quorate)"),
    ADJOURNED("Hoãn (không đủ số đại biểu)", "Adjourned (no quorum)"),
    ELECTED("Đã bầu Ban Chấp hành", "Executive Committee elected"),
    CLOSED("Đã bế mạc", "Closed");

    private final String labelVi;
    private final String labelEn;

    CongressStatus(String labelVi, String labelEn) {
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

    /** The step each command takes, and the statuses it may start from. */
    public enum Step {
        FORM_ORGANISING_COMMITTEE(EnumSet.of(PLANNING)),
        APPROVE_DOCUMENTS(EnumSet.of(PREPARING)),
        RECORD_PARTY_APPROVAL(EnumSet.of(AWAITING_PARTY_APPROVAL)),
        CONVENE(EnumSet.of(PARTY_APPROVED, ADJOURNED)),
        CHECK_QUORUM(EnumSet.of(CONVENED)),
        RECORD_ELECTION(EnumSet.of(IN_SESSION, ELECTED)),
        CLOSE(EnumSet.of(ELECTED));

        private final Set<CongressStatus> from;

        Step(Set<CongressStatus> from) {
            this.from = from;
        }

        public Set<CongressStatus> from() {
            return from;
        }
    }
}
