package vn.lienhiep.membership.governance.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.lienhiep.kernel.DecisionBody;
import vn.lienhiep.membership.common.domain.MembershipRules;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.Policy;
import vn.lienhiep.kernel.Rejection;

/**
 * The named rules of terms, congresses and elections (docs/domain/membership.md#term-and-congress). Each refusal carries a stable rule code
 * (answered 422) and messages in Vietnamese and English.
 */
public final class GovernancePolicies {

    private GovernancePolicies() {
    }

    public static Optional<Rejection> termTooLong(int startYear, int endYear, int maxTermYears) {
        return endYear - startYear <= maxTermYears ? Policy.allow() : Optional.of(
                Rejection.of("membership.term.too-long",
                             "Nhiệm kỳ " + startYear + "–" + endYear + " dài hơn " + maxTermYears + " năm.",
                             "The term " + startYear + "–" + endYear + " is longer than " + maxTermYears + " years.")
                         .with("startYear", startYear).with("endYear", endYear).with("maxTermYears", maxTermYears));
    }

    public static Rejection duplicateTerm(int ordinal) {
        return Rejection.of("membership.term.duplicate-ordinal", "Nhiệm kỳ thứ " + ordinal + " đã có.",
                            "Term " + ordinal + " already exists.").with("ordinal", ordinal);
    }

    /** Terms may share their boundary year (a congress in 2022 closes 2017–2022 and opens 2022–2027). */
    public static boolean overlaps(int start, int end, int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    public static Rejection termOverlap(int ordinal, int otherOrdinal, int otherStart, int otherEnd) {
        return Rejection.of("membership.term.overlap",
                            "Nhiệm kỳ " + ordinal + " trùng thời gian với nhiệm kỳ " + otherOrdinal + " (" + otherStart
                            + "–" + otherEnd + ").",
                            "Term " + ordinal + " overlaps term " + otherOrdinal + " (" + otherStart + "–" + otherEnd
                            + ").").with("otherOrdinal", otherOrdinal);
    }

    public static Rejection unknownTerm(int ordinal) {
        return Rejection.of("membership.term.unknown", "Chưa có nhiệm kỳ thứ " + ordinal + ".",
                            "There is no term " + ordinal + ".").with("termOrdinal", ordinal);
    }

    public static Rejection termNotPlanned(int ordinal, TermStatus status) {
        return Rejection.of("membership.term.not-planned",
                            "Nhiệm kỳ " + ordinal + " đã " + status.labelVi().toLowerCase() + "; đại hội chỉ mở nhiệm kỳ dự kiến.",
                            "Term " + ordinal + " is " + status.labelEn().toLowerCase() + "; a congress opens only a planned term.")
                        .with("termOrdinal", ordinal).with("status", status.name());
    }

    public static Rejection termTaken(int termOrdinal, int congressOrdinal) {
        return Rejection.of("membership.congress.term-taken",
                            "Nhiệm kỳ " + termOrdinal + " đã được Đại hội lần " + congressOrdinal + " mở.",
                            "Term " + termOrdinal + " is already opened by congress " + congressOrdinal + ".")
                        .with("termOrdinal", termOrdinal).with("congressOrdinal", congressOrdinal);
    }

    public static Rejection duplicateCongress(int ordinal) {
        return Rejection.of("membership.congress.duplicate-ordinal", "Đại hội lần " + ordinal + " đã có.",
                            "Congress " + ordinal + " already exists.").with("ordinal", ordinal);
    }

    public static Rejection unknownCongress(int ordinal) {
        return Rejection.of("membership.congress.unknown", "Chưa có Đại hội lần " + ordinal + ".",
                            "There is no congress " + ordinal + ".").with("congressOrdinal", ordinal);
    }

    public static Policy<CongressStatus> stepAllowed(CongressStatus.Step step) {
        return status -> step.from().contains(status) ? Policy.allow() : Optional.of(
                Rejection.of("membership.congress.transition-not-allowed",
                             "Không thể thực hiện bước này khi đại hội đang ở trạng thái \"" + status.labelVi() + "\".",
                             "Cannot " + step.name().toLowerCase().replace('_', ' ') + " while the congress is "
                             + status.labelEn().toLowerCase() + ".")
                         .with("status", status.name())
                         .with("allowedFrom", step.from().stream().map(Enum::name).sorted().toList()));
    }

    public static Policy<DecisionRef> issuedBy(Set<DecisionBody> allowed) {
        return decision -> {
            DecisionBody body = DecisionBody.of(decision.issuedBy());
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
    }



    /** [A] a candidate is elected with more than the charter's share of valid votes (default half, docs/domain/membership.md#mem-gov-7). */
    public static Policy<Seat> majority(MembershipRules rules) {
        return seat -> seat.votes() == null || rules.isElected(seat.votes(), seat.validVotes()) ? Policy.allow()
                : Optional.of(Rejection.of("membership.election.no-majority",
                        seat.fullName() + " chỉ được " + seat.votes() + "/" + seat.validVotes()
                        + " phiếu hợp lệ, không quá " + rules.majorityNumerator() + "/" + rules.majorityDenominator() + ".",
                        seat.fullName() + " received " + seat.votes() + " of " + seat.validVotes()
                        + " valid votes, not more than " + rules.majorityNumerator() + "/" + rules.majorityDenominator() + ".")
                        .with("personId", seat.personId()).with("votes", seat.votes())
                        .with("validVotes", seat.validVotes()));
    }

    public static Rejection notInBch(GoverningBodyType body, Collection<Seat> outsiders) {
        return Rejection.of("membership.election.btv-not-in-bch",
                        body.labelVi() + " phải là ủy viên Ban Chấp hành; chưa là ủy viên: " + names(outsiders) + ".",
                        "Members of the " + body.labelEn() + " must sit on the Executive Committee; not members: "
                        + names(outsiders) + ".")
                .with("body", body.name()).with("personIds", outsiders.stream().map(Seat::personId).toList());
    }

    public static Rejection chairNotInBtv(Seat chair) {
        return Rejection.of("membership.election.chair-not-in-btv",
                        "Chủ tịch phải là ủy viên Ban Thường vụ; " + chair.fullName() + " chưa là ủy viên Ban Thường vụ.",
                        "The Chair must sit on the Standing Committee; " + chair.fullName() + " does not.")
                .with("personId", chair.personId());
    }

    /** Thường trực ⊂ BTV: the standing officers are Standing Committee members. */
    public static Rejection officerNotInBtv(Collection<Seat> outsiders) {
        return Rejection.of("membership.election.officer-not-in-btv",
                        "Thường trực phải là ủy viên Ban Thường vụ; chưa là ủy viên: " + names(outsiders) + ".",
                        "Standing officers must sit on the Standing Committee; not members: " + names(outsiders) + ".")
                .with("personIds", outsiders.stream().map(Seat::personId).toList());
    }

    public static Rejection positionNotInBody(GoverningBodyType body, Position position) {
        return Rejection.of("membership.election.position-not-in-body",
                        body.labelVi() + " không có chức danh " + position.labelVi() + ".",
                        "The " + body.labelEn() + " has no " + position.labelEn() + " seat.")
                .with("body", body.name()).with("position", position.name())
                .with("allowed", Position.allowedIn(body).stream().map(Enum::name).sorted().toList());
    }

    public static Rejection duplicateSeat(GoverningBodyType body, String personId) {
        return Rejection.of("membership.election.duplicate-seat",
                        "Một người chỉ có một ghế trong " + body.labelVi() + ".",
                        "A person has one seat in the " + body.labelEn() + ".")
                .with("body", body.name()).with("personId", personId);
    }

    public static Rejection singlePositionRepeated(GoverningBodyType body, Position position) {
        return Rejection.of("membership.election.one-holder-per-position",
                        body.labelVi() + " chỉ có một " + position.labelVi() + ".",
                        "The " + body.labelEn() + " has one " + position.labelEn() + ".")
                .with("body", body.name()).with("position", position.name());
    }

    public static Rejection alreadyElected(GoverningBodyType body, int congressOrdinal) {
        return Rejection.of("membership.election.already-recorded",
                        "Kết quả bầu " + body.labelVi() + " của Đại hội lần " + congressOrdinal + " đã được ghi nhận.",
                        "The election of the " + body.labelEn() + " at congress " + congressOrdinal
                        + " is already recorded.")
                .with("body", body.name()).with("congressOrdinal", congressOrdinal);
    }

    public static Rejection bchNotElected(int congressOrdinal) {
        return Rejection.of("membership.congress.bch-not-elected",
                        "Đại hội lần " + congressOrdinal + " chưa bầu Ban Chấp hành.",
                        "Congress " + congressOrdinal + " has not elected an Executive Committee.")
                .with("congressOrdinal", congressOrdinal);
    }

    public static Rejection noActiveTerm() {
        return Rejection.of("membership.governance.no-active-term", "Chưa có nhiệm kỳ đang diễn ra.",
                            "There is no active term.");
    }

    public static Rejection unknownHolding(String holdingId) {
        return Rejection.of("membership.office-holding.unknown", "Không có chức danh " + holdingId + ".",
                            "There is no office holding " + holdingId + ".").with("holdingId", holdingId);
    }

    public static Rejection dependentSeat(String fullName, GoverningBodyType body, GoverningBodyType dependent,
                                          List<String> blockingHoldings) {
        return Rejection.of("membership.office-holding.dependent-seat",
                            fullName + " còn giữ chức trong " + dependent.labelVi() + "; hãy kết thúc chức đó trước khi rời "
                            + body.labelVi() + ".",
                            fullName + " still holds a seat on the " + dependent.labelEn() + "; end it before leaving the "
                            + body.labelEn() + ".")
                        .with("blockingHoldings", blockingHoldings);
    }

    public static Rejection holdingNotCurrent(String holdingId, LocalDate until) {
        return Rejection.of("membership.office-holding.not-current",
                            "Chức danh này đã kết thúc ngày " + until + ".",
                            "This office holding ended on " + until + ".")
                        .with("holdingId", holdingId).with("until", until.toString());
    }

    public static Rejection alreadyHeld(Seat seat, GoverningBodyType body) {
        return Rejection.of("membership.office-holding.already-held",
                            seat.fullName() + " đang giữ chức danh " + seat.position().labelVi() + " trong "
                            + body.labelVi() + ".",
                            seat.fullName() + " already holds " + seat.position().labelEn() + " in the "
                            + body.labelEn() + ".")
                        .with("personId", seat.personId()).with("position", seat.position().name());
    }

    public static Rejection positionOccupied(GoverningBodyType body, Position position, String holderName) {
        return Rejection.of("membership.office-holding.position-occupied",
                            body.labelVi() + " đã có " + position.labelVi() + " (" + holderName + ").",
                            "The " + body.labelEn() + " already has a " + position.labelEn() + " (" + holderName + ").")
                        .with("body", body.name()).with("position", position.name());
    }

    private static String names(Collection<Seat> seats) {
        return seats.stream().map(Seat::fullName).collect(Collectors.joining(", "));
    }
}
