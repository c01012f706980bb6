package vn.lienhiep.contest.entry.projection;

import java.util.List;
import java.util.Map;

import vn.lienhiep.contest.entry.domain.Dossier;

/**
 * A contest entry as clients read it: its dossier (authors withheld from a judge when the edition judges blind),
 * where it stands, the judges of each round, every score as given (re-scores beside the first scores, never in their
 * place), divergences, recusals and the prize. Dates are ISO strings.
 *
 * @param panelJudges the judges of the sub-panel of the entry's field (who may see it)
 */
public record EntryView(String id, long version, String entryNo, String editionId, String type, String status,
                        Dossier dossier, String submittedOn, String postmarkedOn, Integer rulesVersion,
                        List<Assignment> assignments, List<Score> scores, List<Divergence> divergences,
                        List<Recusal> recusals, Completion completion, List<String> panelJudges, boolean blind,
                        Prize prize, List<Note> returns, String ineligibleReason, String createdAt,
                        String updatedAt) {

    public EntryView {
        assignments = assignments == null ? List.of() : assignments;
        scores = scores == null ? List.of() : scores;
        divergences = divergences == null ? List.of() : divergences;
        recusals = recusals == null ? List.of() : recusals;
        panelJudges = panelJudges == null ? List.of() : panelJudges;
        returns = returns == null ? List.of() : returns;
    }

    /** The same entry without who its authors are (blind judging: API and events alike). */
    public EntryView withoutAuthors() {
        Dossier d = dossier;
        Dossier blindDossier = d == null ? null : new Dossier(d.field(), d.title(), d.entrantType(), null, null,
                List.of(), d.createdYear(), d.appliedSinceYear(), d.applicationSites(), d.evidence(), d.benefitVnd(),
                d.inProvince(), d.youth() == null ? null
                        : new Dossier.Youth(null, d.youth().grade(), null, null, d.youth().guardianConsent()));
        return new EntryView(id, version, entryNo, editionId, type, status, blindDossier, submittedOn, postmarkedOn,
                             rulesVersion, assignments, scores, divergences, recusals, completion, panelJudges, blind,
                             prize, returns, ineligibleReason, createdAt, updatedAt);
    }

    /**
     * The same entry as one judge may see it: their own score sheets only, never a colleague's, so each judge scores
     * independently (the jury chair and the office see every sheet).
     */
    public EntryView withScoresOf(String judgeId) {
        return new EntryView(id, version, entryNo, editionId, type, status, dossier, submittedOn, postmarkedOn,
                             rulesVersion, assignments, scores.stream().filter(s -> s.judgeId().equals(judgeId)).toList(),
                             divergences, recusals, completion, panelJudges, blind, prize, returns, ineligibleReason,
                             createdAt, updatedAt);
    }

    /**
     * The same entry as one of its own authors may see it: the dossier and where it stands, its prize, and nothing of
     * the judging (no judge, no score, no recusal) while the jury works.
     */
    public EntryView forEntrant() {
        return new EntryView(id, version, entryNo, editionId, type, status, dossier, submittedOn, postmarkedOn,
                             rulesVersion, List.of(), List.of(), List.of(), List.of(), completion, List.of(), blind,
                             prize, returns, ineligibleReason, createdAt, updatedAt);
    }

    /** True when the person is one of the entry's authors. */
    public boolean hasAuthor(String personId) {
        return personId != null && dossier != null
               && dossier.authors().stream().anyMatch(a -> personId.equals(a.personId()));
    }

    public record Assignment(String judgeId, String round, String assignedOn) {
    }

    /** @param rescore a sub-panel member's re-score after a divergence */
    public record Score(String judgeId, String round, Map<String, Double> points, double total, String comment,
                       String scoredOn, boolean rescore) {
    }

    public record Divergence(String round, double gap, double threshold) {
    }

    public record Recusal(String judgeId, String round, String reason, String on) {
    }

    public record Completion(String round, double meanTotal, boolean rescored) {
    }

    public record Prize(String level, boolean revoked, String revocationReason) {
    }

    public record Note(String reason, String on) {
    }
}
