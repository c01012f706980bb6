package vn.lienhiep.contest.common.domain;

import java.time.LocalDate;

import vn.lienhiep.kernel.Inputs;

/**
 * An author or co-author of an entry (tác giả / đồng tác giả).
 *
 * @param personId         membership's person id when the author is known there, else null
 * @param principal        the principal author (tác giả chính): exactly one per entry
 * @param sharePercent     contribution share; an entry's shares sum to 100 (prize money is split by them)
 * @param workplace        where the author works (or studies): conflict of interest compares it with judges'
 * @param tradeUnionMember a trade-union member may be proposed for the Creative Labour certificate when awarded
 * @param birthDate        needed for age windows of youth editions and guardian consent; else optional
 * @param consentToPublish the author agreed to their name appearing in the public gallery
 */
public record EntryAuthor(String personId, String name, boolean principal, int sharePercent, String workplace,
                          boolean tradeUnionMember, LocalDate birthDate, boolean consentToPublish) {

    public EntryAuthor {
        personId = Inputs.optionalText(personId);
        name = Inputs.text(name, "authors.name");
        workplace = Inputs.optionalText(workplace);
    }
}
