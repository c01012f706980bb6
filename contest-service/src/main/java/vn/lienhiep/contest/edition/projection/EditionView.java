package vn.lienhiep.contest.edition.projection;

import java.util.List;

import vn.lienhiep.contest.common.domain.EditionTerms;
import vn.lienhiep.contest.common.domain.SubPanel;
import vn.lienhiep.contest.edition.domain.Award;
import vn.lienhiep.kernel.DecisionRef;

/**
 * A contest edition as clients read it: its rules in force and every earlier version, the jury, where it stands, the
 * jury's proposal, the approved prizes (revoked ones listed apart, history kept), the national nominations and
 * results. Dates are ISO strings; money in VND.
 */
public record EditionView(String id, long version, String type, int ordinal, String label, String cycleLabel,
                          int awardYear, Integer nationalEdition, String status, EditionTerms terms,
                          List<EditionTerms> versions, DecisionRef juryDecision, List<SubPanel> subPanels,
                          List<String> finalists, Proposal proposal, DecisionRef resultsDecision, List<Award> awards,
                          List<Revocation> revocations, List<Nomination> nominations,
                          List<NationalResult> nationalResults, List<Note> returns, String launchedOn,
                          String closedOn, String ceremonyOn, Note cancellation, String archivedOn,
                          String createdAt, String updatedAt) {

    public EditionView {
        versions = versions == null ? List.of() : versions;
        subPanels = subPanels == null ? List.of() : subPanels;
        finalists = finalists == null ? List.of() : finalists;
        awards = awards == null ? List.of() : awards;
        revocations = revocations == null ? List.of() : revocations;
        nominations = nominations == null ? List.of() : nominations;
        nationalResults = nationalResults == null ? List.of() : nationalResults;
        returns = returns == null ? List.of() : returns;
    }

    public record Proposal(String minutes, String proposedOn, List<Award> awards) {
    }

    /** @param award the prize as approved, kept for the certificates it gave (which then say it was revoked) */
    public record Revocation(String entryId, String level, String reason, DecisionRef decision, Award award) {
    }

    public record Nomination(String target, Integer nationalEdition, List<String> entryIds, String sentOn) {
    }

    /** @param level null when not awarded nationally */
    public record NationalResult(String entryId, String target, Integer nationalEdition, String level, String medal,
                                 int year) {
    }

    public record Note(String reason, String on) {
    }
}
