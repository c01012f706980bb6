package vn.lienhiep.kernel;

import java.util.Collection;
import java.util.List;

import vn.lienhiep.kernel.text.VietnameseText;

/**
 * How every aggregate takes text and required values from a command: cleaned the one way the platform cleans
 * Vietnamese text ({@link VietnameseText#clean}: NFC, trimmed, inner whitespace collapsed), and refused as
 * {@link InvalidInput} naming the field when absent or blank.
 */
public final class Inputs {

    private Inputs() {
    }

    /** Required text, cleaned. */
    public static String text(String raw, String field) {
        String clean = optionalText(raw);
        if (clean == null) {
            throw InvalidInput.blank(field);
        }
        return clean;
    }

    /** Optional text, cleaned; blank becomes null (absent), never "". */
    public static String optionalText(String raw) {
        String clean = VietnameseText.clean(raw);
        return clean == null || clean.isEmpty() ? null : clean;
    }

    /** Every entry cleaned; blank entries dropped; null is an empty list. */
    public static List<String> texts(Collection<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream().map(Inputs::optionalText).filter(s -> s != null).toList();
    }

    /** Like {@link #texts}, but at least one entry must remain. */
    public static List<String> nonEmptyTexts(Collection<String> raw, String field) {
        List<String> texts = texts(raw);
        if (texts.isEmpty()) {
            throw new InvalidInput(field, "phải có ít nhất một mục", "must list at least one entry");
        }
        return texts;
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw InvalidInput.missing(field);
        }
        return value;
    }

    /** A collection that must name at least one element. */
    public static <C extends Collection<?>> C nonEmpty(C values, String field) {
        if (values == null || values.isEmpty()) {
            throw new InvalidInput(field, "phải có ít nhất một mục", "must list at least one entry");
        }
        return values;
    }

    public static long notNegative(long value, String field) {
        if (value < 0) {
            throw new InvalidInput(field, "không được là số âm", "cannot be negative");
        }
        return value;
    }

    public static long positive(long value, String field) {
        if (value <= 0) {
            throw new InvalidInput(field, "phải lớn hơn 0", "must be greater than 0");
        }
        return value;
    }
}
