package vn.lienhiep.contest.edition.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.lienhiep.contest.edition.domain.Award;
import vn.lienhiep.contest.edition.projection.EditionQueries;
import vn.lienhiep.contest.edition.projection.EditionView;
import vn.lienhiep.platform.web.ResourceNotFoundException;

/**
 * The public gallery, without login: the editions whose results the committee approved, their awarded solutions by
 * field and level, titles, and the authors who consented to their names being shown; nothing personal
 * (no birth date, no share, no money, no person id). A revoked prize is not shown.
 */
@RestController
@RequestMapping("/api/contest/gallery")
public class GalleryController {

    private final EditionQueries queries;

    public GalleryController(EditionQueries queries) {
        this.queries = queries;
    }

    /** Every awarded edition, newest first. */
    @GetMapping
    public List<GalleryEdition> editions() {
        return queries.awarded().stream().map(GalleryController::gallery).toList();
    }

    @GetMapping("/{editionId}")
    public GalleryEdition edition(@PathVariable String editionId) {
        return queries.find(editionId).filter(e -> e.resultsDecision() != null && !"CANCELLED".equals(e.status()))
                      .map(GalleryController::gallery)
                      .orElseThrow(() -> new ResourceNotFoundException("edition", editionId));
    }

    static GalleryEdition gallery(EditionView e) {
        return new GalleryEdition(e.id(), e.type(), e.ordinal(), e.label(), e.awardYear(),
                                  e.awards().stream().map(GalleryController::solution).toList());
    }

    static GallerySolution solution(Award a) {
        List<String> names = a.authors().stream().filter(Award.AwardedAuthor::consentToPublish)
                              .map(Award.AwardedAuthor::name).toList();
        return new GallerySolution(a.entryNo(), a.title(), a.field(), a.level().name(), a.level().labelVi(), names,
                                   a.authors().size() - names.size());
    }

    /** An awarded edition in the public gallery. */
    public record GalleryEdition(String editionId, String type, int ordinal, String label, int awardYear,
                                 List<GallerySolution> solutions) {
    }

    /** @param authorsNotShown authors who did not consent to their names being published */
    public record GallerySolution(String entryNo, String title, String field, String level, String levelVi,
                                  List<String> authors, int authorsNotShown) {
    }
}
