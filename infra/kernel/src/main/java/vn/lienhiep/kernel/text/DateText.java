package vn.lienhiep.kernel.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

import vn.lienhiep.kernel.InvalidInput;

/**
 * Dates written by people: {@code 15/05/2010}, {@code 15-5-2010}, {@code 15.5.2010} (day first, as in Vietnam) or ISO
 * {@code 2010-05-15}. Parsed STRICTLY: {@code 31/02/1980} is not a date and is refused, never "corrected" to the last
 * day of February (java.time's default SMART resolver would do exactly that for day-month patterns).
 */
public final class DateText {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            strict("d/M/uuuu"), strict("d-M-uuuu"), strict("d.M.uuuu"));
    private static final DateTimeFormatter DISPLAY = strict("dd/MM/uuuu");

    private DateText() {
    }

    /** The date the text names in one of the accepted formats; empty if it names none (or an impossible one). */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException tryTheNextFormat) {
                // next
            }
        }
        return Optional.empty();
    }

    /** Like {@link #parse(String)}, refusing text that is no date as {@link InvalidInput} naming the field. */
    public static LocalDate parse(String text, String field) {
        return parse(text).orElseThrow(() -> new InvalidInput(field,
                "ngày không hợp lệ: \"" + text + "\" (dùng dd/mm/yyyy)",
                "not a valid date: \"" + text + "\" (use dd/mm/yyyy)"));
    }

    /** dd/mm/yyyy, as dates are written in Vietnam. */
    public static String display(LocalDate date) {
        return date == null ? null : DISPLAY.format(date);
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
