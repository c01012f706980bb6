package vn.lienhiep.kernel;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The date rules every context applies to the facts it records, written once. Each context makes one instance with
 * its own rule codes (the 422 answer names the context's rule, e.g. {@code membership.date-in-future}) and its
 * policies name the date they judge ({@link DateName}), so the message says which date is wrong.
 */
public final class DatePolicies {

    private final String inFutureRule;
    private final String beforePreviousRule;

    /**
     * @param inFutureRule       the rule code of "this date cannot be after today"
     * @param beforePreviousRule the rule code of "this date cannot precede the step it follows"
     */
    public DatePolicies(String inFutureRule, String beforePreviousRule) {
        this.inFutureRule = inFutureRule;
        this.beforePreviousRule = beforePreviousRule;
    }

    /** A date users read: "ngày quyết định" / "decision date". */
    public record DateName(String vi, String en) {

        public static DateName of(String vi, String en) {
            return new DateName(vi, en);
        }
    }

    /**
     * A fact cannot be dated after today (in Vietnam, see {@link Clocks#today}). An absent date passes: whether it is
     * required is another question ({@link Inputs#required}).
     */
    public Policy<LocalDate> notInFuture(LocalDate today, DateName what) {
        return date -> date == null || !date.isAfter(today) ? Policy.allow() : Optional.of(
                Rejection.of(inFutureRule, "Ngày " + what.vi() + " không được sau ngày hôm nay.",
                             "The " + what.en() + " date cannot be in the future.")
                         .with("date", date.toString()).with("today", today.toString()));
    }

    /**
     * A step cannot take effect before the step it follows (admitted before being recommended, a response received
     * before the report was sent). No previous date: nothing to compare, it passes.
     */
    public Policy<LocalDate> notBefore(LocalDate previous, DateName what, DateName previousName) {
        return date -> previous == null || date == null || !date.isBefore(previous) ? Policy.allow() : Optional.of(
                Rejection.of(beforePreviousRule,
                             "Ngày " + what.vi() + " không được trước ngày " + previousName.vi() + " (" + previous + ").",
                             "The " + what.en() + " date cannot precede the " + previousName.en() + " date ("
                             + previous + ").")
                         .with("date", date.toString()).with("previous", previous.toString()));
    }
}
