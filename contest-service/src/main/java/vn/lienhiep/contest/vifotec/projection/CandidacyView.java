package vn.lienhiep.contest.vifotec.projection;

import java.util.List;

import vn.lienhiep.kernel.DecisionRef;

/**
 * A VIFOTEC candidacy as clients read it. Dates are ISO strings.
 *
 * @param resultLevel null until a result is recorded, or when the work was not awarded ({@code resultYear} set)
 */
public record CandidacyView(String id, long version, int awardYear, String title, String field, List<String> authors,
                            Integer appliedSinceYear, String finalDeadline, String sourceEntryId, String status,
                            List<String> documents, String prescreenedOn, DecisionRef letter, String sentOn,
                            String resultLevel, Integer resultYear, String createdAt, String updatedAt) {

    public CandidacyView {
        authors = authors == null ? List.of() : authors;
        documents = documents == null ? List.of() : documents;
    }
}
