package vn.lienhiep.contest.common.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.lienhiep.kernel.InvalidInput;

/** A prize's money split by the authors' contribution shares, in whole VND that add up exactly. */
class PrizeMoneyTest {

    private static Map<String, Integer> shares(Object... authorsAndShares) {
        Map<String, Integer> shares = new LinkedHashMap<>();
        for (int i = 0; i < authorsAndShares.length; i += 2) {
            shares.put((String) authorsAndShares[i], (Integer) authorsAndShares[i + 1]);
        }
        return shares;
    }

    @Test
    void twentyFiveMillionSixtyFortyIsFifteenAndTen() {
        assertThat(PrizeMoney.split(25_000_000, shares("an", 60, "binh", 40)))
                .containsExactly(Map.entry("an", 15_000_000L), Map.entry("binh", 10_000_000L));
    }

    @Test
    void tenMillionThirtyThreeThirtyThreeThirtyFour() {
        assertThat(PrizeMoney.split(10_000_000, shares("an", 33, "binh", 33, "chi", 34)))
                .containsExactly(Map.entry("an", 3_300_000L), Map.entry("binh", 3_300_000L),
                                 Map.entry("chi", 3_400_000L));
    }

    @Test
    void aHundredVndThirtyThreeThirtyThreeThirtyFour() {
        assertThat(PrizeMoney.split(100, shares("an", 33, "binh", 33, "chi", 34)))
                .containsExactly(Map.entry("an", 33L), Map.entry("binh", 33L), Map.entry("chi", 34L));
    }

    @Test
    void theVndLeftOverGoToTheLargestRemainders() {
        // 10 VND × 33/33/34 = 3.3, 3.3, 3.4: floors 3 + 3 + 3 = 9, the 1 VND left goes to 3.4.
        assertThat(PrizeMoney.split(10, shares("an", 33, "binh", 33, "chi", 34)))
                .containsExactly(Map.entry("an", 3L), Map.entry("binh", 3L), Map.entry("chi", 4L));
        // 2,000,001 VND × 70/30 = 1,400,000.7 and 600,000.3: the 1 VND goes to the 0.7.
        assertThat(PrizeMoney.split(2_000_001, shares("an", 30, "binh", 70)))
                .containsExactly(Map.entry("an", 600_000L), Map.entry("binh", 1_400_001L));
    }

    @Test
    void equalRemaindersAreSettledByTheAuthorsOrder() {
        // 2 VND × 33/33/34 = 0.66, 0.66, 0.68: 0.68 first, then the first of the two 0.66.
        assertThat(PrizeMoney.split(2, shares("an", 33, "binh", 33, "chi", 34)))
                .containsExactly(Map.entry("an", 1L), Map.entry("binh", 0L), Map.entry("chi", 1L));
        assertThat(PrizeMoney.split(1, shares("binh", 50, "an", 50)))
                .containsExactly(Map.entry("binh", 1L), Map.entry("an", 0L));
    }

    @Test
    void thePartsAlwaysAddUpToTheAmount() {
        Map<String, Integer> shares = shares("a", 17, "b", 29, "c", 41, "d", 13);
        for (long amount : new long[] {0, 1, 7, 99, 101, 12_345_679, 30_000_000, Long.MAX_VALUE / 2}) {
            assertThat(PrizeMoney.split(amount, shares).values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(amount);
        }
    }

    @Test
    void sharesThatDoNotAddUpToAHundredAreRefused() {
        assertThatThrownBy(() -> PrizeMoney.split(1_000, shares("an", 60, "binh", 30)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("shares"));
        assertThatThrownBy(() -> PrizeMoney.split(1_000, shares("an", 110, "binh", -10)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("shares"));
        assertThatThrownBy(() -> PrizeMoney.split(1_000, Map.of()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("shares"));
        assertThatThrownBy(() -> PrizeMoney.split(-1, shares("an", 100))).isInstanceOf(InvalidInput.class);
    }
}
