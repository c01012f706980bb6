package vn.lienhiep.kernel.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTest {

    private static List<String> sorted(String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        list.sort(Comparator.comparing(VietnameseText::sortKey));
        return list;
    }

    @Test
    void sortKeysFollowTheVietnameseAlphabet() {
        assertThat(sorted("Hội Địa chất", "Hội Dược học", "Hội Âm nhạc", "Hội An toàn", "Hội Ăn uống", "Hội Bơi"))
                .containsExactly("Hội An toàn", "Hội Ăn uống", "Hội Âm nhạc", "Hội Bơi", "Hội Dược học",
                                 "Hội Địa chất");
        // whole letters first: Anh before Ăn (a < ă), Dz before Đa (d < đ), Ez before Ê, Oz Ôz Ơ, Uz Ư
        assertThat(sorted("Ăn", "Anh", "Đa", "Dz", "Ê", "Ez", "Ơ", "Ôz", "Oz", "Ư", "Uz", "Vz"))
                .containsExactly("Anh", "Ăn", "Dz", "Đa", "Ez", "Ê", "Oz", "Ôz", "Ơ", "Uz", "Ư", "Vz");
    }

    @Test
    void tonesComeAfterTheLetters() {
        assertThat(sorted("Lào Cai", "Lạng Sơn")).containsExactly("Lạng Sơn", "Lào Cai");
        // same letters: no tone, huyền, hỏi, ngã, sắc, nặng
        assertThat(sorted("Lạng", "Láng", "Lãng", "Lảng", "Làng", "Lang"))
                .containsExactly("Lang", "Làng", "Lảng", "Lãng", "Láng", "Lạng");
        assertThat(sorted("Lao Bảo", "Lão")).containsExactly("Lão", "Lao Bảo");
    }

    @Test
    void precomposedAndCombiningSpellingsHaveOneKey() {
        String nfc = Normalizer.normalize("Hội Địa chất Lạng Sơn", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);
        assertThat(VietnameseText.sortKey(nfd)).isEqualTo(VietnameseText.sortKey(nfc));
        assertThat(VietnameseText.sortKey("  Hội   Địa chất Lạng Sơn ")).isEqualTo(VietnameseText.sortKey(nfc));
    }

    @Test
    void keysAreLowerCaseHexAndCaseOnlyBreaksTies() {
        assertThat(VietnameseText.sortKey("Nguyễn Văn A")).matches("[0-9a-f]+");
        assertThat(VietnameseText.sortKey(null)).isEmpty();
        assertThat(sorted("hội b", "Hội A", "HỘI C")).containsExactly("Hội A", "hội b", "HỘI C");
    }
}
