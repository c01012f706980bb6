package vn.lienhiep.review.common.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.kernel.Inputs;

/**
 * One version of a province's TVPB regulation (quy chế TVPB, issued by the People's Committee), in force from
 * {@code effectiveFrom}. Every value is an assumption marked [A] in docs/domain/review.md#configurable-assumptions unless the province configures
 * its own.
 *
 * @param effectiveFrom           first day this version applies (compared with the date the request was received)
 * @param regulation              the regulation's reference as printed, e.g. "QĐ 92/2006/QĐ-UBND"
 * @param mandate                 subject types the union may review; anything else is declined (rule 2)
 * @param councilMinMembers       a council needs at least this many members … (rule 5)
 * @param councilMinCritics       … of whom at least this many critics (ủy viên phản biện), plus a chair and a secretary
 * @param expertGroupMinMembers   an expert group needs at least this many members
 * @param minLeadDays             the dossier should arrive this many days before the requester needs the result (rule 7)
 * @param acknowledgeWorkingDays  the union acknowledges a request within this many working days
 * @param decideWorkingDays       the union accepts or declines within this many working days
 * @param reportDays              default report deadline, days after the dossier is complete
 * @param responseDays            the requester's response is expected this many days after the report is sent;
 *                                after that the engagement closes with "no response"
 */
public record ReviewRuleSet(LocalDate effectiveFrom, String regulation, Set<SubjectType> mandate,
                            int councilMinMembers, int councilMinCritics, int expertGroupMinMembers,
                            int minLeadDays, int acknowledgeWorkingDays, int decideWorkingDays,
                            int reportDays, int responseDays) {

    /**
     * A version that cannot be a regulation (a council without room for its chair, a deadline of no days) is malformed
     * configuration: it names the property, and the service refuses to start with it (REV-15).
     */
    public ReviewRuleSet {
        Inputs.required(effectiveFrom, "effectiveFrom");
        mandate = mandate == null || mandate.isEmpty() ? EnumSet.noneOf(SubjectType.class) : EnumSet.copyOf(mandate);
        if (councilMinMembers < 3 || councilMinCritics < 0 || councilMinCritics + 2 > councilMinMembers) {
            throw new InvalidInput("councilMinMembers",
                    "hội đồng phải đủ chỗ cho chủ tịch, thư ký và các ủy viên phản biện",
                    "a council needs a chair, a secretary and its critics among its members");
        }
        Inputs.positive(expertGroupMinMembers, "expertGroupMinMembers");
        Inputs.notNegative(minLeadDays, "minLeadDays");
        Inputs.positive(acknowledgeWorkingDays, "acknowledgeWorkingDays");
        Inputs.positive(decideWorkingDays, "decideWorkingDays");
        Inputs.positive(reportDays, "reportDays");
        Inputs.positive(responseDays, "responseDays");
    }

    /** docs/domain/review.md#configurable-assumptions: every subject type, council ≥ 5 with ≥ 2 critics, group ≥ 3, 30/5/7/30/30 days. */
    public static ReviewRuleSet defaults(LocalDate effectiveFrom, String regulation) {
        return new ReviewRuleSet(effectiveFrom, regulation, EnumSet.allOf(SubjectType.class), 5, 2, 3, 30, 5, 7, 30, 30);
    }
}
