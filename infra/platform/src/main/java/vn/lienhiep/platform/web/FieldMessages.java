package vn.lienhiep.platform.web;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;

/**
 * The words of a field error, Vietnamese first and English second, from the bundles
 * {@code messages/validation_vi.properties} and {@code _en}: a form shows them beside the input, whatever language
 * the server's JVM happens to run in (Bean Validation's own messages follow the JVM locale).
 */
public final class FieldMessages {

    /** One field error as problem+json carries it in {@code errors[]}. */
    public record FieldMessage(String field, String message, String messageEn) {
    }

    private static final String BUNDLE = "messages.validation";
    private static final ResourceBundle VI = bundle(Locale.forLanguageTag("vi"));
    private static final ResourceBundle EN = bundle(Locale.ENGLISH);
    private static final Pattern ATTRIBUTE = Pattern.compile("\\{(\\w+)}");

    private FieldMessages() {
    }

    /** The message of a platform code or constraint name ({@code NotBlank}, {@code invalid-value} …). */
    public static FieldMessage of(String field, String code) {
        return of(field, code, Map.of());
    }

    public static FieldMessage of(String field, String code, Map<String, Object> attributes) {
        return new FieldMessage(field, text(VI, code, attributes), text(EN, code, attributes));
    }

    public static FieldMessage of(String field, ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return of(field, constraint, violation.getConstraintDescriptor().getAttributes());
    }

    private static String text(ResourceBundle bundle, String code, Map<String, Object> attributes) {
        String template;
        try {
            template = bundle.getString(code);
        } catch (MissingResourceException unknownConstraint) {
            template = bundle.getString("default");
        }
        Matcher m = ATTRIBUTE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = attributes.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
        }
        return m.appendTail(out).toString();
    }

    private static ResourceBundle bundle(Locale locale) {
        // No fallback to the JVM's default locale: each bundle must be the language it claims.
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
