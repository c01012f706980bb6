package vn.lienhiep.membership.governance.domain;

import java.time.LocalDate;

/** A term of office (nhiệm kỳ) as {@link UnionGovernance} remembers it. */
record Term(int ordinal, int startYear, int endYear, TermStatus status, LocalDate startedOn) {

    Term with(TermStatus newStatus, LocalDate newStartedOn) {
        return new Term(ordinal, startYear, endYear, newStatus, newStartedOn);
    }

    /** Terms may share their boundary year (a congress in 2022 closes 2017–2022 and opens 2022–2027). */
    boolean overlaps(int start, int end) {
        return start < endYear && startYear < end;
    }
}
