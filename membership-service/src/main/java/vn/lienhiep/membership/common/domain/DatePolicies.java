package vn.lienhiep.membership.common.domain;

import java.time.LocalDate;
import java.util.Optional;

import vn.lienhiep.kernel.Policy;
import vn.lienhiep.kernel.Rejection;

/** Date rules every membership sub-context applies, with one rule code each. */
public final class DatePolicies {

    private DatePolicies() {
    }

    /**
     * A fact cannot be dated after today (in Vietnam). {@code what} names the date as "vi / en", e.g.
     * {@code "quyết định / decision"}. An absent date is allowed (whether it is required is another rule).
     */
    public static Policy<LocalDate> notInFuture(LocalDate today, String what) {
        String[] names = what.split(" / ", 2);
        String vi = names[0];
        String en = names.length > 1 ? names[1] : names[0];
        return date -> date == null || !date.isAfter(today) ? Policy.allow() : Optional.of(
                Rejection.of("membership.date-in-future", "Ngày " + vi + " không được sau ngày hôm nay.",
                             "The " + en + " date cannot be in the future.")
                         .with("date", date.toString()).with("today", today.toString()));
    }

    public static Policy<LocalDate> notInFuture(LocalDate today) {
        return notInFuture(today, "hiệu lực / effective");
    }

    /** A change cannot take effect before the change it follows (e.g. admitted before being recommended). */
    public static Policy<LocalDate> notBefore(LocalDate previous) {
        return date -> previous == null || !date.isBefore(previous) ? Policy.allow() : Optional.of(
                Rejection.of("membership.decision.date-before-previous",
                             "Ngày hiệu lực không được trước ngày của bước trước (" + previous + ").",
                             "The effective date cannot precede the previous step (" + previous + ").")
                         .with("date", date.toString()).with("previous", previous.toString()));
    }
}
