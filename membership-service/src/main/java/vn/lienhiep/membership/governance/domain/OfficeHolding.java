package vn.lienhiep.membership.governance.domain;

import java.time.LocalDate;

/** A person's seat in a governing body, from {@code from} until {@code until} (null while it lasts). */
record OfficeHolding(String id, String personId, String fullName, GoverningBodyType body, Position position,
                     LocalDate from, LocalDate until) {

    boolean isCurrent() {
        return until == null;
    }

    OfficeHolding endedOn(LocalDate date) {
        return new OfficeHolding(id, personId, fullName, body, position, from, date);
    }

    /** The key re-election matches on: the same person in the same position of the same body. */
    String seatKey() {
        return body + "|" + personId + "|" + position;
    }
}
