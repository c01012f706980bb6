package vn.lienhiep.membership.organization.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.lienhiep.kernel.DecisionBody;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.Policy;
import vn.lienhiep.kernel.Rejection;
import vn.lienhiep.membership.common.domain.MembershipRules;

import static vn.lienhiep.membership.common.domain.MembershipDates.*;

/**
 * The named rules of admission and membership (docs/domain/membership.md#organisation-rules). Each act's rules are ONE named
 * policy over a small record of what they need to see; the aggregate enforces it before it applies an event, and
 * each refusal has a stable rule code (answered as 422) with a Vietnamese and an English message.
 */
public final class OrganizationPolicies {

    private OrganizationPolicies() {
    }

    // --- what the acts' rules look at ----------------------------------------------------------------------------

    /**
     * A legal act (recommend, admit, reject, suspend, reinstate, withdraw, expel, dissolve, or recording a paper
     * admission): the organisation's status and the date it entered it, the decision, today in Vietnam.
     *
     * @param status       null when the organisation is being recorded from paper (it has no status yet)
     * @param previousStep the effective date of the status it is in; null when there is none
     */
    public record LegalAct(OrganizationTransition transition, OrganizationStatus status, LocalDate previousStep,
                           DecisionRef decision, LocalDate today, MembershipRules rules) {
    }

    /** A dossier step taken by the union office (no decision): request a supplement, resubmit, verify. */
    public record StaffAct(OrganizationTransition transition, OrganizationStatus status, LocalDate previousStep,
                           LocalDate on, LocalDate today, Set<DossierDocument> dossier, MembershipRules rules) {
    }

    /** A dated change that is no status change (an application, a rename, a member-count report). */
    public record DatedChange(OrganizationStatus status, LocalDate effective, LocalDate today) {
    }

    /** A member-count report (số hội viên). */
    public record CountReport(OrganizationStatus status, LocalDate asOf, int members, int intellectualMembers,
                              LocalDate today) {
    }

    /** A name the registry was asked to reserve, and who else holds it, if anyone. */
    public record NameClaim(String name, Optional<String> otherHolder) {
    }

    // --- the rules -------------------------------------------------------------------------------------------

    /** The lifecycle table (OrganizationTransition): an act starts only from the states it lists. */
    static final Policy<LegalAct> ALLOWED_FROM_STATUS = act -> allowedFrom(act.transition(), act.status());

    /** Which body may take which decision (docs/domain/membership.md#mem-org-5). */
    static final Policy<LegalAct> DECIDED_BY_AUTHORISED_BODY = act -> {
        Set<DecisionBody> allowed = authorisedBodies(act.transition(), act.rules());
        DecisionBody body = DecisionBody.of(act.decision().issuedBy());
        if (allowed.contains(body)) {
            return Policy.allow();
        }
        return Optional.of(Rejection.of("membership.decision.wrong-authority",
                        "Quyết định này phải do " + allowed.stream().map(DecisionBody::labelVi).sorted()
                                .collect(Collectors.joining(" hoặc ")) + " ban hành.",
                        "This decision must be issued by "
                        + allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")) + ".")
                .with("issuedBy", body.name()).with("allowed", allowed.stream().map(Enum::name).sorted().toList()));
    };

    /** An admission decision names who signed it (the Chair, on the BCH's behalf; docs/domain/membership.md#mem-org-6). */
    static final Policy<LegalAct> SIGNED_WHEN_ADMITTING = act ->
            act.transition() != OrganizationTransition.ADMIT || act.decision().signer() != null ? Policy.allow()
                    : Policy.reject("membership.decision.signer-required",
                                    "Quyết định kết nạp phải ghi rõ người ký.",
                                    "An admission decision must name its signer.");

    static final Policy<LegalAct> DECISION_NOT_IN_FUTURE = act ->
            DATES.notInFuture(act.today(), DECISION).check(act.decision().date());

    static final Policy<LegalAct> DECISION_NOT_BEFORE_PREVIOUS_STEP = act ->
            DATES.notBefore(act.previousStep(), DECISION, PREVIOUS_STEP).check(act.decision().date());

    /** Every legal act on a member organisation passes these, in this order. */
    public static final Policy<LegalAct> LEGAL_ACT = Policy.allOf(ALLOWED_FROM_STATUS, DECIDED_BY_AUTHORISED_BODY,
                                                                  SIGNED_WHEN_ADMITTING, DECISION_NOT_IN_FUTURE,
                                                                  DECISION_NOT_BEFORE_PREVIOUS_STEP);

    /**
     * An organisation admitted before the platform existed, recorded from its paper decision: the admission's own
     * rules (authority, signer, not in the future), without a lifecycle to follow (docs/domain/membership.md#mem-org-10).
     */
    public static final Policy<LegalAct> RECORDING_EXISTING_MEMBER = Policy.allOf(DECISION_NOT_IN_FUTURE,
                                                                                  DECIDED_BY_AUTHORISED_BODY,
                                                                                  SIGNED_WHEN_ADMITTING);

    static final Policy<StaffAct> STAFF_ACT_ALLOWED_FROM_STATUS = act -> allowedFrom(act.transition(), act.status());

    static final Policy<StaffAct> STAFF_ACT_DATED = act -> DATES.notInFuture(act.today(), ACTION).check(act.on())
            .or(() -> DATES.notBefore(act.previousStep(), ACTION, PREVIOUS_STEP).check(act.on()));

    /** Every dossier step of the office: from the state the lifecycle allows, dated between the last step and today. */
    public static final Policy<StaffAct> STAFF_ACT = Policy.allOf(STAFF_ACT_ALLOWED_FROM_STATUS, STAFF_ACT_DATED);

    /** The office verifies only a dossier holding every required document (docs/domain/membership.md#mem-org-4). */
    static final Policy<StaffAct> DOSSIER_COMPLETE = act -> {
        Set<DossierDocument> missing = EnumSet.noneOf(DossierDocument.class);
        missing.addAll(act.rules().requiredDossier());
        missing.removeAll(act.dossier());
        return missing.isEmpty() ? Policy.allow() : Optional.of(
                Rejection.of("membership.organization.dossier-incomplete",
                             "Hồ sơ còn thiếu: " + missing + ".", "The dossier lacks: " + missing + ".")
                         .with("missing", missing.stream().map(Enum::name).toList()));
    };

    public static final Policy<StaffAct> VERIFICATION = Policy.allOf(STAFF_ACT, DOSSIER_COMPLETE);

    public static final Policy<DatedChange> APPLICATION = change ->
            DATES.notInFuture(change.today(), APPLICATION_DATE).check(change.effective());

    /** A finished organisation (rejected, withdrawn, expelled, dissolved) keeps its profile as it ended. */
    static final Policy<OrganizationStatus> NOT_FINAL = status ->
            !OrganizationStatus.FINAL.contains(status) ? Policy.allow() : Optional.of(
                    Rejection.of("membership.organization.final-status",
                                 "Tổ chức đã ở trạng thái kết thúc (" + status.labelVi() + "); không thể thay đổi.",
                                 "The organisation is " + status.labelEn().toLowerCase() + "; it can no longer change.")
                             .with("status", status.name()));

    /** Changing the field or the flags. */
    public static final Policy<OrganizationStatus> PROFILE_CHANGE = NOT_FINAL;

    /** What renaming asks of the status alone (the rest is its date): the organisation has not ended. */
    public static final Policy<OrganizationStatus> RENAMING_IN_STATUS = NOT_FINAL;

    public static final Policy<DatedChange> RENAMING = Policy.allOf(
            change -> RENAMING_IN_STATUS.check(change.status()),
            change -> DATES.notInFuture(change.today(), EFFECTIVE).check(change.effective()));

    static final Policy<OrganizationStatus> ADMITTED_ONCE = status ->
            OrganizationStatus.ADMITTED_ONCE.contains(status) ? Policy.allow() : Optional.of(
                    Rejection.of("membership.organization.not-admitted",
                                 "Chỉ báo cáo số hội viên cho tổ chức đã được kết nạp.",
                                 "Member counts are reported only for admitted organisations.")
                             .with("status", status.name()));

    /** What reporting member counts asks of the status alone (the rest is the figures and their date). */
    public static final Policy<OrganizationStatus> REPORTING_COUNTS_IN_STATUS = ADMITTED_ONCE;

    static final Policy<CountReport> INTELLECTUALS_WITHIN_MEMBERS = report ->
            report.intellectualMembers() <= report.members() ? Policy.allow() : Optional.of(
                    Rejection.of("membership.organization.intellectuals-exceed-members",
                                 "Số hội viên trí thức không được lớn hơn tổng số hội viên.",
                                 "Intellectual members cannot outnumber all members.")
                             .with("members", report.members())
                             .with("intellectualMembers", report.intellectualMembers()));

    /** docs/domain/membership.md#mem-org-9. */
    public static final Policy<CountReport> REPORTING_COUNTS = Policy.allOf(
            report -> REPORTING_COUNTS_IN_STATUS.check(report.status()), INTELLECTUALS_WITHIN_MEMBERS,
            report -> DATES.notInFuture(report.today(), REPORT).check(report.asOf()));

    /** Names are unique within the union (docs/domain/membership.md#mem-org-1). */
    public static final Policy<NameClaim> NAME_UNIQUE = claim -> claim.otherHolder().map(holder ->
            Rejection.of("membership.organization.name-unique",
                         "Tên \"" + claim.name() + "\" đã được một tổ chức khác sử dụng.",
                         "The name \"" + claim.name() + "\" is already used by another organisation.")
                     .with("existingOrganizationId", holder));

    // --- the tables the rules read -----------------------------------------------------------------------------

    /** Which body may take which decision (docs/domain/membership.md#mem-org-5); admission by BCH or BTV as the charter says. */
    static Set<DecisionBody> authorisedBodies(OrganizationTransition transition, MembershipRules rules) {
        return switch (transition) {
            case RECOMMEND -> EnumSet.of(DecisionBody.BTV);
            case ADMIT -> EnumSet.of(rules.admissionAuthority());
            case REJECT, SUSPEND, REINSTATE, WITHDRAW -> EnumSet.of(DecisionBody.BTV, DecisionBody.BCH);
            case EXPEL -> EnumSet.of(DecisionBody.BCH);
            case DISSOLVE -> EnumSet.of(DecisionBody.UBND_TINH, DecisionBody.SO_NOI_VU, DecisionBody.TO_CHUC_THANH_VIEN);
            case REQUEST_SUPPLEMENT, RESUBMIT, VERIFY -> EnumSet.noneOf(DecisionBody.class);
        };
    }

    private static Optional<Rejection> allowedFrom(OrganizationTransition transition, OrganizationStatus status) {
        return transition.allowedFrom(status) ? Policy.allow() : Optional.of(
                Rejection.of("membership.organization.transition-not-allowed",
                        "Không thể thực hiện thao tác này khi tổ chức đang ở trạng thái \"" + status.labelVi() + "\".",
                        "Cannot " + transition.name().toLowerCase().replace('_', ' ') + " an organisation that is "
                        + status.labelEn().toLowerCase() + ".")
                         .with("status", status.name())
                         .with("allowedFrom", transition.from().stream().map(Enum::name).sorted().toList()));
    }
}
