package vn.lienhiep.platform.domain;

import java.util.Optional;

/**
 * A named business rule that allows or refuses, with a reason (after ddd-by-examples' PlacingOnHoldPolicy).
 * Aggregates run every current policy before they apply an event.
 */
@FunctionalInterface
public interface Policy<T> {

    Optional<Rejection> check(T subject);

    /** Runs the policies in order and throws the first refusal. */
    @SafeVarargs
    static <T> void enforce(T subject, Policy<? super T>... policies) {
        for (Policy<? super T> policy : policies) {
            Optional<Rejection> rejection = policy.check(subject);
            if (rejection.isPresent()) {
                throw rejection.get().asException();
            }
        }
    }

    static Optional<Rejection> allow() {
        return Optional.empty();
    }

    static Optional<Rejection> reject(String rule, String messageVi, String messageEn) {
        return Optional.of(Rejection.of(rule, messageVi, messageEn));
    }
}
