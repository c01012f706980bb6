package vn.lienhiep.membership.governance.projection;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.lienhiep.membership.governance.domain.GovernanceEvents;
import vn.lienhiep.membership.governance.domain.GovernanceEvents.*;
import vn.lienhiep.membership.governance.domain.HoldingBasis;
import vn.lienhiep.membership.common.projection.HistoryDescriber;
import vn.lienhiep.membership.common.projection.HistoryLine;

/**
 * How governance events read in the union's history; office holdings also appear in the holder's own history
 * (office holders are public roles).
 */
@Component
public class GovernanceHistory implements HistoryDescriber {

    @Override
    public Optional<HistoryLine> describe(Object event) {
        if (!(event instanceof GovernanceEvents e)) {
            return Optional.empty();
        }
        List<String> union = List.of(HistoryLine.union(e.unionId()));
        if (e instanceof TermPlanned t) {
            return line(union, "Dự kiến " + t.displayLabel() + " (" + t.startYear() + "–" + t.endYear() + ")",
                        "Term " + t.ordinal() + " planned (" + t.startYear() + "–" + t.endYear() + ")", null, null);
        }
        if (e instanceof CongressPlanned c) {
            return line(union, "Dự kiến " + c.displayLabel() + " (" + c.kind().labelVi() + ")"
                               + (c.plannedQuarter() == null ? "" : ", " + c.plannedQuarter()),
                        "Congress " + c.ordinal() + " planned (" + c.kind().labelEn() + ")"
                        + (c.plannedQuarter() == null ? "" : ", " + c.plannedQuarter()), null, null);
        }
        if (e instanceof OrganisingCommitteeFormed o) {
            return line(union, "Thành lập Ban Tổ chức Đại hội lần " + o.congressOrdinal(),
                        "Organising committee of congress " + o.congressOrdinal() + " formed", o.effectiveDate(),
                        o.decision());
        }
        if (e instanceof CongressDocumentsApproved d) {
            return line(union, "Thông qua văn kiện Đại hội lần " + d.congressOrdinal(),
                        "Documents of congress " + d.congressOrdinal() + " approved", d.effectiveDate(), d.decision());
        }
        if (e instanceof PartyApprovalRecorded p) {
            return line(union, "Có ý kiến của cấp ủy về Đại hội lần " + p.congressOrdinal(),
                        "Party committee approved congress " + p.congressOrdinal(), p.effectiveDate(), p.decision());
        }
        if (e instanceof CongressConvened c) {
            return line(union, "Khai mạc Đại hội lần " + c.congressOrdinal() + ", triệu tập " + c.delegatesConvened()
                               + " đại biểu",
                        "Congress " + c.congressOrdinal() + " convened, " + c.delegatesConvened() + " delegates",
                        c.effectiveDate(), null);
        }
        if (e instanceof QuorumChecked q) {
            return line(union, "Có mặt " + q.delegatesPresent() + "/" + q.delegatesConvened() + " đại biểu: "
                               + (q.quorate() ? "đủ điều kiện tiến hành" : "không đủ, hoãn đại hội"),
                        q.delegatesPresent() + " of " + q.delegatesConvened() + " delegates present: "
                        + (q.quorate() ? "quorate" : "no quorum, adjourned"), q.effectiveDate(), null);
        }
        if (e instanceof ElectionRecorded el) {
            return line(union, "Bầu " + el.body().labelVi() + " (" + el.seats().size() + " người) tại Đại hội lần "
                               + el.congressOrdinal(),
                        el.body().labelEn() + " of " + el.seats().size() + " elected at congress "
                        + el.congressOrdinal(), el.effectiveDate(), el.decision());
        }
        if (e instanceof CongressClosed c) {
            return line(union, "Bế mạc Đại hội lần " + c.congressOrdinal(), "Congress " + c.congressOrdinal() + " closed",
                        c.closedOn(), null);
        }
        if (e instanceof TermStarted t) {
            return line(union, "Bắt đầu nhiệm kỳ " + t.ordinal(), "Term " + t.ordinal() + " started", t.startedOn(), null);
        }
        if (e instanceof TermClosed t) {
            return line(union, "Kết thúc nhiệm kỳ " + t.ordinal(), "Term " + t.ordinal() + " closed", t.closedOn(), null);
        }
        if (e instanceof OfficeHoldingStarted h) {
            List<String> subjects = List.of(HistoryLine.union(h.unionId()), HistoryLine.person(h.personId()));
            String what = h.position().labelVi() + " (" + h.body().labelVi() + ", " + h.mode().labelVi().toLowerCase()
                          + ")";
            return line(subjects, h.fullName() + ": " + (h.basis() == HoldingBasis.RE_ELECTED ? "tái cử " : "")
                                  + what + ", nhiệm kỳ " + h.termOrdinal(),
                        h.fullName() + ": " + h.basis().labelEn().toLowerCase() + " " + h.position().labelEn() + " ("
                        + h.body().labelEn() + ", " + h.mode().labelEn().toLowerCase() + "), term " + h.termOrdinal(),
                        h.basis() == HoldingBasis.RE_ELECTED ? h.decision().date() : h.from(), h.decision());
        }
        if (e instanceof OfficeHoldingEnded h) {
            List<String> subjects = List.of(HistoryLine.union(h.unionId()), HistoryLine.person(h.personId()));
            return line(subjects, h.fullName() + " thôi giữ " + h.position().labelVi() + " (" + h.body().labelVi()
                                  + "): " + h.reason(),
                        h.fullName() + " no longer " + h.position().labelEn() + " (" + h.body().labelEn() + "): "
                        + h.reason(), h.until(), h.decision());
        }
        return Optional.empty();
    }

    private static Optional<HistoryLine> line(List<String> subjects, String vi, String en, java.time.LocalDate on,
                                              vn.lienhiep.kernel.DecisionRef decision) {
        return Optional.of(new HistoryLine(subjects.stream().distinct().collect(Collectors.toList()), vi, en, on,
                                           decision));
    }
}
