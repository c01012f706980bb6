package vn.lienhiep.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;

import vn.lienhiep.kernel.BusinessRuleViolation;
import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.kernel.Rejection;

/**
 * THE matcher of a refused command, for every context's specifications ({@code AggregateTestFixture}'s
 * {@code expectException(...)}) and plain assertions:
 * <ul>
 *   <li>{@code Refusal.by("membership.decision.wrong-authority").with("issuedBy", "BTV")} — a business rule (422):
 *       the rule code, a Vietnamese AND an English message, and at least the given details;</li>
 *   <li>{@code Refusal.invalid("request.title")} — malformed input (400) naming the field, in both languages.</li>
 * </ul>
 * It keeps what it matched, so a spec can assert more afterwards ({@link #rejection()}).
 */
public final class Refusal extends TypeSafeMatcher<Throwable> {

    private final String rule;
    private final String field;
    private final Map<String, Object> details = new LinkedHashMap<>();
    private Rejection rejection;
    private InvalidInput invalid;

    private Refusal(String rule, String field) {
        super(Throwable.class);
        this.rule = rule;
        this.field = field;
    }

    /** A business-rule refusal naming this rule. */
    public static Refusal by(String rule) {
        return new Refusal(Objects.requireNonNull(rule, "rule"), null);
    }

    /** Any business-rule refusal; assert which with {@link #rejection()}. */
    public static Refusal anyRule() {
        return new Refusal(null, null);
    }

    /** Malformed input naming this field. */
    public static Refusal invalid(String field) {
        return new Refusal(null, Objects.requireNonNull(field, "field"));
    }

    /** The refusal's details must contain this entry too. */
    public Refusal with(String key, Object value) {
        details.put(key, value);
        return this;
    }

    @Override
    protected boolean matchesSafely(Throwable thrown) {
        if (field != null) {
            if (thrown instanceof InvalidInput e && field.equals(e.field()) && !e.messageVi().isBlank()
                && !e.messageEn().isBlank()) {
                invalid = e;
                return true;
            }
            return false;
        }
        if (!(thrown instanceof BusinessRuleViolation violation)) {
            return false;
        }
        Rejection r = violation.rejection();
        boolean matches = (rule == null || rule.equals(r.rule()))
                          && r.messageVi() != null && !r.messageVi().isBlank()
                          && r.messageEn() != null && !r.messageEn().isBlank()
                          && details.entrySet().stream().allMatch(e -> Objects.equals(e.getValue(),
                                                                                       r.details().get(e.getKey())));
        if (matches) {
            rejection = r;
        }
        return matches;
    }

    @Override
    public void describeTo(Description description) {
        if (field != null) {
            description.appendText("invalid input naming field ").appendValue(field)
                       .appendText(" in Vietnamese and English");
            return;
        }
        description.appendText("a business-rule refusal")
                   .appendText(rule == null ? "" : " of rule " + rule)
                   .appendText(" with Vietnamese and English messages")
                   .appendText(details.isEmpty() ? "" : " and details " + details);
    }

    @Override
    protected void describeMismatchSafely(Throwable thrown, Description mismatch) {
        if (thrown instanceof BusinessRuleViolation violation) {
            mismatch.appendText("was ").appendValue(violation.rejection());
        } else if (thrown instanceof InvalidInput e) {
            mismatch.appendText("was invalid input of field ").appendValue(e.field()).appendText(": " + e.getMessage());
        } else {
            mismatch.appendText("was ").appendValue(thrown);
        }
    }

    /** The refusal this matcher matched. */
    public Rejection rejection() {
        if (rejection == null) {
            throw new AssertionError("no refusal" + (rule == null ? "" : " of rule " + rule) + " was seen");
        }
        return rejection;
    }

    public InvalidInput invalidInput() {
        if (invalid == null) {
            throw new AssertionError("no invalid input of field " + field + " was seen");
        }
        return invalid;
    }
}
