package vn.lienhiep.contest.common.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.InvalidInput;

/**
 * One version of an edition's rules (thể lệ): what the Organising Committee issued, or amended by a later decision.
 * Versions are kept; an act (a submission, a score) is judged under the version in force on its date.
 *
 * @param version         1 for the rules first issued (0 while the edition is a draft), then one more per amendment
 * @param decision        the Organising Committee's decision issuing or amending the rules; null for a draft
 * @param submissionClose the last day of submission; the postmark rule accepts a dossier posted on or before it
 * @param postmarkRule    "theo dấu bưu điện": a dossier counts as submitted on its postmark date
 * @param blindJudging    judges never see who the authors are (default off: rural solutions are hard to anonymise)
 * @param nationalCap     how many awarded entries the province may send to the national contest; null = no cap
 */
public record EditionTerms(int version, DecisionRef decision, List<ContestField> fields, EligibilityPolicy eligibility,
                           ScoringScheme scoring, PrizeStructure prizes, LocalDate submissionOpen,
                           LocalDate submissionClose, boolean postmarkRule, boolean blindJudging, Integer nationalCap) {

    public EditionTerms {
        fields = fields == null ? List.of() : List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new InvalidInput("fields", "cần ít nhất một lĩnh vực dự thi", "at least one field is needed");
        }
        Set<String> codes = new HashSet<>();
        for (ContestField field : fields) {
            if (!codes.add(field.code())) {
                throw new InvalidInput("fields", "mã lĩnh vực " + field.code() + " bị lặp",
                                       "field code " + field.code() + " appears twice");
            }
        }
        if (eligibility == null || scoring == null || prizes == null) {
            throw new InvalidInput(eligibility == null ? "eligibility" : scoring == null ? "scoring" : "prizes",
                                   "bắt buộc", "required");
        }
        if (submissionOpen == null || submissionClose == null) {
            throw new InvalidInput(submissionOpen == null ? "submissionOpen" : "submissionClose", "bắt buộc",
                                   "required");
        }
        if (submissionClose.isBefore(submissionOpen)) {
            throw new InvalidInput("submissionClose", "hạn nộp không được trước ngày bắt đầu nhận hồ sơ",
                                   "the closing date must not be before the opening date");
        }
        if (nationalCap != null && nationalCap < 0) {
            throw new InvalidInput("nationalCap", "không được âm", "must not be negative");
        }
    }

    /** The standard terms of a programme, with the given submission window. */
    public static EditionTerms defaults(ContestType type, LocalDate open, LocalDate close) {
        PrizeStructure prizes = type == ContestType.VIFOTEC_AWARD ? PrizeStructure.vifotecPreset()
                : PrizeStructure.sonLaTechPreset();
        return new EditionTerms(0, null, ContestField.standard(type), EligibilityPolicy.defaults(type),
                                ScoringScheme.standard(), prizes, open, close, true, false, null);
    }

    public Optional<ContestField> field(String code) {
        return fields.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    /** These terms as issued or amended by {@code by}, as version {@code next}. */
    public EditionTerms issued(int next, DecisionRef by) {
        return new EditionTerms(next, by, fields, eligibility, scoring, prizes, submissionOpen, submissionClose,
                                postmarkRule, blindJudging, nationalCap);
    }

    /** The same terms with a later closing date (a deadline extension is a decision, not a rules amendment). */
    public EditionTerms closingOn(LocalDate close) {
        return new EditionTerms(version, decision, fields, eligibility, scoring, prizes, submissionOpen, close,
                                postmarkRule, blindJudging, nationalCap);
    }
}
