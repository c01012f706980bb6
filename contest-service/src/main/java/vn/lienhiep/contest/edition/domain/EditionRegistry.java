package vn.lienhiep.contest.edition.domain;

import vn.lienhiep.contest.common.domain.ContestType;

/**
 * What must hold across a programme's editions, kept in the event store's database and written in the same
 * transaction as the edition's events (set-based validation): ordinals strictly increase per programme, and at most
 * one edition of a programme is open for entries at a time. A refused claim rolls the command back.
 */
public interface EditionRegistry {

    /**
     * Reserves {@code ordinal} of the programme for the edition.
     *
     * @throws vn.lienhiep.kernel.BusinessRuleViolation {@code contest.edition.ordinal-not-increasing}
     */
    void claimOrdinal(ContestType type, int ordinal, String editionId);

    /**
     * The edition opens for entries.
     *
     * @throws vn.lienhiep.kernel.BusinessRuleViolation {@code contest.edition.another-open}
     */
    void open(ContestType type, String editionId);

    /** The edition no longer takes entries (closed, or cancelled while open). */
    void closed(ContestType type, String editionId);
}
