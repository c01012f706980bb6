package vn.lienhiep.membership.governance.domain;

import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;

import vn.lienhiep.kernel.BusinessRuleViolation;
import vn.lienhiep.kernel.Rejection;

/**
 * Matches a business-rule refusal by its rule code and keeps it, so a fixture spec can also assert its details
 * (Axon's fixture exposes the exception only through matchers).
 */
public final class Refused extends TypeSafeMatcher<Throwable> {

    private final String rule;
    private Rejection rejection;

    private Refused(String rule) {
        this.rule = rule;
    }

    public static Refused by(String rule) {
        return new Refused(rule);
    }

    /** Any business-rule refusal; the test then asserts which rule. */
    public static Refused any() {
        return new Refused(null);
    }

    @Override
    protected boolean matchesSafely(Throwable thrown) {
        if (thrown instanceof BusinessRuleViolation violation && (rule == null || violation.rule().equals(rule))) {
            rejection = violation.rejection();
            return true;
        }
        return false;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a BusinessRuleViolation" + (rule == null ? "" : " of rule " + rule));
    }

    public Rejection rejection() {
        if (rejection == null) {
            throw new AssertionError("no refusal of rule " + rule + " was seen");
        }
        return rejection;
    }
}
