package vn.lienhiep.platform.readmodel;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.mongodb.core.query.Criteria;

import vn.lienhiep.kernel.text.VietnameseText;

/**
 * Diacritics-insensitive search over a folded field (see {@link VietnameseText#fold}): every word the user typed must
 * start a word of the stored name, in any order. "nguyen van a" finds "Nguyễn Văn A"; "khuyen hoc" finds
 * "Hội Khuyến học". Input is folded too, so its punctuation and regex characters cannot reach the query.
 */
public final class TextSearch {

    private TextSearch() {
    }

    /** @return null when the query has no words (no filter) */
    public static Criteria matchingAllWords(String foldedField, String query) {
        List<String> words = VietnameseText.tokens(query);
        if (words.isEmpty()) {
            return null;
        }
        List<Criteria> all = new ArrayList<>();
        for (String word : words.subList(0, Math.min(words.size(), 8))) {
            // fold() leaves only letters and digits in a word: nothing a regex would interpret.
            all.add(Criteria.where(foldedField).regex("(^| )" + word));
        }
        return all.size() == 1 ? all.get(0) : new Criteria().andOperator(all.toArray(new Criteria[0]));
    }
}
