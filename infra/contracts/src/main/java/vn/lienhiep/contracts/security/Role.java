package vn.lienhiep.contracts.security;

import java.util.Locale;
import java.util.Optional;

/**
 * The platform's roles (docs/domain/README.md#actors-and-roles). Tokens carry them by name in the roles claim; an identity
 * provider may spell them in lower case or with dashes (Keycloak realm roles often do), see {@link #parse}.
 *
 * <p>Anonymous callers have no role at all: they are not a member of this enum on purpose, so no rule can grant
 * something to "anonymous" by listing a role.
 */
public enum Role {
    UNION_ADMIN("Quản trị hệ thống", "Union administrator"),
    UNION_LEADERSHIP("Thường trực Liên hiệp Hội", "Union leadership"),
    UNION_STAFF("Cán bộ văn phòng Liên hiệp Hội", "Union staff"),
    REVIEW_COORDINATOR("Ban Tư vấn phản biện", "Review coordinator"),
    CONTEST_COMMITTEE("Ban Tổ chức hội thi", "Contest committee"),
    CONTEST_SECRETARIAT("Ban Thư ký hội thi", "Contest secretariat"),
    JURY_CHAIR("Trưởng ban giám khảo", "Jury chair"),
    JUDGE("Giám khảo", "Judge"),
    /** An author or entering unit of a contest: sees its own entries, as the person the token's person claim names. */
    ENTRANT("Tác giả, đơn vị dự thi", "Contest entrant"),
    EXPERT("Chuyên gia", "Expert"),
    /** Scoped to ONE member organisation: the token's {@link Claims#ORGANIZATION} claim. */
    MEMBER_ORG_ADMIN("Cán bộ đầu mối hội thành viên", "Member-organisation officer"),
    /** Scoped to one requesting body: the token's {@link Claims#REQUESTER} claim. */
    REQUESTER("Cơ quan đề nghị tư vấn, phản biện", "Requester"),
    HONOURS_SECRETARIAT("Thường trực tôn vinh", "Honours secretariat"),
    /** Reads operational endpoints (metrics); no business data. */
    OPERATOR("Vận hành hệ thống", "Operator");

    private final String labelVi;
    private final String labelEn;

    Role(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The Spring Security authority name for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** "union-staff", "Union_Staff" and "UNION_STAFF" are the same role; anything else is not ours and is ignored. */
    public static Optional<Role> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String normalized = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (normalized.startsWith("ROLE_")) {
            normalized = normalized.substring("ROLE_".length());
        }
        try {
            return Optional.of(Role.valueOf(normalized));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }
}
