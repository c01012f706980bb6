package vn.lienhiep.contest.common.domain;

import vn.lienhiep.kernel.Inputs;
import vn.lienhiep.kernel.InvalidInput;

/**
 * One criterion (tiêu chí chấm điểm) of a contest's scoring sheet, with the most points a judge may give for it. The
 * points of all criteria add up to the entry's total (thang điểm, usually 100).
 *
 * @param code      stable code the score sheets use (e.g. {@link #NOVELTY})
 * @param nameVi    the criterion as the contest's rules name it
 * @param nameEn    the same in English
 * @param maxPoints the most points a judge may give for it; at least 1
 */
public record Criterion(String code, String nameVi, String nameEn, int maxPoints) {

    /** Tính mới, tính sáng tạo: what the solution adds to what existed. */
    public static final String NOVELTY = "NOVELTY";
    /** Khả năng áp dụng: whether and how widely it can be put to use. */
    public static final String APPLICABILITY = "APPLICABILITY";
    /** Hiệu quả kinh tế – kỹ thuật – xã hội: the benefit it brings. */
    public static final String EFFECTIVENESS = "EFFECTIVENESS";
    /** Bình chọn của cộng đồng: points from the public vote, not from the jury (Thái Nguyên's rules). */
    public static final String COMMUNITY_VOTE = "COMMUNITY_VOTE";

    /** Refuses a criterion without a code or names, or that cannot be given a single point; cleans the text. */
    public Criterion {
        code = Inputs.optionalText(code);
        if (code == null) {
            throw new InvalidInput("criteria", "mỗi tiêu chí phải có mã", "every criterion needs a code");
        }
        nameVi = Inputs.optionalText(nameVi);
        nameEn = Inputs.optionalText(nameEn);
        if (nameVi == null || nameEn == null) {
            throw new InvalidInput("criteria", "tiêu chí " + code + " phải có tên tiếng Việt và tiếng Anh",
                                   "criterion " + code + " needs a Vietnamese and an English name");
        }
        if (maxPoints < 1) {
            throw new InvalidInput("criteria", "điểm tối đa của tiêu chí " + code + " phải từ 1 trở lên",
                                   "the maximum points of criterion " + code + " must be at least 1");
        }
    }

    /** Tính mới, tính sáng tạo, worth {@code maxPoints}. */
    public static Criterion novelty(int maxPoints) {
        return new Criterion(NOVELTY, "Tính mới, tính sáng tạo", "Novelty and creativity", maxPoints);
    }

    /** Khả năng áp dụng, worth {@code maxPoints}. */
    public static Criterion applicability(int maxPoints) {
        return new Criterion(APPLICABILITY, "Khả năng áp dụng", "Applicability", maxPoints);
    }

    /** Hiệu quả kinh tế – kỹ thuật – xã hội, worth {@code maxPoints}. */
    public static Criterion effectiveness(int maxPoints) {
        return new Criterion(EFFECTIVENESS, "Hiệu quả kinh tế – kỹ thuật – xã hội",
                             "Economic, technical and social effectiveness", maxPoints);
    }

    /** Bình chọn của cộng đồng, worth {@code maxPoints}. */
    public static Criterion communityVote(int maxPoints) {
        return new Criterion(COMMUNITY_VOTE, "Bình chọn của cộng đồng", "Community vote", maxPoints);
    }
}
