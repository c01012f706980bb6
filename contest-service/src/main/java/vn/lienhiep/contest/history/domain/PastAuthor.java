package vn.lienhiep.contest.history.domain;

import vn.lienhiep.kernel.Inputs;

/**
 * An author of a past entry as the paper record names them: a name, membership's person id when it is known, whether
 * they were the principal author. Distinct authors across editions are counted by person id, else by canonical name.
 */
public record PastAuthor(String name, String personId, boolean principal) {

    public PastAuthor {
        name = Inputs.text(name, "authors");
        personId = Inputs.optionalText(personId);
    }
}
