package vn.lienhiep.contest.common.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.lienhiep.kernel.InvalidInput;

/**
 * A prize awarded to several authors is paid out by their contribution shares (tỷ lệ đóng góp), in whole VND.
 */
public final class PrizeMoney {

    private PrizeMoney() {
    }

    /**
     * Splits the amount by the shares, in percent, which must add up to 100. Each author first gets the whole VND of
     * their exact part; the VND left over go one each to the largest fractional remainders (equal remainders in the
     * map's order, so pass a {@link LinkedHashMap} in the authors' order), so the parts add up to the amount exactly.
     * The result keeps the shares' order.
     */
    public static Map<String, Long> split(long amountVnd, Map<String, Integer> sharesPercent) {
        if (amountVnd < 0) {
            throw new InvalidInput("amountVnd", "số tiền không được âm", "the amount cannot be negative");
        }
        if (sharesPercent == null || sharesPercent.isEmpty()) {
            throw new InvalidInput("shares", "phải có ít nhất một tác giả được chia giải",
                                   "at least one author must share the prize");
        }
        int sum = 0;
        for (Map.Entry<String, Integer> share : sharesPercent.entrySet()) {
            if (share.getKey() == null || share.getValue() == null || share.getValue() < 0
                || share.getValue() > 100) {
                throw new InvalidInput("shares", "tỷ lệ đóng góp của mỗi tác giả phải từ 0 đến 100%",
                                       "each author's share must be 0 to 100%");
            }
            sum += share.getValue();
        }
        if (sum != 100) {
            throw new InvalidInput("shares", "tổng tỷ lệ đóng góp phải bằng 100% (hiện là " + sum + "%)",
                                   "the shares must add up to 100% (they add up to " + sum + "%)");
        }
        // amount = 100q + r, so amount × share / 100 = q × share + r × share / 100 without overflow.
        long hundreds = amountVnd / 100;
        long rest = amountVnd % 100;
        Map<String, Long> parts = new LinkedHashMap<>();
        List<Map.Entry<String, Long>> remainders = new ArrayList<>();
        long paid = 0;
        for (Map.Entry<String, Integer> share : sharesPercent.entrySet()) {
            long part = hundreds * share.getValue() + rest * share.getValue() / 100;
            parts.put(share.getKey(), part);
            remainders.add(Map.entry(share.getKey(), rest * share.getValue() % 100));
            paid += part;
        }
        // A stable sort keeps equal remainders in the shares' order.
        remainders.sort(Comparator.comparing(Map.Entry<String, Long>::getValue).reversed());
        for (int i = 0; i < amountVnd - paid; i++) {
            parts.merge(remainders.get(i).getKey(), 1L, Long::sum);
        }
        return Collections.unmodifiableMap(parts);
    }
}
