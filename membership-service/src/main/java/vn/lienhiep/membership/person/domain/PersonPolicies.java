package vn.lienhiep.membership.person.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

import vn.lienhiep.kernel.Policy;
import vn.lienhiep.kernel.Rejection;

import static vn.lienhiep.membership.common.domain.MembershipDates.*;

/**
 * The named rules of persons and memberships (docs/domain/membership.md#person-rules): one policy per act over a small
 * record of what its rules see, enforced by {@link Person} before it applies an event. Each refusal has a stable rule
 * code (422) and Vietnamese and English messages.
 */
public final class PersonPolicies {

    private PersonPolicies() {
    }

    // --- what the acts' rules look at ----------------------------------------------------------------------------

    /** A registration or a profile change: the profile, the date it became true, today in Vietnam. */
    public record ProfileChange(PersonProfile profile, LocalDate effective, LocalDate today) {
    }

    /** The person's identity as claimed in the registry, and who else holds it, if anyone. */
    public record IdentityClaim(Optional<String> otherHolder) {
    }

    /** A membership starting: whether the organisation is known, the person's memberships so far. */
    record MembershipStart(String organizationId, boolean organizationKnown, LocalDate since,
                                  Collection<Membership> memberships, LocalDate today) {
    }

    /** @param membership null when the person has no membership of that id */
    record MembershipEnd(String membershipId, Membership membership, LocalDate until, LocalDate today) {
    }

    // --- the rules -------------------------------------------------------------------------------------------

    static final Policy<ProfileChange> BORN_IN_THE_PAST = change ->
            DATES.notInFuture(change.today(), BIRTH).check(change.profile().dateOfBirth());

    public static final Policy<ProfileChange> REGISTRATION = BORN_IN_THE_PAST;

    /** docs/domain/membership.md#mem-per-4: a change states when it became true, never later than today. */
    public static final Policy<ProfileChange> PROFILE_UPDATE = Policy.allOf(
            BORN_IN_THE_PAST, change -> DATES.notInFuture(change.today(), EFFECTIVE).check(change.effective()));

    /** [A] One person, one record (docs/domain/membership.md#mem-per-1). */
    public static final Policy<IdentityClaim> ONE_RECORD_PER_PERSON = claim -> claim.otherHolder().map(existing ->
            Rejection.of("membership.person.duplicate",
                         "Người này đã có trong hệ thống (trùng số định danh, hoặc trùng họ tên và ngày sinh).",
                         "This person is already registered (same national id, or same name and birth date).")
                     .with("existingPersonId", existing));

    static final Policy<MembershipStart> ORGANIZATION_KNOWN = start -> start.organizationKnown() ? Policy.allow()
            : Optional.of(Rejection.of("membership.membership.unknown-organization",
                                       "Không tìm thấy tổ chức thành viên này.", "No such member organisation.")
                                   .with("organizationId", start.organizationId()));

    /** No two periods of one person in one organisation overlap (docs/domain/membership.md#mem-per-6). */
    static final Policy<MembershipStart> NO_OVERLAP = start -> start.memberships().stream()
            .filter(m -> m.organizationId().equals(start.organizationId()) && m.overlapsOpenPeriodFrom(start.since()))
            .findFirst()
            .map(m -> Rejection.of("membership.membership.overlap",
                            "Người này đã là hội viên của tổ chức trong khoảng thời gian này (từ " + m.since()
                            + (m.until() == null ? "" : " đến " + m.until()) + ").",
                            "This person is already a member of the organisation in that period (since "
                            + m.since() + (m.until() == null ? "" : " until " + m.until()) + ").")
                    .with("membershipId", m.membershipId()).with("since", m.since().toString()));

    static final Policy<MembershipStart> MEMBERSHIP_START = Policy.allOf(
            ORGANIZATION_KNOWN, start -> DATES.notInFuture(start.today(), MEMBERSHIP_START_DATE).check(start.since()),
            NO_OVERLAP);

    static final Policy<MembershipEnd> KNOWN_MEMBERSHIP = end -> end.membership() != null ? Policy.allow()
            : Optional.of(Rejection.of("membership.membership.unknown", "Không tìm thấy quan hệ hội viên này.",
                                       "No such membership of this person.")
                                   .with("membershipId", end.membershipId()));

    static final Policy<MembershipEnd> STILL_OPEN = end -> end.membership().isOpen() ? Policy.allow()
            : Optional.of(Rejection.of("membership.membership.already-ended", "Quan hệ hội viên này đã kết thúc.",
                                       "This membership has already ended.")
                                   .with("membershipId", end.membershipId())
                                   .with("until", end.membership().until().toString()));

    static final Policy<MembershipEnd> NOT_BEFORE_SINCE = end -> {
        LocalDate since = end.membership().since();
        return !end.until().isBefore(since) ? Policy.allow() : Optional.of(
                Rejection.of("membership.membership.until-before-since",
                             "Ngày kết thúc không được trước ngày bắt đầu (" + since + ").",
                             "The end date cannot precede the start date (" + since + ").")
                         .with("since", since.toString()).with("until", end.until().toString()));
    };

    /** docs/domain/membership.md#mem-per-7. */
    static final Policy<MembershipEnd> MEMBERSHIP_END = Policy.allOf(
            KNOWN_MEMBERSHIP, STILL_OPEN,
            end -> DATES.notInFuture(end.today(), MEMBERSHIP_END_DATE).check(end.until()), NOT_BEFORE_SINCE);
}
