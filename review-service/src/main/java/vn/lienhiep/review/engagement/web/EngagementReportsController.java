package vn.lienhiep.review.engagement.web;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.platform.readmodel.PageResult;
import vn.lienhiep.review.engagement.projection.EngagementQueries;
import vn.lienhiep.review.engagement.projection.EngagementStatistics;
import vn.lienhiep.review.engagement.projection.EngagementView;

/** What the union reports: the statistics (R-R1) for any date, and the outcomes it chose to publish. */
@RestController
public class EngagementReportsController {

    /** What the public sees of a closed, published engagement (rule 8): title, requester, adoption. */
    static final Set<String> PUBLIC_FIELDS = Set.of("id", "title", "subjectType", "requester", "forms", "closedOn",
                                                    "adoption", "adoptionCounts");

    private final EngagementStatistics statistics;
    private final EngagementQueries queries;
    private final java.time.Clock clock;

    public EngagementReportsController(EngagementStatistics statistics, EngagementQueries queries, java.time.Clock clock) {
        this.statistics = statistics;
        this.queries = queries;
        this.clock = clock;
    }

    /** {@code asOf} (default today): the engagements as they stood that day; {@code year}: requests of that year only. */
    @GetMapping("/api/review/statistics")
    public EngagementStatistics.Summary statistics(@RequestParam(required = false) LocalDate asOf,
                                                   @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return statistics.summary(asOf == null ? Clocks.today(clock) : asOf, year);
    }

    @GetMapping("/api/review/outcomes")
    public PageResult<EngagementView> outcomes(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                               @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.published(page, size).map(view -> view.only(PUBLIC_FIELDS));
    }
}
