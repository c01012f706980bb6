package vn.lienhiep.contest.entry.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.lienhiep.contest.common.domain.ContestDates;
import vn.lienhiep.contest.common.domain.EditionSnapshot;
import vn.lienhiep.contest.common.domain.EditionStatus;
import vn.lienhiep.contest.common.domain.EditionTerms;
import vn.lienhiep.contest.common.domain.EligibilityPolicy;
import vn.lienhiep.contest.common.domain.EntryAuthor;
import vn.lienhiep.contest.common.domain.Judge;
import vn.lienhiep.contest.common.domain.SubPanel;
import vn.lienhiep.kernel.Policy;
import vn.lienhiep.kernel.Rejection;
import vn.lienhiep.kernel.interest.ConflictOfInterest;

/**
 * The named rules of an entry (docs/domain/contest.md#entry-rules): the dossier rules and the eligibility screening
 * (each configurable per edition through its {@link EligibilityPolicy}, each refusal answered 422 with its rule code),
 * and the judging rules (assignments, conflicts of interest, scores).
 */
public final class EntryPolicies {

    /**
     * What the screening rules see of a submission: the dossier, the edition and the version of its rules in force on
     * the submission date, the dates, and what the contest knows from elsewhere.
     *
     * @param previouslyAwarded  a solution of this title was awarded at another edition of the programme
     * @param organisationStatus the entering member organisation's status, when it is one (from membership's events)
     */
    public record Screening(Dossier dossier, EditionSnapshot edition, EditionTerms terms, LocalDate submittedOn,
                            LocalDate postmarkedOn, LocalDate today, boolean previouslyAwarded,
                            Optional<String> organisationStatus) {

        EligibilityPolicy eligibility() {
            return terms.eligibility();
        }
    }

    static final Policy<Screening> EDITION_OPEN = s -> s.edition().status() == EditionStatus.OPEN ? Policy.allow()
            : Optional.of(Rejection.of("contest.entry.edition-not-open",
                    "Kỳ thi không nhận hồ sơ (hiện tại: " + s.edition().status().labelVi() + ").",
                    "The edition does not take entries (it is " + s.edition().status().labelEn().toLowerCase()
                    + ").").with("status", s.edition().status().name()));

    static final Policy<Screening> SUBMITTED_NOT_IN_FUTURE = s ->
            ContestDates.DATES.notInFuture(s.today(), ContestDates.SUBMISSION).check(s.submittedOn())
                    .or(() -> s.postmarkedOn() == null ? Optional.empty()
                            : ContestDates.DATES.notInFuture(s.today(), ContestDates.POSTMARK).check(s.postmarkedOn()));

    /**
     * Within the window: submitted by the closing day, or, when the edition accepts the postmark ("theo dấu bưu
     * điện"), posted by it.
     */
    static final Policy<Screening> IN_TIME = s -> {
        LocalDate close = s.terms().submissionClose();
        boolean byHand = !s.submittedOn().isAfter(close);
        boolean byPost = s.terms().postmarkRule() && s.postmarkedOn() != null && !s.postmarkedOn().isAfter(close);
        if (byHand || byPost) {
            return s.submittedOn().isBefore(s.terms().submissionOpen()) ? Optional.of(Rejection.of(
                    "contest.entry.before-window", "Kỳ thi nhận hồ sơ từ ngày " + s.terms().submissionOpen() + ".",
                    "The edition takes entries from " + s.terms().submissionOpen() + ".")
                    .with("submissionOpen", s.terms().submissionOpen().toString())) : Policy.allow();
        }
        return Optional.of(Rejection.of("contest.entry.after-deadline",
                "Hồ sơ nộp sau hạn " + close + (s.terms().postmarkRule() ? " (tính theo dấu bưu điện)." : "."),
                "The dossier came after the deadline " + close
                + (s.terms().postmarkRule() ? " (the postmark counts)." : "."))
                .with("submissionClose", close.toString()));
    };

    static final Policy<Screening> KNOWN_FIELD = s -> s.terms().field(s.dossier().field()).isPresent()
            ? Policy.allow() : Optional.of(Rejection.of("contest.entry.field-unknown",
                    "Lĩnh vực " + s.dossier().field() + " không có trong thể lệ kỳ thi.",
                    "Field " + s.dossier().field() + " is not one of the edition's fields.")
                    .with("field", s.dossier().field()));

    /** Exactly one principal author (tác giả chính). */
    static final Policy<Screening> ONE_PRINCIPAL = s -> {
        long principals = s.dossier().authors().stream().filter(EntryAuthor::principal).count();
        return principals == 1 ? Policy.allow() : Optional.of(Rejection.of("contest.entry.principal-author",
                "Hồ sơ phải có đúng một tác giả chính (có " + principals + ").",
                "An entry has exactly one principal author (this one has " + principals + ").")
                .with("principals", principals));
    };

    /** The authors' contribution shares sum to 100. */
    static final Policy<Screening> SHARES_SUM_TO_100 = s -> {
        int sum = s.dossier().authors().stream().mapToInt(EntryAuthor::sharePercent).sum();
        return sum == 100 ? Policy.allow() : Optional.of(Rejection.of("contest.entry.shares-not-100",
                "Tổng tỷ lệ đóng góp của các tác giả phải bằng 100% (hiện là " + sum + "%).",
                "The authors' contribution shares must sum to 100% (they sum to " + sum + "%).")
                .with("sum", sum));
    };

    static final Policy<Screening> GROUP_SIZE = s -> {
        Integer max = s.eligibility().maxAuthors();
        int size = s.dossier().authors().size();
        return max == null || size <= max ? Policy.allow() : Optional.of(Rejection.of(
                "contest.entry.too-many-authors", "Nhóm tác giả tối đa " + max + " người (hồ sơ có " + size + ").",
                "An author group has at most " + max + " people (this one has " + size + ").")
                .with("max", max).with("given", size));
    };

    /** Created and applied since the edition's cut-off year. */
    static final Policy<Screening> APPLIED_SINCE = s -> {
        Integer cutoff = s.eligibility().appliedSinceYear();
        if (cutoff == null) {
            return Policy.allow();
        }
        Integer created = s.dossier().createdYear();
        Integer applied = s.dossier().appliedSinceYear();
        boolean ok = applied != null && applied >= cutoff && (created == null || created >= cutoff);
        return ok ? Policy.allow() : Optional.of(Rejection.of("contest.eligibility.applied-since",
                "Giải pháp phải được tạo ra và áp dụng từ năm " + cutoff + " trở lại đây.",
                "The solution must have been created and applied since " + cutoff + ".")
                .with("appliedSinceYear", cutoff));
    };

    /** The contest awards applied solutions: evidence that it was applied. */
    static final Policy<Screening> EVIDENCE_PRESENT = s -> !s.eligibility().evidenceRequired()
            || !s.dossier().evidence().isEmpty() ? Policy.allow()
            : Policy.reject("contest.eligibility.evidence-missing",
                            "Hồ sơ thiếu minh chứng đã áp dụng (xác nhận của đơn vị áp dụng, biên bản nghiệm thu, …).",
                            "The dossier has no evidence that the solution was applied (confirmation of the applying"
                            + " unit, acceptance minutes, …).");

    /** Youth editions: every author born within the edition's window. */
    static final Policy<Screening> AGE_WINDOW = s -> {
        EligibilityPolicy e = s.eligibility();
        if (e.birthDateFrom() == null && e.birthDateTo() == null) {
            return Policy.allow();
        }
        for (EntryAuthor author : s.dossier().authors()) {
            LocalDate born = author.birthDate();
            boolean inside = born != null && (e.birthDateFrom() == null || !born.isBefore(e.birthDateFrom()))
                             && (e.birthDateTo() == null || !born.isAfter(e.birthDateTo()));
            if (!inside) {
                return Optional.of(Rejection.of("contest.eligibility.age-window",
                        "Tác giả " + author.name() + " phải sinh trong khoảng " + text(e.birthDateFrom()) + " – "
                        + text(e.birthDateTo()) + (born == null ? " (chưa khai ngày sinh)." : "."),
                        "Author " + author.name() + " must be born between " + text(e.birthDateFrom()) + " and "
                        + text(e.birthDateTo()) + (born == null ? " (no birth date given)." : "."))
                        .with("author", author.name()));
            }
        }
        return Policy.allow();
    };

    /** Minors' personal data: their guardian's consent, when the edition asks for it. */
    static final Policy<Screening> GUARDIAN_CONSENT = s -> {
        Integer under = s.eligibility().guardianConsentUnderAge();
        if (under == null || (s.dossier().youth() != null && s.dossier().youth().guardianConsent())) {
            return Policy.allow();
        }
        return s.dossier().authors().stream()
                .filter(a -> a.birthDate() != null && Period.between(a.birthDate(), s.submittedOn()).getYears() < under)
                .findFirst()
                .map(a -> Rejection.of("contest.eligibility.guardian-consent",
                        "Tác giả " + a.name() + " dưới " + under + " tuổi: cần sự đồng ý của cha mẹ hoặc người giám hộ"
                        + " cho việc xử lý thông tin cá nhân.",
                        "Author " + a.name() + " is under " + under + ": the guardian's consent to processing their"
                        + " personal data is needed.").with("author", a.name()).with("underAge", under));
    };

    /** VIFOTEC: researched and applied within the window (5 years) up to the deadline. */
    static final Policy<Screening> APPLICATION_WINDOW = s -> {
        Integer years = s.eligibility().applicationWindowYears();
        if (years == null) {
            return Policy.allow();
        }
        int earliest = s.terms().submissionClose().getYear() - years;
        Integer applied = s.dossier().appliedSinceYear();
        return applied != null && applied >= earliest ? Policy.allow() : Optional.of(Rejection.of(
                "contest.eligibility.application-window",
                "Công trình phải được nghiên cứu và áp dụng trong " + years + " năm tính đến hạn nộp (từ năm "
                + earliest + ").",
                "The work must have been researched and applied within " + years + " years up to the deadline"
                + " (since " + earliest + ").").with("years", years).with("earliestYear", earliest));
    };

    static final Policy<Screening> NOT_AWARDED_BEFORE = s -> s.eligibility().allowPreviouslyAwarded()
            || !s.previouslyAwarded() ? Policy.allow()
            : Policy.reject("contest.eligibility.previously-awarded",
                            "Giải pháp này đã đạt giải ở một kỳ thi trước của cùng hội thi.",
                            "This solution was already awarded at an earlier edition of the same contest.");

    static final Policy<Screening> IN_PROVINCE = s -> !s.eligibility().provinceOnly() || s.dossier().inProvince()
            ? Policy.allow()
            : Policy.reject("contest.eligibility.outside-province",
                            "Thể lệ kỳ thi chỉ nhận tác giả sống hoặc làm việc trong tỉnh.",
                            "The edition accepts only authors living or working in the province.");

    /** A member organisation that is suspended or expelled cannot enter (learned from membership's events). */
    static final Policy<Screening> MEMBER_IN_GOOD_STANDING = s -> s.organisationStatus()
            .filter(status -> Set.of("SUSPENDED", "EXPELLED", "DISSOLVED").contains(status))
            .map(status -> Rejection.of("contest.eligibility.member-suspended",
                    "Tổ chức thành viên " + s.dossier().organisationName() + " đang bị đình chỉ hoặc đã bị khai trừ"
                    + " nên không thể dự thi.",
                    "Member organisation " + s.dossier().organisationName() + " is suspended or expelled and cannot"
                    + " enter.").with("organisationId", s.dossier().organisationId()).with("status", status));

    /** The dossier's own rules: its field, its authors. */
    public static final Policy<Screening> DOSSIER = Policy.allOf(KNOWN_FIELD, ONE_PRINCIPAL, SHARES_SUM_TO_100,
                                                                 GROUP_SIZE);
    /** The eligibility screening, each rule named and configured by the edition. */
    public static final Policy<Screening> ELIGIBILITY = Policy.allOf(APPLIED_SINCE, EVIDENCE_PRESENT, AGE_WINDOW,
            GUARDIAN_CONSENT, APPLICATION_WINDOW, NOT_AWARDED_BEFORE, IN_PROVINCE, MEMBER_IN_GOOD_STANDING);
    /** A submission: the edition takes entries, in time, a sound dossier, an eligible solution. */
    public static final Policy<Screening> SUBMITTING = Policy.allOf(EDITION_OPEN, SUBMITTED_NOT_IN_FUTURE, IN_TIME,
                                                                    DOSSIER, ELIGIBILITY);
    /** A resubmission after completion: the window may have closed since the first submission, which counts. */
    public static final Policy<Screening> RESUBMITTING = Policy.allOf(DOSSIER, ELIGIBILITY);

    // --- status rules --------------------------------------------------------------------------------------------

    static Optional<Rejection> inStatus(EntryStatus status, String act, String actVi, Set<EntryStatus> allowed) {
        return allowed.contains(status) ? Policy.allow() : Optional.of(Rejection.of(
                "contest.entry." + act + "-not-allowed",
                "Không thể " + actVi + " hồ sơ đang ở trạng thái \"" + status.labelVi() + "\".",
                "An entry that is " + status.labelEn().toLowerCase() + " cannot be " + act.replace('-', ' ') + ".")
                .with("status", status.name()));
    }

    // --- judging -------------------------------------------------------------------------------------------------

    /**
     * What the judging rules see of one assignment: the judge, the sub-panel of the entry's field, the entry's
     * parties, whether the judge is an entrant of the same edition, how many judges the entry already has.
     */
    public record Assignment(String judgeId, Optional<SubPanel> subPanel, List<EntryAuthor> authors,
                             String supervisorPersonId, boolean judgeIsEntrant, Set<String> assigned,
                             int judgesPerEntry) {
    }

    static final Policy<Assignment> ON_SUB_PANEL = a -> a.subPanel().map(p -> p.has(a.judgeId())).orElse(false)
            ? Policy.allow() : Optional.of(notOnSubPanel(a.judgeId()));

    static final Policy<Assignment> NOT_AN_ENTRANT = a -> !a.judgeIsEntrant() ? Policy.allow()
            : Optional.of(Rejection.of("contest.judging.judge-is-entrant",
                    "Giám khảo là tác giả của một hồ sơ dự thi cùng kỳ nên không thể chấm.",
                    "The judge is an author of an entry of the same edition and cannot judge.")
                    .with("judgeId", a.judgeId()));

    /** The platform's one conflict-of-interest rule, with the authors, their units and the supervisor as parties. */
    static final Policy<Assignment> INDEPENDENT = a -> {
        Judge judge = a.subPanel().flatMap(p -> p.judge(a.judgeId())).orElseThrow();
        ConflictOfInterest.Parties parties = new ConflictOfInterest.Parties(
                a.authors().stream().map(EntryAuthor::personId).filter(id -> id != null)
                 .collect(java.util.stream.Collectors.toSet()),
                a.authors().stream().map(EntryAuthor::workplace).filter(w -> w != null).toList(),
                a.supervisorPersonId() == null ? Set.of() : Set.of(a.supervisorPersonId()));
        return ConflictOfInterest.between(new ConflictOfInterest.Assessor(judge.judgeId(),
                                                                          judge.workplace() == null ? List.of()
                                                                                  : List.of(judge.workplace())), parties)
                .map(c -> conflict(judge, c));
    };

    static final Policy<Assignment> NOT_YET_ASSIGNED = a -> !a.assigned().contains(a.judgeId()) ? Policy.allow()
            : Optional.of(Rejection.of("contest.judging.already-assigned", "Giám khảo đã được phân công chấm hồ sơ này.",
                                       "The judge is already assigned to this entry.").with("judgeId", a.judgeId()));

    static final Policy<Assignment> ROOM_FOR_A_JUDGE = a -> a.assigned().size() < a.judgesPerEntry() ? Policy.allow()
            : Optional.of(Rejection.of("contest.judging.enough-judges",
                    "Hồ sơ đã có đủ " + a.judgesPerEntry() + " giám khảo chấm độc lập.",
                    "The entry already has its " + a.judgesPerEntry() + " independent judges.")
                    .with("judgesPerEntry", a.judgesPerEntry()));

    /** A judge of the field's sub-panel, independent of the entry, not an entrant, while the entry needs one. */
    public static final Policy<Assignment> ASSIGNING = Policy.allOf(ON_SUB_PANEL, INDEPENDENT, NOT_AN_ENTRANT,
                                                                    NOT_YET_ASSIGNED, ROOM_FOR_A_JUDGE);
    /** A member of the sub-panel re-scoring a divergent entry is held to the same independence. */
    public static final Policy<Assignment> RESCORING = Policy.allOf(ON_SUB_PANEL, INDEPENDENT, NOT_AN_ENTRANT);

    static Rejection notOnSubPanel(String judgeId) {
        return Rejection.of("contest.judging.not-on-sub-panel",
                            "Giám khảo không thuộc tiểu ban chấm lĩnh vực của hồ sơ.",
                            "The judge is not on the sub-panel of the entry's field.").with("judgeId", judgeId);
    }

    static Rejection conflict(Judge judge, ConflictOfInterest.Conflict c) {
        return switch (c.kind()) {
            case PARTY -> Rejection.of("contest.judging.conflict-author",
                    "Giám khảo " + judge.name() + " là tác giả của hồ sơ nên không thể chấm.",
                    "Judge " + judge.name() + " is an author of the entry and cannot score it.")
                    .with("judgeId", judge.judgeId());
            case SUPERVISOR -> Rejection.of("contest.judging.conflict-supervisor",
                    "Giám khảo " + judge.name() + " là người hướng dẫn của hồ sơ nên không thể chấm.",
                    "Judge " + judge.name() + " supervised the entry and cannot score it.")
                    .with("judgeId", judge.judgeId());
            case SAME_ORGANISATION -> Rejection.of("contest.judging.conflict-same-unit",
                    "Giám khảo " + judge.name() + " công tác cùng đơn vị với tác giả (" + c.matched()
                    + ") nên không thể chấm.",
                    "Judge " + judge.name() + " works at the same unit as an author (" + c.matched()
                    + ") and cannot score the entry.").with("judgeId", judge.judgeId()).with("unit", c.matched());
        };
    }

    static Rejection notAssigned(String judgeId) {
        return Rejection.of("contest.judging.not-assigned",
                            "Giám khảo không được phân công chấm hồ sơ này ở vòng hiện tại.",
                            "The judge is not assigned to this entry in the current round.").with("judgeId", judgeId);
    }

    static Rejection alreadyScored(String judgeId) {
        return Rejection.of("contest.judging.already-scored",
                            "Giám khảo đã chấm hồ sơ này; điểm đã chấm không bị ghi đè.",
                            "The judge has already scored this entry; a score is never overwritten.")
                        .with("judgeId", judgeId);
    }

    /** A judge who declared a conflict on the entry stepped aside for good: neither assigned again nor re-scoring. */
    static Rejection recusedFrom(String judgeId) {
        return Rejection.of("contest.judging.recused", "Giám khảo đã tự rút khỏi việc chấm hồ sơ này.",
                            "The judge stepped aside from this entry.").with("judgeId", judgeId);
    }

    static Rejection notJudging(EditionStatus status) {
        return Rejection.of("contest.judging.not-judging",
                            "Kỳ thi không ở vòng chấm (hiện tại: " + status.labelVi() + ").",
                            "The edition is not in a judging round (it is " + status.labelEn().toLowerCase() + ").")
                        .with("status", status.name());
    }

    static Rejection notFinalist(String entryNo) {
        return Rejection.of("contest.judging.not-finalist", "Hồ sơ " + entryNo + " không vào vòng chung khảo.",
                            "Entry " + entryNo + " is not in the final round.").with("entryNo", entryNo);
    }

    /** Throws a refusal found by a check (for {@code Optional.ifPresent}). */
    static void fail(Rejection rejection) {
        throw rejection.asException();
    }

    private static String text(LocalDate date) {
        return date == null ? "…" : date.toString();
    }

    private EntryPolicies() {
    }
}
