package vn.lienhiep.contest.entry.domain;

/**
 * Entry numbers (số hồ sơ), one sequence per edition, drawn in the same transaction as the submission so a refused
 * submission does not use one up.
 */
public interface EntryNumbers {

    /** The next number of the edition: "001", "002", … */
    String next(String editionId);
}
