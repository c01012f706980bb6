package vn.lienhiep.membership.person;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import vn.lienhiep.kernel.BusinessRuleViolation;

/** Matches a refusal by its rule code, for AggregateTestFixture's expectException. */
public final class Rules {

    private Rules() {
    }

    public static Matcher<BusinessRuleViolation> rule(String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(BusinessRuleViolation violation) {
                return code.equals(violation.rule());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a BusinessRuleViolation with rule ").appendValue(code);
            }
        };
    }
}
