package vn.lienhiep.review.engagement.projection;

import java.util.Collection;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.lienhiep.kernel.Labelled;
import vn.lienhiep.platform.readmodel.PageResult;
import vn.lienhiep.review.common.projection.ReviewHistory;
import vn.lienhiep.review.common.projection.ReviewHistory.Described;
import vn.lienhiep.review.engagement.domain.EngagementEvents;
import vn.lienhiep.review.engagement.domain.EngagementEvents.*;
import vn.lienhiep.review.engagement.projection.EngagementView.Audience;

/**
 * How an engagement's events read in its history, in the shape and the way of a plan's ({@link ReviewHistory}: the
 * engagement's own stream, who and when with each event). Cut as {@link EngagementView#cutFor} cuts the engagement:
 * the union office does not see the panel's deliberations, so the lines of opinions and report drafts are not
 * theirs; a requesting body reads no history (its view has no internal timeline: ReviewAccess keeps it out). No line
 * quotes an opinion, a draft or the report: the history says what happened, the engagement shows the text to whom
 * may read it.
 */
@Component
public class EngagementHistory {

    private final ReviewHistory history;

    public EngagementHistory(ReviewHistory history) {
        this.history = history;
    }

    /** Newest first, paged; empty if no such engagement. */
    public PageResult<ReviewHistory.Entry> of(String engagementId, Audience audience, int page, int size) {
        return history.page(engagementId, EngagementEvents.class, e -> describeFor(audience, e), page, size);
    }

    static Described describeFor(Audience audience, EngagementEvents e) {
        boolean deliberation = e instanceof OpinionSubmitted || e instanceof ReportDrafted;
        return switch (audience) {
            case INSIDERS -> describe(e);
            case OFFICE -> deliberation ? null : describe(e);
            case REQUESTER -> null;
        };
    }

    static Described describe(EngagementEvents e) {
        if (e instanceof ReviewRequestReceived r) {
            return Described.on("Tiếp nhận đề nghị: " + r.request().title(),
                                "Received the request: " + r.request().title(), r.request().receivedAt());
        }
        if (e instanceof ReviewProposed p) {
            return Described.of("Đề xuất tư vấn, phản biện: " + p.request().title(),
                                "Proposed a review: " + p.request().title());
        }
        if (e instanceof ReviewProposalApproved a) {
            return Described.by("Cơ quan có thẩm quyền đồng ý đề xuất", "The competent authority approved the proposal",
                                a.decision());
        }
        if (e instanceof DossierMarkedIncomplete d) {
            return Described.on("Hồ sơ cần bổ sung: " + String.join("; ", d.missing()),
                                "Dossier incomplete: " + String.join("; ", d.missing()), d.on());
        }
        if (e instanceof DossierCompleted d) {
            return Described.on("Bổ sung hồ sơ: " + String.join("; ", d.documents()),
                                "Dossier completed: " + String.join("; ", d.documents()), d.on());
        }
        if (e instanceof ReviewAccepted a) {
            return Described.by("Nhận thực hiện tư vấn, phản biện", "Accepted the engagement", a.decision());
        }
        if (e instanceof ReviewDeclined d) {
            return Described.by("Từ chối thực hiện: " + d.reason(), "Declined: " + d.reason(), d.decision());
        }
        if (e instanceof EngagementPlanned p) {
            return Described.of("Lập kế hoạch: " + vi(p.forms()) + ", dự toán " + ReviewHistory.vnd(p.estimateVnd())
                                + " (" + p.fundingSource().labelVi() + ", năm " + p.planYear() + ")",
                                "Planned: " + en(p.forms()) + ", estimate " + ReviewHistory.vnd(p.estimateVnd())
                                + " (" + p.fundingSource().labelEn() + ", " + p.planYear() + ")");
        }
        if (e instanceof ContractRecorded c) {
            return Described.on("Ký hợp đồng " + c.contractRef(), "Signed contract " + c.contractRef(), c.signedOn());
        }
        if (e instanceof ExpertInvited i) {
            return Described.on("Mời chuyên gia " + i.expertId() + " làm " + i.role().labelVi(),
                                "Invited expert " + i.expertId() + " as " + i.role().labelEn(), i.invitedOn());
        }
        if (e instanceof InvitationAccepted a) {
            return Described.on("Chuyên gia " + a.expertId() + " nhận lời mời (" + a.role().labelVi() + ")",
                                "Expert " + a.expertId() + " accepted (" + a.role().labelEn() + ")", a.acceptedOn());
        }
        if (e instanceof InvitationDeclined d) {
            return Described.on("Chuyên gia " + d.expertId() + " từ chối lời mời: " + d.reason(),
                                "Expert " + d.expertId() + " declined: " + d.reason(), d.declinedOn());
        }
        if (e instanceof ExpertConflictDeclared d) {
            String vi = d.interests().isEmpty() ? "không có xung đột lợi ích" : vi(d.interests());
            String en = d.interests().isEmpty() ? "no conflict of interest" : en(d.interests());
            return Described.on("Chuyên gia " + d.expertId() + " ký bản kê khai: " + vi
                                + (d.nonDisclosureSigned() ? "; cam kết bảo mật" : ""),
                                "Expert " + d.expertId() + " signed the declaration: " + en
                                + (d.nonDisclosureSigned() ? "; non-disclosure signed" : ""), d.signedOn());
        }
        if (e instanceof ExpertRemovedFromPanel r) {
            return Described.of("Đưa chuyên gia " + r.expertId() + " ra khỏi hội đồng: " + r.reason(),
                                "Removed expert " + r.expertId() + " from the panel: " + r.reason());
        }
        if (e instanceof ReviewPanelFormed f) {
            return Described.on("Thành lập hội đồng, tổ chuyên gia gồm " + f.members().size() + " thành viên",
                                "Confirmed the panel of " + f.members().size(), f.formedOn());
        }
        if (e instanceof OpinionSubmitted o) {
            return Described.on("Chuyên gia " + o.expertId() + " gửi ý kiến (lần " + o.version() + ")",
                                "Expert " + o.expertId() + " submitted an opinion (version " + o.version() + ")",
                                o.submittedOn());
        }
        if (e instanceof ReviewWorkshopHeld w) {
            return Described.on("Tổ chức hội thảo, " + w.attendees() + " người tham dự",
                                "Held a workshop, " + w.attendees() + " attending", w.heldOn());
        }
        if (e instanceof ReviewCollectionClosed) {
            return Described.of("Kết thúc thu thập ý kiến", "Closed the collection of opinions");
        }
        if (e instanceof ReportDrafted d) {
            int recommendations = d.recommendations() == null ? 0 : d.recommendations().size();
            return Described.of("Dự thảo báo cáo (bản " + d.version() + ", " + recommendations + " kiến nghị)",
                                "Drafted the report (version " + d.version() + ", " + recommendations
                                + " recommendations)");
        }
        if (e instanceof DraftSubmitted s) {
            return Described.of("Trình lãnh đạo duyệt dự thảo bản " + s.version(),
                                "Submitted draft " + s.version() + " for approval");
        }
        if (e instanceof DraftReturned r) {
            return Described.of("Lãnh đạo trả lại dự thảo bản " + r.version() + ": " + r.reason(),
                                "Returned draft " + r.version() + ": " + r.reason());
        }
        if (e instanceof ReviewReportSent s) {
            return Described.by("Gửi báo cáo (bản " + s.version() + "), hạn phản hồi " + s.responseDue(),
                                "Sent the report (version " + s.version() + "), response due " + s.responseDue(),
                                s.decision());
        }
        if (e instanceof ReviewResponseRecorded r) {
            return Described.on("Nhận văn bản tiếp thu, giải trình: " + r.adoption().labelVi(),
                                "Received the response: " + r.adoption().labelEn(), r.receivedOn());
        }
        if (e instanceof ReviewClosed c) {
            String bySystem = "system".equals(c.closedBy()) ? " (quá hạn phản hồi)" : "";
            return Described.on("Kết thúc nhiệm vụ: " + c.adoption().labelVi() + bySystem,
                                "Closed: " + c.adoption().labelEn() + ("system".equals(c.closedBy())
                                        ? " (response overdue)" : ""), c.closedOn());
        }
        if (e instanceof OutcomePublicationDecided p) {
            return Described.on(p.publish() ? "Quyết định công bố kết quả" : "Quyết định không công bố kết quả",
                                p.publish() ? "Decided to publish the outcome" : "Decided not to publish the outcome",
                                p.decidedOn());
        }
        if (e instanceof RequestWithdrawn w) {
            return Described.on("Cơ quan đề nghị rút đề nghị: " + w.reason(), "The requester withdrew: " + w.reason(),
                                w.on());
        }
        if (e instanceof EngagementCancelled c) {
            return Described.by("Hủy nhiệm vụ: " + c.reason(), "Cancelled: " + c.reason(), c.decision());
        }
        CostRecorded c = (CostRecorded) e;
        return Described.on("Ghi nhận chi " + ReviewHistory.vnd(c.amountVnd()) + ": " + c.description(),
                            "Recorded a cost of " + ReviewHistory.vnd(c.amountVnd()) + ": " + c.description(),
                            c.incurredOn());
    }

    private static String vi(Collection<? extends Labelled> codes) {
        return codes.stream().map(Labelled::labelVi).sorted().collect(Collectors.joining(", "));
    }

    private static String en(Collection<? extends Labelled> codes) {
        return codes.stream().map(Labelled::labelEn).sorted().collect(Collectors.joining(", "));
    }
}
