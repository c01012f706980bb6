package vn.lienhiep.contest.history.domain;

import vn.lienhiep.contest.common.domain.PrizeLevel;

/**
 * What a past entry won at the national level.
 *
 * @param level null when it took part without a prize
 * @param medal GOLD, SILVER, BRONZE or NONE
 */
public record PastNational(Integer nationalEdition, PrizeLevel level, String medal, int year) {
}
