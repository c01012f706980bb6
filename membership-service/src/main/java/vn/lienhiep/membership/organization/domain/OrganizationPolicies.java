package vn.lienhiep.membership.organization.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.lienhiep.kernel.DecisionBody;
import vn.lienhiep.membership.common.domain.MembershipRules;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.Policy;
import vn.lienhiep.kernel.Rejection;

/**
 * The named rules of admission and membership. Each returns a refusal with a stable rule code (answered as 422),
 * a Vietnamese and an English message.
 */
public final class OrganizationPolicies {

    private OrganizationPolicies() {
    }

    /** Which body may take which decision (docs/domain/membership.md#mem-org-5); admission by BCH or BTV as the charter says. */
    static Set<DecisionBody> authorisedBodies(OrganizationTransition transition, MembershipRules rules) {
        return switch (transition) {
            case RECOMMEND -> EnumSet.of(DecisionBody.BTV);
            case ADMIT -> EnumSet.of(rules.admissionAuthority());
            case REJECT, SUSPEND, REINSTATE, WITHDRAW -> EnumSet.of(DecisionBody.BTV, DecisionBody.BCH);
            case EXPEL -> EnumSet.of(DecisionBody.BCH);
            case DISSOLVE -> EnumSet.of(DecisionBody.UBND_TINH, DecisionBody.SO_NOI_VU, DecisionBody.TO_CHUC_THANH_VIEN);
            default -> EnumSet.noneOf(DecisionBody.class);
        };
    }

    public static Policy<OrganizationStatus> transitionAllowed(OrganizationTransition transition) {
        return status -> transition.allowedFrom(status) ? Policy.allow() : Optional.of(
                Rejection.of("membership.organization.transition-not-allowed",
                        "Không thể thực hiện thao tác này khi tổ chức đang ở trạng thái \"" + status.labelVi() + "\".",
                        "Cannot " + transition.name().toLowerCase().replace('_', ' ') + " an organisation that is "
                        + status.labelEn().toLowerCase() + ".")
                         .with("status", status.name())
                         .with("allowedFrom", transition.from().stream().map(Enum::name).sorted().toList()));
    }

    public static Policy<DecisionRef> decisionIssuedByAuthorisedBody(OrganizationTransition transition,
                                                                     MembershipRules rules) {
        return decision -> {
            Set<DecisionBody> allowed = authorisedBodies(transition, rules);
            DecisionBody body = DecisionBody.of(decision.issuedBy());
            if (allowed.contains(body)) {
                return Policy.allow();
            }
            String names = allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
            return Optional.of(Rejection.of("membership.decision.wrong-authority",
                            "Quyết định này phải do " + allowed.stream().map(DecisionBody::labelVi).sorted()
                                    .collect(Collectors.joining(" hoặc ")) + " ban hành.",
                            "This decision must be issued by " + names + ".")
                    .with("issuedBy", body.name()).with("allowed", allowed.stream().map(Enum::name).sorted().toList()));
        };
    }

    /** Admission decisions are signed (by the Chair, on the BCH's behalf). */
    public static Policy<DecisionRef> admissionSigned(OrganizationTransition transition) {
        return decision -> transition != OrganizationTransition.ADMIT
                           || (decision.signer() != null && !decision.signer().isBlank())
                ? Policy.allow()
                : Policy.reject("membership.decision.signer-required",
                        "Quyết định kết nạp phải ghi rõ người ký.", "An admission decision must name its signer.");
    }



    public static Policy<Set<DossierDocument>> dossierComplete(MembershipRules rules) {
        return dossier -> {
            Set<DossierDocument> missing = EnumSet.noneOf(DossierDocument.class);
            missing.addAll(rules.requiredDossier());
            missing.removeAll(dossier);
            return missing.isEmpty() ? Policy.allow() : Optional.of(
                    Rejection.of("membership.organization.dossier-incomplete",
                                 "Hồ sơ còn thiếu: " + missing + ".", "The dossier lacks: " + missing + ".")
                             .with("missing", missing.stream().map(Enum::name).toList()));
        };
    }

    public static Policy<Integer> intellectualsWithinMembers(int members) {
        return intellectuals -> intellectuals <= members ? Policy.allow() : Optional.of(
                Rejection.of("membership.organization.intellectuals-exceed-members",
                             "Số hội viên trí thức không được lớn hơn tổng số hội viên.",
                             "Intellectual members cannot outnumber all members.")
                         .with("members", members).with("intellectualMembers", intellectuals));
    }

    public static Policy<OrganizationStatus> admittedOnce() {
        return status -> OrganizationStatus.ADMITTED_ONCE.contains(status) ? Policy.allow() : Optional.of(
                Rejection.of("membership.organization.not-admitted",
                             "Chỉ báo cáo số hội viên cho tổ chức đã được kết nạp.",
                             "Member counts are reported only for admitted organisations.")
                         .with("status", status.name()));
    }

    public static Policy<OrganizationStatus> notFinal() {
        return status -> !OrganizationStatus.FINAL.contains(status) ? Policy.allow() : Optional.of(
                Rejection.of("membership.organization.final-status",
                             "Tổ chức đã ở trạng thái kết thúc (" + status.labelVi() + "); không thể thay đổi.",
                             "The organisation is " + status.labelEn().toLowerCase() + "; it can no longer change.")
                         .with("status", status.name()));
    }
}
