package vn.lienhiep.contest.edition.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.lienhiep.contest.common.domain.ContestDates;
import vn.lienhiep.contest.common.domain.EditionStatus;
import vn.lienhiep.contest.common.domain.EditionTerms;
import vn.lienhiep.contest.common.domain.EntryStanding;
import vn.lienhiep.contest.common.domain.SubPanel;
import vn.lienhiep.kernel.Policy;
import vn.lienhiep.kernel.Rejection;

/**
 * The named rules of a contest edition (docs/domain/contest.md#edition-rules), one composed policy per act. Each
 * refusal has a stable rule code (answered as 422), a Vietnamese and an English message. Malformed values (a blank
 * label, a close before the open date) are {@code InvalidInput}, refused before these run.
 */
public final class EditionPolicies {

    /** What the edition's rules see of one act; fields an act does not use are null or empty. */
    public record EditionAct(EditionStatus status, EditionTerms terms, List<SubPanel> subPanels, LocalDate date,
                             LocalDate today) {

        public static EditionAct of(EditionStatus status, EditionTerms terms, List<SubPanel> subPanels,
                                    LocalDate date, LocalDate today) {
            return new EditionAct(status, terms, subPanels == null ? List.of() : subPanels, date, today);
        }
    }

    /** An act allowed only while the edition is in one of {@code allowed}. */
    static Policy<EditionAct> inStatus(String act, String actVi, EditionStatus... allowed) {
        Set<EditionStatus> set = EnumSet.copyOf(Arrays.asList(allowed));
        return a -> set.contains(a.status()) ? Policy.allow() : Optional.of(Rejection.of(
                "contest.edition." + act + "-not-allowed",
                "Không thể " + actVi + " khi kỳ thi đang ở trạng thái \"" + a.status().labelVi() + "\".",
                "The edition cannot be " + act.replace('-', ' ') + " while it is "
                + a.status().labelEn().toLowerCase() + ".")
                .with("status", a.status().name())
                .with("allowed", set.stream().map(Enum::name).sorted().collect(Collectors.joining(","))));
    }

    static Policy<EditionAct> decidedNotInFuture() {
        return a -> ContestDates.DATES.notInFuture(a.today(), ContestDates.DECISION).check(a.date());
    }

    /** An extension moves the closing date later, never earlier (that would refuse dossiers already posted). */
    static final Policy<EditionAct> LATER_DEADLINE = a -> a.date().isAfter(a.terms().submissionClose())
            ? Policy.allow() : Optional.of(Rejection.of("contest.edition.deadline-not-later",
                    "Hạn nộp mới phải sau hạn hiện tại (" + a.terms().submissionClose() + ").",
                    "The new deadline must be after the current one (" + a.terms().submissionClose() + ").")
                    .with("currentClose", a.terms().submissionClose().toString()));

    /** The window closes on its last day: submissions close only after it. */
    static final Policy<EditionAct> WINDOW_PASSED = a -> a.today().isAfter(a.terms().submissionClose())
            ? Policy.allow() : Optional.of(Rejection.of("contest.edition.submissions-still-open",
                    "Chưa hết hạn nộp hồ sơ (" + a.terms().submissionClose() + ").",
                    "The submission window is still open (until " + a.terms().submissionClose() + ").")
                    .with("submissionClose", a.terms().submissionClose().toString()));

    /** The jury is appointed (by decision) before the preliminary round. */
    static final Policy<EditionAct> JURY_APPOINTED = a -> !a.subPanels().isEmpty() ? Policy.allow()
            : Policy.reject("contest.edition.jury-not-appointed",
                            "Chưa có quyết định thành lập Ban Giám khảo; không thể bắt đầu vòng sơ khảo.",
                            "No jury has been appointed; the preliminary round cannot start.");

    /** Every sub-panel judges a field of the edition, one sub-panel per field. */
    static final Policy<EditionAct> PANELS_MATCH_FIELDS = a -> {
        for (SubPanel panel : a.subPanels()) {
            if (a.terms().field(panel.field()).isEmpty()) {
                return Optional.of(Rejection.of("contest.edition.sub-panel-field-unknown",
                        "Tiểu ban chấm lĩnh vực " + panel.field() + " không có trong thể lệ.",
                        "A sub-panel judges field " + panel.field() + ", which the rules do not list.")
                        .with("field", panel.field()));
            }
        }
        long distinct = a.subPanels().stream().map(SubPanel::field).distinct().count();
        return distinct == a.subPanels().size() ? Policy.allow()
                : Policy.reject("contest.edition.sub-panel-duplicate", "Mỗi lĩnh vực chỉ có một tiểu ban.",
                                "Each field has one sub-panel.");
    };

    /** Each entry is scored by as many judges as the scheme asks: every sub-panel has at least that many. */
    static final Policy<EditionAct> PANELS_LARGE_ENOUGH = a -> {
        int needed = a.terms().scoring().judgesPerEntry();
        return a.subPanels().stream().filter(p -> p.judges().size() < needed).findFirst()
                .map(p -> Rejection.of("contest.edition.sub-panel-too-small",
                        "Tiểu ban lĩnh vực " + p.field() + " có " + p.judges().size() + " giám khảo; mỗi hồ sơ cần "
                        + needed + " giám khảo chấm độc lập.",
                        "The sub-panel of " + p.field() + " has " + p.judges().size() + " judges; each entry needs "
                        + needed + " independent judges.").with("field", p.field()).with("needed", needed));
    };

    public static final Policy<EditionAct> REVISING = inStatus("revised", "sửa dự thảo thể lệ", EditionStatus.DRAFT);
    public static final Policy<EditionAct> ISSUING = Policy.allOf(
            inStatus("issued", "ban hành thể lệ", EditionStatus.DRAFT), decidedNotInFuture());
    public static final Policy<EditionAct> LAUNCHING = Policy.allOf(
            inStatus("launched", "phát động", EditionStatus.RULES_ISSUED),
            a -> ContestDates.DATES.notInFuture(a.today(), ContestDates.LAUNCH).check(a.date()));
    public static final Policy<EditionAct> AMENDING = Policy.allOf(
            a -> a.status().amendable() ? Policy.allow() : Optional.of(Rejection.of(
                    "contest.edition.amended-not-allowed",
                    "Thể lệ chỉ được sửa đổi bằng quyết định từ khi ban hành đến trước khi Ban Giám khảo đề xuất kết quả"
                    + " (hiện tại: " + a.status().labelVi() + ").",
                    "The rules are amended by decision between their issue and the jury's proposal (the edition is "
                    + a.status().labelEn().toLowerCase() + ").").with("status", a.status().name())),
            decidedNotInFuture());
    public static final Policy<EditionAct> EXTENDING = Policy.allOf(
            inStatus("extended", "gia hạn nộp hồ sơ", EditionStatus.OPEN), decidedNotInFuture());
    public static final Policy<EditionAct> APPOINTING = Policy.allOf(
            inStatus("jury-appointed", "thành lập Ban Giám khảo", EditionStatus.RULES_ISSUED, EditionStatus.OPEN,
                     EditionStatus.SCREENING, EditionStatus.PRELIMINARY_ROUND, EditionStatus.FINAL_ROUND),
            decidedNotInFuture(), PANELS_MATCH_FIELDS, PANELS_LARGE_ENOUGH);
    public static final Policy<EditionAct> CLOSING = Policy.allOf(
            inStatus("closed", "khóa nhận hồ sơ", EditionStatus.OPEN), WINDOW_PASSED);
    public static final Policy<EditionAct> SCREENED = Policy.allOf(
            inStatus("screened", "kết thúc thẩm định", EditionStatus.SCREENING), JURY_APPOINTED);
    public static final Policy<EditionAct> SHORTLISTING = inStatus("shortlisted", "duyệt danh sách vào chung khảo",
                                                                   EditionStatus.PRELIMINARY_ROUND);
    public static final Policy<EditionAct> PROPOSING = inStatus("proposed", "đề xuất kết quả",
                                                                EditionStatus.FINAL_ROUND);
    public static final Policy<EditionAct> RETURNING = inStatus("returned", "trả kết quả về Ban Giám khảo",
                                                                EditionStatus.RESULTS_PROPOSED);
    public static final Policy<EditionAct> APPROVING = Policy.allOf(
            inStatus("approved", "công nhận kết quả", EditionStatus.RESULTS_PROPOSED), decidedNotInFuture());
    public static final Policy<EditionAct> CEREMONY = Policy.allOf(
            inStatus("ceremony", "ghi nhận lễ trao giải", EditionStatus.RESULTS_APPROVED),
            a -> ContestDates.DATES.notInFuture(a.today(), ContestDates.CEREMONY).check(a.date()));
    public static final Policy<EditionAct> NOMINATING = Policy.allOf(
            inStatus("nominated", "gửi dự thi toàn quốc", EditionStatus.AWARDED, EditionStatus.NOMINATED_UPWARD),
            a -> ContestDates.DATES.notInFuture(a.today(), ContestDates.NOMINATION).check(a.date()));
    public static final Policy<EditionAct> RECORDING_NATIONAL = inStatus("national-result", "ghi kết quả toàn quốc",
            EditionStatus.NOMINATED_UPWARD, EditionStatus.ARCHIVED);
    public static final Policy<EditionAct> REVOKING = Policy.allOf(
            inStatus("revoked", "thu hồi giải", EditionStatus.RESULTS_APPROVED, EditionStatus.AWARDED,
                     EditionStatus.NOMINATED_UPWARD, EditionStatus.ARCHIVED), decidedNotInFuture());
    public static final Policy<EditionAct> ARCHIVING = inStatus("archived", "lưu trữ", EditionStatus.AWARDED,
                                                                EditionStatus.NOMINATED_UPWARD);
    public static final Policy<EditionAct> CANCELLING = Policy.allOf(
            a -> a.status().cancellable() ? Policy.allow() : Optional.of(Rejection.of(
                    "contest.edition.cancelled-not-allowed",
                    "Không thể hủy kỳ thi đã trao giải hoặc đã hủy (hiện tại: " + a.status().labelVi() + ").",
                    "An edition that was awarded or cancelled cannot be cancelled (it is "
                    + a.status().labelEn().toLowerCase() + ").").with("status", a.status().name())),
            decidedNotInFuture());

    // --- rules on the entries an act names ------------------------------------------------------------------------

    /** A shortlisted entry is a competing entry of this edition whose preliminary scoring is complete. */
    static Optional<Rejection> shortlistable(String entryId, Optional<EntryStanding> standing, String editionId) {
        if (standing.isEmpty() || !editionId.equals(standing.get().editionId()) || !standing.get().competing()) {
            return Optional.of(Rejection.of("contest.edition.entry-not-competing",
                    "Hồ sơ " + entryId + " không phải hồ sơ hợp lệ của kỳ thi này.",
                    "Entry " + entryId + " is not an eligible entry of this edition.").with("entryId", entryId));
        }
        if (!standing.get().complete()) {
            return Optional.of(scoringIncomplete(standing.get()));
        }
        return Policy.allow();
    }

    static Rejection scoringIncomplete(EntryStanding s) {
        return Rejection.of("contest.edition.scoring-incomplete",
                            "Hồ sơ " + s.entryNo() + " chưa được chấm đủ.",
                            "Entry " + s.entryNo() + " is not fully scored yet.")
                        .with("entryId", s.entryId()).with("entryNo", s.entryNo());
    }

    static Rejection nationalCap(int cap, int given) {
        return Rejection.of("contest.edition.national-cap",
                            "Thể lệ cho phép gửi tối đa " + cap + " giải pháp dự thi toàn quốc; đã chọn " + given + ".",
                            "The rules allow at most " + cap + " entries to be sent nationally; " + given
                            + " were chosen.").with("max", cap).with("given", given);
    }

    static Rejection notAwarded(String entryId) {
        return Rejection.of("contest.edition.entry-not-awarded",
                            "Hồ sơ " + entryId + " không có giải (hoặc giải đã bị thu hồi) ở kỳ thi này.",
                            "Entry " + entryId + " holds no prize of this edition (or it was revoked).")
                        .with("entryId", entryId);
    }

    static Rejection notNominated(String entryId) {
        return Rejection.of("contest.edition.entry-not-nominated",
                            "Hồ sơ " + entryId + " chưa được gửi dự thi toàn quốc.",
                            "Entry " + entryId + " was not sent to the national level.").with("entryId", entryId);
    }

    static Rejection alreadyNominated(String entryId) {
        return Rejection.of("contest.edition.entry-already-nominated",
                            "Hồ sơ " + entryId + " đã được gửi dự thi toàn quốc.",
                            "Entry " + entryId + " was already sent to the national level.").with("entryId", entryId);
    }

    private EditionPolicies() {
    }
}
