package vn.lienhiep.membership.person.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

import vn.lienhiep.kernel.Policy;
import vn.lienhiep.kernel.Rejection;

/** The named rules of persons and memberships; each refusal has a stable rule code (422) and vi/en messages. */
public final class PersonPolicies {

    private PersonPolicies() {
    }


    public static Policy<String> organizationKnown(OrganizationDirectory organizations) {
        return id -> organizations.exists(id) ? Policy.allow() : Optional.of(
                Rejection.of("membership.membership.unknown-organization",
                             "Không tìm thấy tổ chức thành viên này.", "No such member organisation.")
                         .with("organizationId", id));
    }

    /** No two periods of one person in one organisation overlap. */
    static Policy<LocalDate> noOverlap(String organizationId, Collection<Membership> memberships) {
        return since -> memberships.stream()
                .filter(m -> m.organizationId().equals(organizationId) && m.overlapsOpenPeriodFrom(since))
                .findFirst()
                .map(m -> Rejection.of("membership.membership.overlap",
                                "Người này đã là hội viên của tổ chức trong khoảng thời gian này (từ " + m.since()
                                + (m.until() == null ? "" : " đến " + m.until()) + ").",
                                "This person is already a member of the organisation in that period (since "
                                + m.since() + (m.until() == null ? "" : " until " + m.until()) + ").")
                        .with("membershipId", m.membershipId()).with("since", m.since().toString()));
    }

    static Policy<Membership> stillOpen() {
        return m -> m.isOpen() ? Policy.allow() : Optional.of(
                Rejection.of("membership.membership.already-ended", "Quan hệ hội viên này đã kết thúc.",
                             "This membership has already ended.")
                         .with("membershipId", m.membershipId()).with("until", m.until().toString()));
    }

    static Policy<LocalDate> notBeforeSince(LocalDate since) {
        return until -> !until.isBefore(since) ? Policy.allow() : Optional.of(
                Rejection.of("membership.membership.until-before-since",
                             "Ngày kết thúc không được trước ngày bắt đầu (" + since + ").",
                             "The end date cannot precede the start date (" + since + ").")
                         .with("since", since.toString()).with("until", until.toString()));
    }

    static Rejection unknownMembership(String membershipId) {
        return Rejection.of("membership.membership.unknown", "Không tìm thấy quan hệ hội viên này.",
                            "No such membership of this person.").with("membershipId", membershipId);
    }
}
