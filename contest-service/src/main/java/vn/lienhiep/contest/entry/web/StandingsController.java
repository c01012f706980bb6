package vn.lienhiep.contest.entry.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.lienhiep.contest.common.domain.EditionSnapshot;
import vn.lienhiep.contest.common.domain.Editions;
import vn.lienhiep.contest.common.domain.EntryStanding;
import vn.lienhiep.contest.common.domain.EntryStandings;
import vn.lienhiep.contest.common.domain.Normalisation;
import vn.lienhiep.contest.common.domain.NormalisedTotal;
import vn.lienhiep.contest.common.domain.PrizeRanking;
import vn.lienhiep.contest.common.domain.Ranked;
import vn.lienhiep.contest.common.domain.Standing;
import vn.lienhiep.platform.web.ResourceNotFoundException;

/**
 * The edition's standings as committed, for the jury to defend its ranking: per entry its rank in its field, the raw
 * mean and, always, the normalised total with how it was computed (each judge's mean and spread), whichever of the
 * two the edition ranks by. Read from the same committed standings the results are computed from, so what the jury
 * sees is what a proposal would check.
 */
@RestController
public class StandingsController {

    private final Editions editions;
    private final EntryStandings standings;

    public StandingsController(Editions editions, EntryStandings standings) {
        this.editions = editions;
        this.standings = standings;
    }

    @GetMapping("/api/contest/editions/{id}/standings")
    public EditionStandings standings(@PathVariable String id) {
        EditionSnapshot edition = editions.find(id).orElseThrow(() -> new ResourceNotFoundException("edition", id));
        List<EntryStanding> competing = standings.ofEdition(id).stream()
                .filter(s -> s.competing() && (edition.finalists().isEmpty() || edition.finalists().contains(s.entryId())))
                .toList();
        List<Standing> list = competing.stream().map(EntryStanding::standing).toList();
        Map<String, NormalisedTotal> normalised = Normalisation.zScores(list);
        var scheme = edition.current().scoring();
        List<Ranked> ranked = PrizeRanking.rank(list, scheme, scheme.normalised() ? normalised : Map.of());
        Map<String, EntryStanding> byId = competing.stream()
                .collect(java.util.stream.Collectors.toMap(EntryStanding::entryId, s -> s));
        List<Row> rows = ranked.stream().map(r -> {
            EntryStanding s = byId.get(r.entryId());
            NormalisedTotal n = normalised.get(r.entryId());
            return new Row(r.entryId(), r.entryNo(), s.title(), r.field(), r.rankInField(), s.complete(), s.rescored(),
                           s.standing().meanTotal(), n == null ? null : n.normalisedMean(), r.total(), r.qualifies(),
                           r.disqualifiedBy(), r.tiedWithPrevious(), n);
        }).toList();
        return new EditionStandings(id, scheme.normalised() ? "NORMALISED" : "RAW", rows);
    }

    /** @param rankedBy RAW or NORMALISED: which total the edition's ranking uses */
    public record EditionStandings(String editionId, String rankedBy, List<Row> rows) {
    }

    /** @param how the normalisation's arithmetic for this entry (null when the entry has no score yet) */
    public record Row(String entryId, String entryNo, String title, String field, int rankInField, boolean complete,
                      boolean rescored, BigDecimal rawMean, BigDecimal normalisedMean, BigDecimal total,
                      boolean qualifies, String disqualifiedBy, boolean tiedWithPrevious, NormalisedTotal how) {
    }
}
