package vn.lienhiep.contest.common.domain;

import java.time.LocalDate;

import vn.lienhiep.kernel.InvalidInput;

/**
 * An edition's eligibility rules (thể lệ), each configurable because provinces differ; every value is read by one
 * named screening rule of {@code EntryPolicies}.
 *
 * @param appliedSinceYear        created and applied since this year (national 13th: 2009; Thanh Hóa 13th: 2017);
 *                                null = no cut-off
 * @param evidenceRequired        an entry must carry evidence that it was applied ("đã áp dụng"); default true for
 *                                the technical contest
 * @param birthDateFrom           youth editions: authors born on or after this date (Sơn La 6th: 2005-07-31)
 * @param birthDateTo             youth editions: authors born on or before this date (Sơn La 6th: 2017-07-31)
 * @param applicationWindowYears  VIFOTEC: researched and applied within this many years up to the deadline (5)
 * @param allowPreviouslyAwarded  a solution already awarded at an earlier edition of the same programme may enter
 *                                again (default false)
 * @param provinceOnly            entrants must live or work in the province
 * @param maxAuthors              the largest author group (youth: 5); null = no cap
 * @param guardianConsentUnderAge authors younger than this need their guardian's consent to the processing of their
 *                                personal data (16); null = none
 */
public record EligibilityPolicy(Integer appliedSinceYear, boolean evidenceRequired, LocalDate birthDateFrom,
                                LocalDate birthDateTo, Integer applicationWindowYears, boolean allowPreviouslyAwarded,
                                boolean provinceOnly, Integer maxAuthors, Integer guardianConsentUnderAge) {

    public EligibilityPolicy {
        if (birthDateFrom != null && birthDateTo != null && birthDateFrom.isAfter(birthDateTo)) {
            throw new InvalidInput("eligibility.birthDateFrom", "ngày sinh từ phải trước ngày sinh đến",
                                   "birthDateFrom must not be after birthDateTo");
        }
        if (maxAuthors != null && maxAuthors < 1) {
            throw new InvalidInput("eligibility.maxAuthors", "phải từ 1 trở lên", "must be at least 1");
        }
        if (applicationWindowYears != null && applicationWindowYears < 1) {
            throw new InvalidInput("eligibility.applicationWindowYears", "phải từ 1 trở lên", "must be at least 1");
        }
    }

    /** The defaults of a programme (docs/domain/contest.md#configurable-assumptions). */
    public static EligibilityPolicy defaults(ContestType type) {
        return switch (type) {
            case TECH_INNOVATION -> new EligibilityPolicy(null, true, null, null, null, false, false, null, null);
            case YOUTH_CREATIVITY -> new EligibilityPolicy(null, false, null, null, null, false, false, 5, 16);
            case VIFOTEC_AWARD -> new EligibilityPolicy(null, true, null, null, 5, false, false, null, null);
        };
    }
}
