package vn.lienhiep.membership.expert.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.lienhiep.kernel.Policy;
import vn.lienhiep.kernel.Rejection;

/** The named rules of the expert database ([A] in docs/domain/membership.md#expert-rules); each refusal has a stable rule code. */
public final class ExpertPolicies {

    private ExpertPolicies() {
    }

    public static Policy<ExpertDetails> fieldsKnown(ExpertFieldTaxonomy taxonomy) {
        return details -> {
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
        };
    }

    /** Review's conflict-of-interest check needs to know where the expert works. */
    public static Policy<ExpertDetails> employerDeclared() {
        return details -> !details.employers().isEmpty() ? Policy.allow() : Policy.reject(
                "membership.expert.employer-required",
                "Cần khai báo ít nhất một cơ quan công tác (dùng để kiểm tra xung đột lợi ích).",
                "At least one employer must be declared (used by the conflict-of-interest check).");
    }

    /** Consent to personal-data processing is captured before a profile becomes active (Decree 13/2023/NĐ-CP). */
    public static Policy<ExpertDetails> consentGiven() {
        return details -> details.consentToProcessPersonalData() ? Policy.allow() : Policy.reject(
                "membership.expert.consent-required",
                "Chuyên gia chưa đồng ý cho xử lý dữ liệu cá nhân; chưa thể xác minh hồ sơ.",
                "The expert has not consented to the processing of personal data; the profile cannot be verified.");
    }

    public static Policy<String> personKnown(PersonDirectory persons) {
        return personId -> persons.exists(personId) ? Policy.allow() : Optional.of(
                Rejection.of("membership.expert.unknown-person", "Không tìm thấy cá nhân này.",
                             "No such person.").with("personId", personId));
    }

    public static Policy<ExpertStatus> statusIn(Set<ExpertStatus> allowed, String actionVi, String actionEn) {
        return status -> allowed.contains(status) ? Policy.allow() : Optional.of(
                Rejection.of("membership.expert.transition-not-allowed",
                             "Không thể " + actionVi + " khi hồ sơ đang ở trạng thái \"" + status.labelVi() + "\".",
                             "Cannot " + actionEn + " a profile that is " + status.labelEn().toLowerCase() + ".")
                         .with("status", status.name())
                         .with("allowedFrom", EnumSet.copyOf(allowed).stream().map(Enum::name).toList()));
    }


    static Rejection alreadyRegistered(String expertId, String personId) {
        return Rejection.of("membership.expert.already-registered",
                            "Cá nhân này đã có hồ sơ chuyên gia.", "This person already has an expert profile.")
                        .with("expertId", expertId).with("personId", personId);
    }
}
