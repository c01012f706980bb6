package vn.lienhiep.kernel.text;

import java.text.Collator;
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
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /**
     * The JDK's Vietnamese rules (checked on JDK 17 by VietnameseTextTest): the letters in the order of the Vietnamese
     * alphabet (a ă â b c d đ e ê … o ô ơ … u ư …), then the tone as a secondary difference (none, huyền, hỏi, ngã,
     * sắc, nặng), then case. Canonical decomposition makes precomposed and combining spellings one key.
     */
    private static final Collator VIETNAMESE = vietnameseCollator();

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

    /**
     * A key that orders names the Vietnamese way when compared as plain strings, so a read model can store it next to
     * the name and a store without collations (the Mongo-wire server) can sort on it: "Hội An toàn" &lt; "Hội Âm nhạc"
     * (Â after A), "Hội Dược học" &lt; "Hội Địa chất" (Đ after D), "Lạng Sơn" &lt; "Lào Cai" (letters first, tones
     * after). NFC and NFD spellings, and runs of spaces, give the same key. Lower-case hex of the collation key:
     * ASCII, so byte order, UTF-8 order and Java's {@code String} order agree.
     */
    public static String sortKey(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = clean(text);
        byte[] key;
        synchronized (VIETNAMESE) {
            key = VIETNAMESE.getCollationKey(cleaned).toByteArray();
        }
        char[] hex = new char[key.length * 2];
        for (int i = 0; i < key.length; i++) {
            hex[2 * i] = HEX[(key[i] >> 4) & 0xf];
            hex[2 * i + 1] = HEX[key[i] & 0xf];
        }
        return new String(hex);
    }

    private static Collator vietnameseCollator() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        collator.setStrength(Collator.TERTIARY);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return collator;
    }
}
