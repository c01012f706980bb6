package vn.lienhiep.membership.organization.projection;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.lienhiep.membership.common.projection.HistoryDescriber;
import vn.lienhiep.membership.common.projection.HistoryLine;
import vn.lienhiep.membership.organization.domain.OrganizationEvents;
import vn.lienhiep.membership.organization.domain.OrganizationEvents.*;

/** How organisation events read in an organisation's history. */
@Component
public class OrganizationHistory implements HistoryDescriber {

    @Override
    public Optional<HistoryLine> describe(Object event) {
        if (!(event instanceof OrganizationEvents e)) {
            return Optional.empty();
        }
        List<String> subject = List.of(HistoryLine.organization(e.organizationId()));
        if (e instanceof Applied a) {
            return Optional.of(new HistoryLine(subject,
                    (a.fromArchive() ? "Ghi nhận tổ chức từ hồ sơ lưu trữ: " : "Nộp hồ sơ xin gia nhập: ") + a.name()
                    + " (" + a.kind().labelVi() + ")",
                    (a.fromArchive() ? "Recorded from archive: " : "Applied for membership: ") + a.name() + " ("
                    + a.kind().labelEn() + ")", a.appliedOn(), null));
        }
        if (e instanceof SupplementRequested s) {
            return Optional.of(new HistoryLine(subject, "Yêu cầu bổ sung hồ sơ: " + s.reason(),
                    "Supplement requested: " + s.reason(), s.effectiveDate(), null));
        }
        if (e instanceof Resubmitted r) {
            return Optional.of(new HistoryLine(subject, "Nộp lại hồ sơ, bổ sung " + r.addedDocuments(),
                    "Resubmitted with " + r.addedDocuments(), r.effectiveDate(), null));
        }
        if (e instanceof Verified v) {
            return Optional.of(new HistoryLine(subject, "Hồ sơ đã được thẩm định, chuyển xem xét",
                    "Dossier verified, under review", v.effectiveDate(), null));
        }
        if (e instanceof AdmissionRecommended r) {
            return Optional.of(new HistoryLine(subject, "Ban Thường vụ đề nghị kết nạp",
                    "Standing Committee recommended admission", r.effectiveDate(), r.decision()));
        }
        if (e instanceof Admitted a) {
            return Optional.of(new HistoryLine(subject, "Được kết nạp làm tổ chức thành viên",
                    "Admitted as a member organisation", a.effectiveDate(), a.decision()));
        }
        if (e instanceof Rejected r) {
            return Optional.of(new HistoryLine(subject, "Không được kết nạp: " + r.reason(),
                    "Application rejected: " + r.reason(), r.effectiveDate(), r.decision()));
        }
        if (e instanceof MemberStatusDecided m) {
            return Optional.of(new HistoryLine(subject,
                    m.previousStatus().labelVi() + " → " + m.status().labelVi() + (m.reason() == null ? "" : ": " + m.reason()),
                    m.previousStatus().labelEn() + " → " + m.status().labelEn() + (m.reason() == null ? "" : ": " + m.reason()),
                    m.effectiveDate(), m.decision()));
        }
        if (e instanceof Renamed r) {
            return Optional.of(new HistoryLine(subject, "Đổi tên: " + r.previousName() + " → " + r.name(),
                    "Renamed: " + r.previousName() + " → " + r.name(), r.effectiveDate(), r.decision()));
        }
        if (e instanceof FieldChanged f) {
            return Optional.of(new HistoryLine(subject, "Đổi lĩnh vực: " + f.field(), "Field changed: " + f.field(),
                    null, null));
        }
        if (e instanceof FlagsChanged f) {
            return Optional.of(new HistoryLine(subject,
                    "Cập nhật: sáng lập=" + f.foundingMember() + ", đặc thù=" + f.specialStatus() + ", biên chế="
                    + f.stateStaffed(),
                    "Flags: founding=" + f.foundingMember() + ", special status=" + f.specialStatus()
                    + ", state-staffed=" + f.stateStaffed(), null, null));
        }
        if (e instanceof MemberCountsReported c) {
            return Optional.of(new HistoryLine(subject,
                    "Báo cáo số hội viên đến " + c.asOf() + ": " + c.members() + " (trí thức " + c.intellectualMembers() + ")",
                    "Member counts as of " + c.asOf() + ": " + c.members() + " (intellectuals "
                    + c.intellectualMembers() + ")", c.asOf(), null));
        }
        return Optional.empty();
    }
}
