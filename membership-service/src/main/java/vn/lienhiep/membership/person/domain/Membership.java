package vn.lienhiep.membership.person.domain;

import java.time.LocalDate;

/**
 * A membership in an organisation: [since, until), until null while it lasts. Periods of one person in one
 * organisation never overlap.
 */
record Membership(String membershipId, String organizationId, MemberType memberType, LocalDate since,
                  LocalDate until) {

    boolean isOpen() {
        return until == null;
    }

    /** Whether a new open-ended period from {@code from} would overlap this one. */
    boolean overlapsOpenPeriodFrom(LocalDate from) {
        return until == null || from.isBefore(until);
    }

    Membership endedOn(LocalDate date) {
        return new Membership(membershipId, organizationId, memberType, since, date);
    }
}
