package vn.lienhiep.contest.common.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienhiep.kernel.InvalidInput;

/** The prizes an edition gives: the presets, award order, and structures that cannot be. */
class PrizeStructureTest {

    @Test
    void sonLasPresetGivesTwentyTwoPrizesAcrossAllFields() {
        assertThat(PrizeStructure.sonLaTechPreset().slots())
                .extracting(PrizeSlot::level, PrizeSlot::maxCount, PrizeSlot::maxPerField, PrizeSlot::amountVnd)
                .containsExactly(tuple(PrizeLevel.FIRST, 1, null, 30_000_000L),
                                 tuple(PrizeLevel.SECOND, 2, null, 25_000_000L),
                                 tuple(PrizeLevel.THIRD, 3, null, 15_000_000L),
                                 tuple(PrizeLevel.CONSOLATION, 6, null, 8_000_000L),
                                 tuple(PrizeLevel.MOVEMENT, 10, null, 2_000_000L));
    }

    @Test
    void vifotecsPresetCapsEachLevelWithinAField() {
        assertThat(PrizeStructure.vifotecPreset().slots())
                .extracting(PrizeSlot::level, PrizeSlot::maxPerField, PrizeSlot::amountVnd)
                .containsExactly(tuple(PrizeLevel.FIRST, 1, 0L), tuple(PrizeLevel.SECOND, 2, 0L),
                                 tuple(PrizeLevel.THIRD, 3, 0L), tuple(PrizeLevel.CONSOLATION, 4, 0L));
        assertThat(PrizeStructure.vifotecPreset().slots())
                .allSatisfy(slot -> assertThat(slot.maxCount()).isGreaterThan(slot.maxPerField()));
        assertThat(PrizeStructure.vifotecPreset().slot(PrizeLevel.MOVEMENT)).isEmpty();
    }

    @Test
    void slotsAreKeptInAwardOrderWhateverOrderTheyCameIn() {
        PrizeStructure structure = new PrizeStructure(List.of(new PrizeSlot(PrizeLevel.THIRD, 3, null, 0),
                                                              new PrizeSlot(PrizeLevel.SPECIAL, 1, null, 0),
                                                              new PrizeSlot(PrizeLevel.FIRST, 1, null, 0)));

        assertThat(structure.slots()).extracting(PrizeSlot::level)
                .containsExactly(PrizeLevel.SPECIAL, PrizeLevel.FIRST, PrizeLevel.THIRD);
        assertThat(structure.slot(PrizeLevel.FIRST)).map(PrizeSlot::maxCount).contains(1);
    }

    @Test
    void aLevelTwiceOrANegativeCapIsRefused() {
        assertThatThrownBy(() -> new PrizeStructure(List.of(new PrizeSlot(PrizeLevel.FIRST, 1, null, 0),
                                                            new PrizeSlot(PrizeLevel.FIRST, 2, null, 0))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("prizes"));
        assertThatThrownBy(() -> new PrizeSlot(PrizeLevel.FIRST, -1, null, 0)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new PrizeSlot(PrizeLevel.FIRST, 1, -1, 0)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new PrizeSlot(PrizeLevel.FIRST, 1, null, -5)).isInstanceOf(InvalidInput.class);
        assertThat(new PrizeSlot(PrizeLevel.FIRST, 0, null, 0).maxCount()).isZero();
    }
}
