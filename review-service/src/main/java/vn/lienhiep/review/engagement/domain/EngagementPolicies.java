package vn.lienhiep.review.engagement.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.lienhiep.kernel.Policy;
import vn.lienhiep.kernel.Rejection;
import vn.lienhiep.kernel.text.VietnameseText;
import vn.lienhiep.review.common.domain.ApprovedPlans;
import vn.lienhiep.review.common.domain.PoolExpert;
import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.ReviewRuleSet;
import vn.lienhiep.review.common.domain.SubjectType;

/**
 * The named rules of a review engagement (docs/domain/review.md#engagement-lifecycle). Each returns a refusal with a stable rule code (answered
 * as 422), a Vietnamese and an English message.
 */
public final class EngagementPolicies {

    /** Forms that need no panel of their own: one expert is enough. */
    static final Set<ReviewForm> WITHOUT_PANEL = EnumSet.of(ReviewForm.WRITTEN_COMMENTS, ReviewForm.ARTICLE,
                                                             ReviewForm.DIRECT_ADVICE_AT_MEETING);

    private EngagementPolicies() {
    }

    /**
     * Terminal states refuse everything (a closed engagement's publication decision aside: a declined or cancelled
     * one has no outcome to publish); other states allow what
     * {@link EngagementAct} lists.
     */
    public static Policy<EngagementStatus> allows(EngagementAct act) {
        return status -> {
            if (act == EngagementAct.PUBLISH_OUTCOME && !status.isTerminal()) {
                return Optional.of(
                        Rejection.of("review.publication.not-closed",
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
    }

    public static Policy<RequestOrigin> registeredOrigin() {
        return origin -> origin != RequestOrigin.SELF_INITIATED ? Policy.allow() : Optional.of(
                Rejection.of("review.request.self-initiated-needs-proposal",
                             "Nhiệm vụ do Liên hiệp Hội chủ động đề xuất phải được cơ quan có thẩm quyền đồng ý;"
                             + " hãy gửi đề xuất.",
                             "A self-initiated review needs the competent authority's consent: propose it instead.")
                         .with("origin", origin.name()));
    }

    public static Policy<LocalDate> notInFuture(LocalDate today, String vi, String en) {
        return date -> date == null || !date.isAfter(today) ? Policy.allow() : Optional.of(
                Rejection.of("review.date-in-future", "Ngày " + vi + " không được sau ngày hôm nay.",
                             "The " + en + " date cannot be in the future.")
                         .with("date", date.toString()).with("today", today.toString()));
    }

    /** Rule 2: the union reviews only the subject types its regulation lists. */
    public static Policy<SubjectType> withinMandate(ReviewRuleSet rules) {
        return subject -> rules.mandate().contains(subject) ? Policy.allow() : Optional.of(
                Rejection.of("review.request.outside-mandate",
                             "Loại đề án \"" + subject.labelVi() + "\" không thuộc phạm vi tư vấn, phản biện theo "
                             + rules.regulation() + ".",
                             "\"" + subject.labelEn() + "\" is outside the union's review mandate under "
                             + rules.regulation() + ".")
                         .with("subjectType", subject.name())
                         .with("regulation", String.valueOf(rules.regulation())));
    }

    /** Rule 9: a state-funded engagement belongs to an approved annual plan. */
    public static Policy<FundingSource> fundedByApprovedPlan(ApprovedPlans plans, int planYear, String engagementId) {
        return source -> source != FundingSource.STATE_BUDGET_ANNUAL_PLAN || plans.includes(planYear, engagementId)
                ? Policy.allow()
                : Optional.of(Rejection.of("review.funding.not-in-approved-plan",
                                "Nhiệm vụ dùng ngân sách nhà nước phải có trong kế hoạch TVPB năm " + planYear
                                + " đã được phê duyệt.",
                                "A state-funded engagement must be in the approved review plan for " + planYear + ".")
                        .with("planYear", planYear));
    }

    /** Rule 9: a contract-funded engagement starts only once the contract is signed. */
    public static Policy<FundingSource> contractInPlace(String contractRef) {
        return source -> source != FundingSource.REQUESTER_CONTRACT || contractRef != null ? Policy.allow()
                : Policy.reject("review.funding.contract-missing",
                        "Nhiệm vụ theo hợp đồng với cơ quan đặt hàng cần có hợp đồng đã ký trước khi thực hiện.",
                        "A contract-funded engagement needs its signed contract before work starts.");
    }

    public static Optional<Rejection> notInPool(String expertId) {
        return Optional.of(Rejection.of("review.panel.expert-not-in-pool",
                        "Chuyên gia không có trong danh sách chuyên gia đang hoạt động.",
                        "The expert is not an active expert of the pool.")
                .with("expertId", expertId));
    }

    /** Rule 4(a): nobody employed by the requester or the drafting body sits on the panel. */
    public static Policy<PoolExpert> notEmployedBy(String requesterName, String draftingBody) {
        return expert -> {
            String requester = canonical(requesterName);
            String drafting = canonical(draftingBody);
            for (String employer : expert.employers()) {
                String e = canonical(employer);
                if (!e.isEmpty() && (e.equals(requester) || e.equals(drafting))) {
                    return Optional.of(Rejection.of("review.panel.conflict-employer",
                                    "Chuyên gia công tác tại " + employer
                                    + " (cơ quan đề nghị hoặc cơ quan soạn thảo) nên không thể tham gia.",
                                    "The expert works for " + employer
                                    + ", the requester or the drafting body, and cannot sit on the panel.")
                            .with("expertId", expert.expertId()).with("employer", employer));
                }
            }
            return Policy.allow();
        };
    }

    public static Optional<Rejection> alreadyInvited(String expertId) {
        return Optional.of(Rejection.of("review.panel.already-invited", "Chuyên gia đã được mời vào hội đồng.",
                                        "The expert is already on the panel.").with("expertId", expertId));
    }

    public static Rejection notOnPanel(String expertId) {
        return Rejection.of("review.panel.not-on-panel", "Chuyên gia không có trong hội đồng.",
                            "The expert is not on the panel.").with("expertId", expertId);
    }

    public static Rejection invitationPending(String expertId) {
        return Rejection.of("review.panel.invitation-pending", "Chuyên gia chưa nhận lời mời.",
                            "The expert has not accepted the invitation yet.").with("expertId", expertId);
    }

    public static Rejection declarationMissing(String expertId) {
        return Rejection.of("review.panel.declaration-missing",
                            "Chuyên gia chưa ký bản tự khai xung đột lợi ích.",
                            "The expert has not signed a conflict-of-interest declaration.")
                        .with("expertId", expertId);
    }

    public static Rejection conflictDeclared(String expertId, InterestKind interest) {
        return Rejection.of("review.panel.conflict-declared",
                            "Chuyên gia đã khai có xung đột lợi ích: " + interest.labelVi() + ".",
                            "The expert declared a conflict of interest: " + interest.labelEn() + ".")
                        .with("expertId", expertId).with("interest", interest.name());
    }

    public static Rejection nonDisclosureMissing(String expertId) {
        return Rejection.of("review.panel.non-disclosure-missing",
                            "Chuyên gia chưa ký cam kết bảo mật tài liệu.",
                            "The expert has not signed the non-disclosure acknowledgment.")
                        .with("expertId", expertId);
    }

    /** Rule 5: council, expert group and workshop compositions; any panel has at least one member. */
    public static Policy<List<PanelSeat>> composedFor(Set<ReviewForm> forms, ReviewRuleSet rules) {
        return seats -> {
            Map<PanelRole, Long> count = counts(seats);
            if (seats.isEmpty()) {
                return Policy.reject("review.panel.empty", "Hội đồng chưa có thành viên nào.",
                                     "The panel has no member.");
            }
            if (forms.contains(ReviewForm.COUNCIL)
                && (seats.size() < rules.councilMinMembers() || count.get(PanelRole.CHAIR) != 1
                    || count.get(PanelRole.SECRETARY) != 1 || count.get(PanelRole.CRITIC) < rules.councilMinCritics())) {
                return Optional.of(Rejection.of("review.panel.council-composition",
                                "Hội đồng tư vấn cần ít nhất " + rules.councilMinMembers() + " thành viên, gồm đúng một"
                                + " chủ tịch, một thư ký và ít nhất " + rules.councilMinCritics() + " ủy viên phản biện.",
                                "A review council needs at least " + rules.councilMinMembers() + " members: exactly one"
                                + " chair, one secretary and at least " + rules.councilMinCritics() + " critics.")
                        .with("members", seats.size()).with("chairs", count.get(PanelRole.CHAIR))
                        .with("secretaries", count.get(PanelRole.SECRETARY))
                        .with("critics", count.get(PanelRole.CRITIC)));
            }
            if (forms.contains(ReviewForm.EXPERT_GROUP) && seats.size() < rules.expertGroupMinMembers()) {
                return Optional.of(Rejection.of("review.panel.expert-group-size",
                                "Tổ chuyên gia cần ít nhất " + rules.expertGroupMinMembers() + " thành viên.",
                                "An expert group needs at least " + rules.expertGroupMinMembers() + " members.")
                        .with("members", seats.size()).with("required", rules.expertGroupMinMembers()));
            }
            if (forms.contains(ReviewForm.WORKSHOP)
                && (count.get(PanelRole.CHAIR) < 1 || count.get(PanelRole.SECRETARY) < 1)) {
                return Policy.reject("review.panel.workshop-roles",
                                     "Hội thảo cần có người chủ trì và thư ký làm báo cáo viên.",
                                     "A workshop needs a chair and a secretary as rapporteur.");
            }
            return Policy.allow();
        };
    }

    public static Rejection notOnConfirmedPanel(String expertId) {
        return Rejection.of("review.opinion.not-on-panel",
                            "Chỉ thành viên hội đồng đã được xác nhận mới gửi ý kiến.",
                            "Only a confirmed panel member can submit an opinion.").with("expertId", expertId);
    }

    public static Policy<Set<ReviewForm>> workshopPlanned() {
        return forms -> forms.contains(ReviewForm.WORKSHOP) ? Policy.allow()
                : Policy.reject("review.workshop.not-planned",
                        "Kế hoạch không có hình thức hội thảo.", "No workshop was planned for this engagement.");
    }

    /** Rule 8: a confidential engagement's title and requester never go public; deciding not to publish is always fine. */
    public static Policy<Boolean> publishable(boolean confidential) {
        return publish -> !publish || !confidential ? Policy.allow()
                : Policy.reject("review.publication.confidential",
                        "Nhiệm vụ bảo mật: không công bố tên, cơ quan đề nghị và kết quả tiếp thu.",
                        "A confidential engagement: its title, requester and adoption are not published.");
    }

    public static Policy<Integer> hasDraft() {
        return version -> version > 0 ? Policy.allow()
                : Policy.reject("review.report.no-draft", "Chưa có dự thảo báo cáo.", "There is no draft report yet.");
    }

    /** Every recommendation of the sent report answered once, with a real answer. */
    public static Policy<List<RecommendationAnswer>> answersEvery(Collection<String> recommendationIds) {
        return answers -> {
            for (RecommendationAnswer answer : answers) {
                if (answer.adoption() == Adoption.NO_RESPONSE) {
                    return Optional.of(Rejection.of("review.response.invalid-answer",
                                    "\"Không có phản hồi\" không phải là ý kiến tiếp thu cho từng kiến nghị.",
                                    "\"No response\" is not an answer to a recommendation.")
                            .with("recommendationId", String.valueOf(answer.recommendationId())));
                }
                if (!recommendationIds.contains(answer.recommendationId())) {
                    return Optional.of(Rejection.of("review.response.unknown-recommendation",
                                    "Báo cáo không có kiến nghị " + answer.recommendationId() + ".",
                                    "The report has no recommendation " + answer.recommendationId() + ".")
                            .with("recommendationId", String.valueOf(answer.recommendationId())));
                }
            }
            List<String> missing = recommendationIds.stream()
                    .filter(id -> answers.stream().noneMatch(a -> id.equals(a.recommendationId()))).toList();
            long distinct = answers.stream().map(RecommendationAnswer::recommendationId).distinct().count();
            return missing.isEmpty() && distinct == answers.size() ? Policy.allow() : Optional.of(
                    Rejection.of("review.response.incomplete",
                                 "Ý kiến tiếp thu phải trả lời mỗi kiến nghị đúng một lần.",
                                 "The response must answer every recommendation exactly once.")
                             .with("missing", missing));
        };
    }

    private static Map<PanelRole, Long> counts(List<PanelSeat> seats) {
        Map<PanelRole, Long> count = new java.util.EnumMap<>(PanelRole.class);
        for (PanelRole role : PanelRole.values()) {
            count.put(role, seats.stream().filter(s -> s.role() == role).count());
        }
        return count;
    }

    private static String canonical(String name) {
        return name == null ? "" : VietnameseText.canonicalName(name);
    }
}
