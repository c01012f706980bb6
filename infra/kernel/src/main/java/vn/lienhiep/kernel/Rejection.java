package vn.lienhiep.kernel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Why a policy refused: a stable rule code (e.g. {@code membership.organization.name-unique}), a message in
 * Vietnamese and in English, and details a client may show (expected and actual values).
 */
public record Rejection(String rule, String messageVi, String messageEn, Map<String, Object> details) {

    public Rejection {
        Objects.requireNonNull(rule, "rule");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static Rejection of(String rule, String messageVi, String messageEn) {
        return new Rejection(rule, messageVi, messageEn, Map.of());
    }

    public Rejection with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(details);
        copy.put(key, value);
        return new Rejection(rule, messageVi, messageEn, copy);
    }

    public BusinessRuleViolation asException() {
        return new BusinessRuleViolation(this);
    }
}
