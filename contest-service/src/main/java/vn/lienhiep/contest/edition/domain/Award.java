package vn.lienhiep.contest.edition.domain;

import java.util.List;

import vn.lienhiep.contest.common.domain.PrizeLevel;

/**
 * One prize of an edition: the entry, its level in its field, the money and how it is split between the authors.
 *
 * @param total the total the ranking used (normalised when the edition normalises, else the raw mean)
 */
public record Award(String entryId, String entryNo, String field, String title, PrizeLevel level,
                    java.math.BigDecimal total, long amountVnd, List<AwardedAuthor> authors) {

    public Award {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /**
     * An author's part of the prize. {@code name} is kept for the certificate; public events carry only the person id
     * and the trade-union flag.
     */
    public record AwardedAuthor(String personId, String name, boolean principal, int sharePercent, long amountVnd,
                                boolean tradeUnionMember, boolean consentToPublish) {
    }
}
