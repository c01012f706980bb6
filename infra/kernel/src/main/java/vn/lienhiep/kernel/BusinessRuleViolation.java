package vn.lienhiep.kernel;

import java.util.Map;

/**
 * A command was well-formed but a business rule refused it. Answered as 422 with the rule named, so a caller can
 * tell "which rule" without parsing prose. Messages are Vietnamese first, English second.
 */
public class BusinessRuleViolation extends RuntimeException {

    private final Rejection rejection;

    public BusinessRuleViolation(Rejection rejection) {
        super(rejection.rule() + ": " + rejection.messageEn());
        this.rejection = rejection;
    }

    public BusinessRuleViolation(String rule, String messageVi, String messageEn) {
        this(new Rejection(rule, messageVi, messageEn, Map.of()));
    }

    public Rejection rejection() {
        return rejection;
    }

    public String rule() {
        return rejection.rule();
    }

    /** Stack traces of expected business outcomes are noise. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
