package vn.lienhiep.contest.common.domain;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import vn.lienhiep.kernel.InvalidInput;

/**
 * The prizes an edition gives (cơ cấu giải thưởng): at most one slot per level, kept in award order.
 *
 * @param slots the slots, one per level at most; sorted in {@link PrizeLevel} order
 */
public record PrizeStructure(List<PrizeSlot> slots) {

    /** Refuses a level listed twice and sorts the slots in award order. */
    public PrizeStructure {
        if (slots == null || slots.stream().anyMatch(Objects::isNull)) {
            throw InvalidInput.missing("prizes");
        }
        Set<PrizeLevel> levels = EnumSet.noneOf(PrizeLevel.class);
        for (PrizeSlot slot : slots) {
            if (!levels.add(slot.level())) {
                throw new InvalidInput("prizes", slot.level().labelVi() + " được khai báo hai lần",
                                       "the " + slot.level().labelEn() + " is listed twice");
            }
        }
        slots = slots.stream().sorted(Comparator.comparing(PrizeSlot::level)).toList();
    }

    /**
     * Sơn La's technical-innovation contest: one first prize of 30,000,000 VND, two second of 25,000,000, three third
     * of 15,000,000, six consolation of 8,000,000 and ten movement prizes of 2,000,000, across all fields.
     */
    public static PrizeStructure sonLaTechPreset() {
        return new PrizeStructure(List.of(new PrizeSlot(PrizeLevel.FIRST, 1, null, 30_000_000),
                                          new PrizeSlot(PrizeLevel.SECOND, 2, null, 25_000_000),
                                          new PrizeSlot(PrizeLevel.THIRD, 3, null, 15_000_000),
                                          new PrizeSlot(PrizeLevel.CONSOLATION, 6, null, 8_000_000),
                                          new PrizeSlot(PrizeLevel.MOVEMENT, 10, null, 2_000_000)));
    }

    /**
     * The VIFOTEC award's shape: in each field one first, two second, three third and four consolation prizes; the
     * edition-wide caps are six times those, so the per-field caps are what binds; the amounts are the organiser's to
     * set.
     */
    public static PrizeStructure vifotecPreset() {
        return new PrizeStructure(List.of(new PrizeSlot(PrizeLevel.FIRST, 6, 1, 0),
                                          new PrizeSlot(PrizeLevel.SECOND, 12, 2, 0),
                                          new PrizeSlot(PrizeLevel.THIRD, 18, 3, 0),
                                          new PrizeSlot(PrizeLevel.CONSOLATION, 24, 4, 0)));
    }

    /** The slot of that level, if the edition gives it. */
    public Optional<PrizeSlot> slot(PrizeLevel level) {
        return slots.stream().filter(slot -> slot.level() == level).findFirst();
    }
}
