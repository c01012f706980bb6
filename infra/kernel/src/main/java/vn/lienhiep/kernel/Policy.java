package vn.lienhiep.kernel;

import java.util.List;
import java.util.Optional;

/**
 * A named business rule that allows or refuses, with a reason (after ddd-by-examples' PlacingOnHoldPolicy). An
 * aggregate holds the policies of each act as ONE named value, composed with {@link #allOf}, and enforces it before it
 * applies an event:
 *
 * <pre>{@code
 * static final Policy<Suspension> SUSPENDING = Policy.allOf(MEMBER_ONLY, AUTHORISED_BODY, DATED_NOT_IN_FUTURE);
 * ...
 * SUSPENDING.enforce(new Suspension(status, decision, today));
 * }</pre>
 *
 * The subject is whatever the rules need to see (often a small record of the act: the state it starts from, the
 * decision, today's date), so a policy is a constant, readable on its own and testable without the aggregate.
 */
@FunctionalInterface
public interface Policy<T> {

    Optional<Rejection> check(T subject);

    /** Throws the refusal as a {@link BusinessRuleViolation} (answered as 422 naming the rule). */
    default void enforce(T subject) {
        Optional<Rejection> rejection = check(subject);
        if (rejection.isPresent()) {
            throw rejection.get().asException();
        }
    }

    /** Every policy in order; the first refusal wins. A composed policy is itself a policy. */
    @SafeVarargs
    static <T> Policy<T> allOf(Policy<? super T>... policies) {
        List<Policy<? super T>> all = List.of(policies);
        return subject -> {
            for (Policy<? super T> policy : all) {
                Optional<Rejection> rejection = policy.check(subject);
                if (rejection.isPresent()) {
                    return rejection;
                }
            }
            return Optional.empty();
        };
    }

    /** Runs the policies in order and throws the first refusal. */
    @SafeVarargs
    static <T> void enforce(T subject, Policy<? super T>... policies) {
        Policy.<T>allOf(policies).enforce(subject);
    }

    static Optional<Rejection> allow() {
        return Optional.empty();
    }

    static Optional<Rejection> reject(String rule, String messageVi, String messageEn) {
        return Optional.of(Rejection.of(rule, messageVi, messageEn));
    }
}
