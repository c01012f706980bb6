package vn.lienhiep.kernel.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as users type it. Search must find "Lào Cai" from "lao cai" and "Nguyễn Văn A" from
 * "nguyen van a", whether the stored text uses precomposed or combining diacritics. The Mongo-wire server ignores
 * collations (docs/platform-notes.md#mongo-wire-limits), so read models store a folded copy of every searchable name.
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /**
     * Lower-case, diacritics removed (đ → d), punctuation turned into single spaces, trimmed.
     * "Hội Khoa học - Kỹ thuật Cầu đường" → "hoi khoa hoc ky thuat cau duong".
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String withoutMarks = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        String ascii = withoutMarks.replace('đ', 'd').replace('Đ', 'D');
        return NON_WORD.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The words of {@link #fold(String)}; the units of diacritics-insensitive search. */
    public static List<String> tokens(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /**
     * The identity of a name for uniqueness: NFC, case-folded, whitespace collapsed, diacritics KEPT, because
     * Vietnamese names that differ only in tone marks are different names.
     */
    public static String canonicalName(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        return SPACES.matcher(nfc).replaceAll(" ").toLowerCase(new Locale("vi"));
    }

    /** Display form: NFC with collapsed whitespace, case kept. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
    }
}
