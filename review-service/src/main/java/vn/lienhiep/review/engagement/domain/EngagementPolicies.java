package vn.lienhiep.review.engagement.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import vn.lienhiep.kernel.DatePolicies.DateName;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.Policy;
import vn.lienhiep.kernel.Rejection;
import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.ReviewRuleSet;
import vn.lienhiep.review.common.domain.SubjectType;

import static vn.lienhiep.review.common.domain.ReviewDates.*;

/**
 * The named rules of the engagement's own acts (docs/domain/review.md#rules): the lifecycle every act passes first,
 * intake, funding, workshops, closing, publication, withdrawal and cancellation. The panel's rules are
 * {@code panel.PanelPolicies}, the report's {@code report.ReportPolicies}, the response's
 * {@code response.ResponsePolicies}. Each act's rules are one named value, enforced before its event is applied;
 * each refusal has a stable rule code (answered 422), a Vietnamese and an English message and details.
 */
public final class EngagementPolicies {

    private EngagementPolicies() {
    }

    // --- lifecycle -----------------------------------------------------------------------------------------------

    /** An act asked of the engagement in the state it is in. */
    public record Step(EngagementAct act, EngagementStatus status) {
    }

    /**
     * REV-11: which act in which state ({@link EngagementAct}); terminal states refuse everything (a closed
     * engagement's publication decision aside: a declined or cancelled one has no outcome to publish).
     */
    public static final Policy<Step> LIFECYCLE = step -> {
        EngagementAct act = step.act();
        EngagementStatus status = step.status();
        if (act == EngagementAct.PUBLISH_OUTCOME && !status.isTerminal()) {
            return Optional.of(Rejection.of("review.publication.not-closed",
                                            "Chỉ công bố kết quả của nhiệm vụ đã kết thúc.",
                                            "Only the outcome of a closed engagement can be published.")
                                        .with("status", status.name()));
        }
        if (act == EngagementAct.PUBLISH_OUTCOME && status == EngagementStatus.CLOSED) {
            return Policy.allow();
        }
        if (status.isTerminal()) {
            return Optional.of(Rejection.of("review.engagement.closed",
                            "Nhiệm vụ đã ở trạng thái kết thúc (" + status.labelVi() + "); không thể thay đổi.",
                            "The engagement is " + status.labelEn().toLowerCase() + "; it can no longer change.")
                    .with("status", status.name()));
        }
        if (act == EngagementAct.DRAFT_REPORT
            && (status == EngagementStatus.REPORT_SENT || status == EngagementStatus.RESPONSE_RECEIVED)) {
            return Optional.of(Rejection.of("review.report.already-sent",
                            "Báo cáo đã được ký gửi; không thể sửa đổi.",
                            "The report has been signed and sent; it can no longer change.")
                    .with("status", status.name()));
        }
        return act.allowedFrom(status) ? Policy.allow() : Optional.of(
                Rejection.of("review.engagement.invalid-transition",
                             "Không thể thực hiện thao tác này khi nhiệm vụ đang ở trạng thái \""
                             + status.labelVi() + "\".",
                             "Cannot " + act.name().toLowerCase().replace('_', ' ') + " an engagement that is "
                             + status.labelEn().toLowerCase() + ".")
                         .with("from", status.name())
                         .with("command", act.name())
                         .with("allowedFrom", act.from().stream().map(Enum::name).sorted().toList()));
    };

    // --- dated acts ----------------------------------------------------------------------------------------------

    /** An act dated on paper: its date, the date of the step it follows (null: none to compare), today. */
    public record DatedAct(LocalDate date, LocalDate previous, LocalDate today) {

        public static DatedAct of(LocalDate date, LocalDate previous, LocalDate today) {
            return new DatedAct(date, previous, today);
        }
    }

    /** Not after today, not before the step it follows: the two date rules of every act entered after the fact. */
    static Policy<DatedAct> dated(DateName what, DateName previous) {
        return Policy.allOf(act -> DATES.notInFuture(act.today(), what).check(act.date()),
                            act -> DATES.notBefore(act.previous(), what, previous).check(act.date()));
    }

    /** REV-1: the competent authority consents to a proposal on or after the day it was proposed. */
    public static final Policy<DatedAct> APPROVING_PROPOSAL = dated(DECISION, PROPOSED);
    /** The union asks for the missing documents after the request arrived. */
    public static final Policy<DatedAct> MARKING_DOSSIER_INCOMPLETE = dated(DOSSIER_INCOMPLETE, RECEIVED);
    /** The missing documents arrive after they were asked for. */
    public static final Policy<DatedAct> COMPLETING_DOSSIER = dated(DOSSIER_COMPLETED, DOSSIER_INCOMPLETE);
    /** The union decides on a request (accept, decline, cancel) after it arrived and by today. */
    static final Policy<DatedAct> DECIDED_AFTER_ARRIVAL = dated(DECISION, RECEIVED);
    /** A request is declined by a decision taken after it arrived. */
    public static final Policy<DatedAct> DECLINING = DECIDED_AFTER_ARRIVAL;
    /** The contract is signed by today. */
    public static final Policy<DatedAct> CONTRACTING = dated(CONTRACT, null);
    /** The requester withdraws a request it had sent. */
    public static final Policy<DatedAct> WITHDRAWING = dated(WITHDRAWN, RECEIVED);
    /** Leadership cancels by a decision taken after the request arrived. */
    public static final Policy<DatedAct> CANCELLING = DECIDED_AFTER_ARRIVAL;
    /** An engagement closes once the requester's response is in, not before it. */
    public static final Policy<DatedAct> CLOSING = dated(CLOSED, RESPONSE);
    /** An actual cost is dated by today. */
    public static final Policy<DatedAct> COSTING = dated(COST, null);

    // --- intake --------------------------------------------------------------------------------------------------

    /** What the rules of a request's arrival see. */
    public record Arrival(RequestOrigin origin, LocalDate receivedAt, LocalDate requestedDeadline, LocalDate today) {
    }

    /** REV-1: a self-initiated review needs the competent authority's consent, so it is proposed, not registered. */
    static final Policy<Arrival> NOT_SELF_INITIATED = arrival -> arrival.origin() != RequestOrigin.SELF_INITIATED
            ? Policy.allow() : Optional.of(Rejection.of("review.request.self-initiated-needs-proposal",
                    "Nhiệm vụ do Liên hiệp Hội chủ động đề xuất phải được cơ quan có thẩm quyền đồng ý; hãy gửi đề xuất.",
                    "A self-initiated review needs the competent authority's consent: propose it instead.")
                                                   .with("origin", arrival.origin().name()));

    static final Policy<Arrival> RECEIVED_NOT_IN_FUTURE = arrival ->
            DATES.notInFuture(arrival.today(), RECEIVED).check(arrival.receivedAt());

    static final Policy<Arrival> DEADLINE_AFTER_ARRIVAL = arrival ->
            DATES.notBefore(arrival.receivedAt(), REQUESTED_DEADLINE, RECEIVED).check(arrival.requestedDeadline());

    /** REV-1, REV-14: a commissioned or assigned request, received by today, asking for a result after it arrived. */
    public static final Policy<Arrival> REGISTERING = Policy.allOf(NOT_SELF_INITIATED, RECEIVED_NOT_IN_FUTURE,
                                                                   DEADLINE_AFTER_ARRIVAL);
    /** The union's own proposal, dated by today. */
    public static final Policy<Arrival> PROPOSING = Policy.allOf(RECEIVED_NOT_IN_FUTURE, DEADLINE_AFTER_ARRIVAL);

    /** What the rules of accepting a request see: the decision and the regulation in force when it arrived. */
    public record Acceptance(DecisionRef decision, LocalDate receivedAt, SubjectType subjectType,
                             ReviewRuleSet rules, LocalDate today) {
    }

    /** REV-2: the union reviews only the subject types its regulation lists. */
    static final Policy<Acceptance> WITHIN_MANDATE = a -> a.rules().mandate().contains(a.subjectType())
            ? Policy.allow() : Optional.of(Rejection.of("review.request.outside-mandate",
                    "Loại đề án \"" + a.subjectType().labelVi() + "\" không thuộc phạm vi tư vấn, phản biện theo "
                    + a.rules().regulation() + ".",
                    "\"" + a.subjectType().labelEn() + "\" is outside the union's review mandate under "
                    + a.rules().regulation() + ".")
                                                       .with("subjectType", a.subjectType().name())
                                                       .with("regulation", String.valueOf(a.rules().regulation())));

    /** REV-2, REV-14: accepted by a decision dated between the request's arrival and today, within the mandate. */
    public static final Policy<Acceptance> ACCEPTING = Policy.allOf(
            a -> DECIDED_AFTER_ARRIVAL.check(DatedAct.of(a.decision().date(), a.receivedAt(), a.today())),
            WITHIN_MANDATE);

    // --- plan and funding ----------------------------------------------------------------------------------------

    /** What the rules of planning see. inApprovedPlan: whether an approved plan of planYear lists the engagement. */
    public record Planning(FundingSource fundingSource, int planYear, boolean inApprovedPlan, LocalDate reportDue,
                           LocalDate receivedAt) {
    }

    /** REV-9: a state-funded engagement belongs to an approved annual plan. */
    static final Policy<Planning> FUNDED_BY_APPROVED_PLAN = p ->
            p.fundingSource() != FundingSource.STATE_BUDGET_ANNUAL_PLAN || p.inApprovedPlan() ? Policy.allow()
            : Optional.of(Rejection.of("review.funding.not-in-approved-plan",
                            "Nhiệm vụ dùng ngân sách nhà nước phải có trong kế hoạch TVPB năm " + p.planYear()
                            + " đã được phê duyệt.",
                            "A state-funded engagement must be in the approved review plan for " + p.planYear() + ".")
                    .with("planYear", p.planYear()));

    static final Policy<Planning> REPORT_DUE_AFTER_ARRIVAL = p ->
            DATES.notBefore(p.receivedAt(), REPORT_DUE, RECEIVED).check(p.reportDue());

    /** REV-9, REV-7. */
    public static final Policy<Planning> PLANNING = Policy.allOf(FUNDED_BY_APPROVED_PLAN, REPORT_DUE_AFTER_ARRIVAL);

    /** How the engagement is paid for, as the panel's confirmation needs to know. */
    public record Funding(FundingSource fundingSource, String contractRef) {
    }

    /** REV-9: a contract-funded engagement starts only once the contract is signed. */
    public static final Policy<Funding> CONTRACT_IN_PLACE = f ->
            f.fundingSource() != FundingSource.REQUESTER_CONTRACT || f.contractRef() != null ? Policy.allow()
            : Policy.reject("review.funding.contract-missing",
                            "Nhiệm vụ theo hợp đồng với cơ quan đặt hàng cần có hợp đồng đã ký trước khi thực hiện.",
                            "A contract-funded engagement needs its signed contract before work starts.");

    // --- the work ------------------------------------------------------------------------------------------------

    /** What the rules of recording a workshop see. */
    public record Workshop(Set<ReviewForm> plannedForms, LocalDate heldOn, LocalDate today) {
    }

    static final Policy<Workshop> WORKSHOP_PLANNED = w -> w.plannedForms().contains(ReviewForm.WORKSHOP)
            ? Policy.allow() : Policy.reject("review.workshop.not-planned", "Kế hoạch không có hình thức hội thảo.",
                                             "No workshop was planned for this engagement.");

    /** REV-6, REV-14: a workshop that was planned, held by today. */
    public static final Policy<Workshop> HOLDING_WORKSHOP = Policy.allOf(WORKSHOP_PLANNED,
            w -> DATES.notInFuture(w.today(), WORKSHOP).check(w.heldOn()));

    // --- publication ---------------------------------------------------------------------------------------------

    /** What the rule of publishing sees. */
    public record Publication(boolean publish, boolean confidential) {
    }

    /** REV-8: a confidential engagement's title and requester never go public; deciding not to publish is fine. */
    public static final Policy<Publication> PUBLISHING = p -> !p.publish() || !p.confidential() ? Policy.allow()
            : Policy.reject("review.publication.confidential",
                            "Nhiệm vụ bảo mật: không công bố tên, cơ quan đề nghị và kết quả tiếp thu.",
                            "A confidential engagement: its title, requester and adoption are not published.");
}
