package vn.lienhiep.membership.statistics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.Inputs;

/**
 * The two dates of a bitemporal question. {@code asOf}: the legally effective date the answer is about (an
 * organisation admitted by a decision dated 15/05/2010 counts on 01/01/2012 even if it was typed in today).
 * {@code knownAt}: only facts recorded by then count (what the system could have answered on that day); null = now.
 */
public record TimeSlice(LocalDate asOf, Instant knownAt) {

    public TimeSlice {
        Inputs.required(asOf, "asOf");
    }

    /** knownAt given as a date means "by the end of that day in Vietnam". */
    public static TimeSlice of(LocalDate asOf, LocalDate knownAtDate) {
        return new TimeSlice(asOf, knownAtDate == null ? null
                : knownAtDate.atTime(LocalTime.MAX).atZone(Clocks.VIETNAM).toInstant());
    }

    /** A fact effective on {@code effective} and recorded at {@code recorded} is visible in this slice. */
    public boolean sees(LocalDate effective, Instant recorded) {
        return !effective.isAfter(asOf) && (knownAt == null || recorded == null || !recorded.isAfter(knownAt));
    }

    public boolean known(Instant recorded) {
        return knownAt == null || recorded == null || !recorded.isAfter(knownAt);
    }
}
