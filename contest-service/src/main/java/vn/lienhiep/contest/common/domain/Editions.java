package vn.lienhiep.contest.common.domain;

import java.util.Optional;

/**
 * Editions as committed, for the entries' rules: written by the edition in the same transaction as its events, read
 * by an entry's command in its own (so a submission sees the deadline the committee extended a moment ago).
 */
public interface Editions {

    void save(EditionSnapshot snapshot);

    Optional<EditionSnapshot> find(String editionId);
}
