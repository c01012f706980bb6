package vn.lienhiep.platform.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import vn.lienhiep.kernel.Labelled;
import vn.lienhiep.kernel.text.DateText;
import vn.lienhiep.kernel.text.VietnameseText;

/**
 * One row's values by canonical column, with the parsing rules a Vietnamese spreadsheet needs. A value that is not
 * what its column holds is refused naming the column ({@link RowImporter.RowRejected}); nothing is "corrected":
 * {@code 31/02/1980} is no date ({@link DateText}, strict), not the last day of February.
 */
public final class Cells {

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final Map<String, String> values;

    public Cells(Map<String, String> values) {
        this.values = values;
    }

    public Optional<String> text(String column) {
        String v = values.get(column);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    public String required(String column) {
        return text(column).orElseThrow(() -> new RowImporter.RowRejected(column, "Thiếu giá trị bắt buộc.",
                                                                          "Required value missing."));
    }

    public Optional<LocalDate> date(String column) {
        return text(column).map(v -> {
            if (v.matches("\\d{5}(\\.0+)?")) {
                // A spreadsheet date cell read without its format: Excel's day serial (day 0 = 1899-12-30). Five
                // digits = 1927–2173; a bare year such as "1980" is NOT a date and is refused below.
                return EXCEL_EPOCH.plusDays(Long.parseLong(v.replaceAll("\\..*", "")));
            }
            return DateText.parse(v).orElseThrow(() -> new RowImporter.RowRejected(column,
                    "Ngày không hợp lệ: \"" + v + "\" (dùng dd/mm/yyyy).",
                    "Not a valid date: \"" + v + "\" (use dd/mm/yyyy)."));
        });
    }

    public Optional<Integer> count(String column) {
        return text(column).map(v -> {
            String digits = v.replace(".", "").replace(",", "").replace(" ", "");
            try {
                int n = Integer.parseInt(digits);
                if (n < 0) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new RowImporter.RowRejected(column, "Không phải số nguyên không âm: \"" + v + "\".",
                                                  "Not a non-negative whole number: \"" + v + "\".");
            }
        });
    }

    public boolean flag(String column) {
        return text(column).map(v -> switch (VietnameseText.fold(v)) {
            case "co", "x", "yes", "true", "1", "dung" -> true;
            case "khong", "no", "false", "0", "sai" -> false;
            default -> throw new RowImporter.RowRejected(column, "Giá trị có/không không hợp lệ: \"" + v + "\".",
                                                         "Not a yes/no value: \"" + v + "\".");
        }).orElse(false);
    }

    /** An enum by its code or by its Vietnamese/English label, compared without diacritics. */
    public <E extends Enum<E> & Labelled> Optional<E> choice(String column, E[] options) {
        return choice(column, options, e -> List.of(e.labelVi(), e.labelEn()));
    }

    /** An enum by its code or by one of the given labels, compared without diacritics. */
    public <E extends Enum<E>> Optional<E> choice(String column, E[] options, Function<E, List<String>> labels) {
        return text(column).map(v -> {
            String folded = VietnameseText.fold(v);
            for (E option : options) {
                if (option.name().equalsIgnoreCase(v.replace(' ', '_'))
                    || labels.apply(option).stream().anyMatch(l -> VietnameseText.fold(l).equals(folded))) {
                    return option;
                }
            }
            throw new RowImporter.RowRejected(column, "Giá trị không hợp lệ: \"" + v + "\".",
                                              "Unknown value: \"" + v + "\".");
        });
    }
}
