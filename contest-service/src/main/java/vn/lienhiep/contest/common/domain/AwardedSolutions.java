package vn.lienhiep.contest.common.domain;

/**
 * Solutions awarded at an edition of a programme, kept in the event store's database in the same transaction as the
 * approval (and by the import of past editions), so a later edition refuses a solution already awarded (rule
 * {@code contest.eligibility.previously-awarded}, unless the edition allows it). Titles compare by canonical name.
 */
public interface AwardedSolutions {

    void record(ContestType type, String editionId, String entryId, String title);

    /** A prize revoked for fraud no longer counts as an award. */
    void revoke(String entryId);

    /** True when a solution of that title was awarded at ANOTHER edition of the programme. */
    boolean awardedBefore(ContestType type, String title, String editionId);
}
