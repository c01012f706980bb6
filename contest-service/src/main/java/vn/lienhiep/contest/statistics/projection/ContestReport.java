package vn.lienhiep.contest.statistics.projection;

import java.util.List;
import java.util.Map;

/**
 * A programme's cumulative report as of a date (R-C1 for the technical contest, R-C2 for the youth contest) with the
 * per-edition results (R-C3). Both author measures are given, labelled: "lượt tác giả và đồng tác giả" counts every
 * author of every entry (the seeds' "gần 400"), "số tác giả khác nhau" counts each person once.
 *
 * @param editions             editions whose prizes were handed over by then
 * @param entries              entries that competed (declared eligible)
 * @param authorParticipations author participations: every author of every competing entry
 * @param distinctAuthors      distinct persons among them (membership's person id, else the canonical name)
 * @param awardedEntries       entries holding a prize (revoked prizes no longer count)
 * @param nationalAwards       national results with a prize
 */
public record ContestReport(String type, String asOf, int editions, int entries, int authorParticipations,
                            int distinctAuthors, int awardedEntries, int units, Map<String, Integer> entriesByField,
                            Map<String, Integer> awardedByLevel, Map<String, Integer> awardedByField,
                            int nationalNominations, int nationalAwards, List<NationalRow> national,
                            List<EditionRow> byEdition, List<Measure> measures) {

    /** National results by national edition, level and medal. */
    public record NationalRow(Integer nationalEdition, Integer year, String level, String medal, int count) {
    }

    /** R-C3: one edition's result. */
    public record EditionRow(String editionId, int ordinal, int awardYear, String label, boolean past, int entries,
                             int authorParticipations, int units, Map<String, Integer> entriesByField,
                             Map<String, Integer> awardedByLevel, int sentToNational) {
    }

    /** A headline figure with its label, Vietnamese first. */
    public record Measure(String code, String labelVi, String labelEn, int value) {
    }
}
