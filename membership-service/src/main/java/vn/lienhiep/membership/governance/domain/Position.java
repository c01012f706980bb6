package vn.lienhiep.membership.governance.domain;

import java.util.EnumSet;
import java.util.Set;

import vn.lienhiep.kernel.Labelled;

/** Chức danh: a seat's position in a governing body. */
public enum Position implements Labelled {
    CHAIR("Chủ tịch", "Chair"),
    VICE_CHAIR("Phó Chủ tịch", "Vice-Chair"),
    SECRETARY_GENERAL("Tổng Thư ký", "Secretary-General"),
    STANDING_MEMBER("Ủy viên Ban Thường vụ", "Standing Committee member"),
    MEMBER("Ủy viên Ban Chấp hành", "Executive Committee member");

    private final String labelVi;
    private final String labelEn;

    Position(String labelVi, String labelEn) {
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

    /** Positions a body has exactly one holder of at a time. */
    public boolean isSingle() {
        return this == CHAIR || this == SECRETARY_GENERAL;
    }

    /** Which positions a body's seats may have: the BCH elects members; officers sit in BTV and Thường trực. */
    public static Set<Position> allowedIn(GoverningBodyType body) {
        return switch (body) {
            case BCH -> EnumSet.of(MEMBER);
            case BTV -> EnumSet.of(CHAIR, VICE_CHAIR, SECRETARY_GENERAL, STANDING_MEMBER);
            case THUONG_TRUC -> EnumSet.of(CHAIR, VICE_CHAIR, SECRETARY_GENERAL);
        };
    }
}
