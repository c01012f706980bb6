package vn.lienhiep.membership.expert.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.lienhiep.kernel.Policy;
import vn.lienhiep.kernel.Rejection;

import static vn.lienhiep.membership.common.domain.MembershipDates.*;

/**
 * The named rules of the expert database ([A] in docs/domain/membership.md#expert-rules): one policy per act over a
 * small record of what its rules see, enforced by {@link ExpertProfile} before it applies an event. Each refusal has
 * a stable rule code.
 */
public final class ExpertPolicies {

    private ExpertPolicies() {
    }

    // --- what the acts' rules look at ----------------------------------------------------------------------------

    /**
     * @param existingExpertId the profile already registered under this id (one per person), null if none
     * @param personKnown      whether the person is in the person registry
     */
    public record Registration(String existingExpertId, String personId, boolean personKnown, ExpertDetails details,
                               ExpertFieldTaxonomy taxonomy) {
    }

    /** An act on a registered profile: its status, the details it would have afterwards, dates where it has one. */
    public record ProfileAct(ExpertStatus status, ExpertDetails details, ExpertFieldTaxonomy taxonomy,
                             LocalDate effective, LocalDate today) {
    }

    // --- the rules -------------------------------------------------------------------------------------------

    /** MEM-EXP-2: at least one field of expertise, each from the taxonomy. */
    static Optional<Rejection> fieldsKnown(ExpertDetails details, ExpertFieldTaxonomy taxonomy) {
        if (details.expertiseFields().isEmpty()) {
            return Policy.reject("membership.expert.field-required",
                    "Cần khai báo ít nhất một lĩnh vực chuyên môn.", "At least one field of expertise is required.");
        }
        List<String> unknown = details.expertiseFields().stream().filter(c -> !taxonomy.isKnown(c)).toList();
        return unknown.isEmpty() ? Policy.allow() : Optional.of(
                Rejection.of("membership.expert.unknown-field",
                             "Lĩnh vực chuyên môn không có trong danh mục: " + unknown + ".",
                             "Not in the field taxonomy: " + unknown + ".")
                         .with("unknown", unknown));
    }

    /** MEM-EXP-3: review's conflict-of-interest check needs to know where the expert works. */
    static Optional<Rejection> employerDeclared(ExpertDetails details) {
        return !details.employers().isEmpty() ? Policy.allow() : Policy.reject(
                "membership.expert.employer-required",
                "Cần khai báo ít nhất một cơ quan công tác (dùng để kiểm tra xung đột lợi ích).",
                "At least one employer must be declared (used by the conflict-of-interest check).");
    }

    /** MEM-EXP-4: consent to personal-data processing before a profile becomes active (Decree 13/2023/NĐ-CP). */
    static Optional<Rejection> consentGiven(ExpertDetails details) {
        return details.consentToProcessPersonalData() ? Policy.allow() : Policy.reject(
                "membership.expert.consent-required",
                "Chuyên gia chưa đồng ý cho xử lý dữ liệu cá nhân; chưa thể xác minh hồ sơ.",
                "The expert has not consented to the processing of personal data; the profile cannot be verified.");
    }

    /** MEM-EXP-5: the profile's state machine. */
    static Policy<ExpertStatus> from(Set<ExpertStatus> allowed, String actionVi, String actionEn) {
        return status -> allowed.contains(status) ? Policy.allow() : Optional.of(
                Rejection.of("membership.expert.transition-not-allowed",
                             "Không thể " + actionVi + " khi hồ sơ đang ở trạng thái \"" + status.labelVi() + "\".",
                             "Cannot " + actionEn + " a profile that is " + status.labelEn().toLowerCase() + ".")
                         .with("status", status.name())
                         .with("allowedFrom", EnumSet.copyOf(allowed).stream().map(Enum::name).toList()));
    }

    /** MEM-EXP-1: one profile per person, of a registered person. */
    public static final Policy<Registration> REGISTERING = Policy.allOf(
            r -> r.existingExpertId() == null ? Policy.allow() : Optional.of(
                    Rejection.of("membership.expert.already-registered",
                                 "Cá nhân này đã có hồ sơ chuyên gia.", "This person already has an expert profile.")
                             .with("expertId", r.existingExpertId()).with("personId", r.personId())),
            r -> r.personKnown() ? Policy.allow() : Optional.of(
                    Rejection.of("membership.expert.unknown-person", "Không tìm thấy cá nhân này.", "No such person.")
                             .with("personId", r.personId())),
            r -> fieldsKnown(r.details(), r.taxonomy()),
            r -> employerDeclared(r.details()));

    /** What verifying asks of the status alone (the rest is the profile's consent and employer). */
    public static final Policy<ExpertStatus> VERIFYING_IN_STATUS = from(
            EnumSet.of(ExpertStatus.PENDING_VERIFICATION, ExpertStatus.INACTIVE), "xác minh", "verify");

    public static final Policy<ProfileAct> VERIFYING = Policy.allOf(
            act -> VERIFYING_IN_STATUS.check(act.status()),
            act -> consentGiven(act.details()), act -> employerDeclared(act.details()));

    /** Rejecting asks only the status: a profile still pending verification. */
    public static final Policy<ExpertStatus> REJECTING_IN_STATUS = from(EnumSet.of(ExpertStatus.PENDING_VERIFICATION),
                                                                       "từ chối", "reject");

    public static final Policy<ProfileAct> REJECTING = act -> REJECTING_IN_STATUS.check(act.status());

    /**
     * What updating asks of the status alone: nothing, any profile may be corrected (a rejected one goes back to the
     * queue). The rest is the details it would have.
     */
    public static final Policy<ExpertStatus> UPDATING_IN_STATUS = status -> Policy.allow();

    /**
     * Any profile may be corrected; an ACTIVE expert cannot withdraw the consent by an update (withdrawing consent
     * ends processing: deactivate instead, so the expert is not silently kept in review's pools).
     */
    public static final Policy<ProfileAct> UPDATING = Policy.allOf(
            act -> UPDATING_IN_STATUS.check(act.status()),
            act -> fieldsKnown(act.details(), act.taxonomy()), act -> employerDeclared(act.details()),
            act -> act.status() == ExpertStatus.ACTIVE ? consentGiven(act.details()) : Policy.allow());

    /** What deactivating asks of the status alone (the rest is its date): an active profile. */
    public static final Policy<ExpertStatus> DEACTIVATING_IN_STATUS = from(EnumSet.of(ExpertStatus.ACTIVE),
                                                                          "ngừng hoạt động", "deactivate");

    public static final Policy<ProfileAct> DEACTIVATING = Policy.allOf(
            act -> DEACTIVATING_IN_STATUS.check(act.status()),
            act -> DATES.notInFuture(act.today(), EFFECTIVE).check(act.effective()));
}
