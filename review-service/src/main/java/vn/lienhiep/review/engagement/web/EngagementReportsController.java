package vn.lienhiep.review.engagement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.TimeSlice;
import vn.lienhiep.platform.readmodel.PageResult;
import vn.lienhiep.review.engagement.domain.statistics.OverdueEngagements;
import vn.lienhiep.review.engagement.domain.statistics.ReviewSummary;
import vn.lienhiep.review.engagement.projection.EngagementQueries;
import vn.lienhiep.review.engagement.projection.PublishedOutcome;

/**
 * What the union reports: R-R1 and the overdue list for any date as known on any day (ADR 0006), and the outcomes it
 * chose to publish. The figures are computed by the engagement's statistics domain from the read model's dated facts.
 */
@RestController
public class EngagementReportsController {

    private final EngagementQueries queries;
    private final Clock clock;

    public EngagementReportsController(EngagementQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * {@code asOf} (default today): the engagements as they stood that day; {@code knownAt}: as the system knew them
     * at the end of that day; {@code year}: only requests that arrived in that year.
     */
    @GetMapping("/api/review/statistics")
    public ReviewSummary statistics(@RequestParam(required = false) LocalDate asOf,
                                    @RequestParam(required = false) LocalDate knownAt,
                                    @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return ReviewSummary.compute(queries.facts(), slice(asOf, knownAt), year);
    }

    /** Requests and engagements past one of their recorded due dates on {@code on}, as known on {@code knownAt}. */
    @GetMapping("/api/review/engagements/overdue")
    public PageResult<OverdueEngagements.Overdue> overdue(
            @RequestParam(required = false) LocalDate on, @RequestParam(required = false) LocalDate knownAt,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        List<OverdueEngagements.Overdue> all = OverdueEngagements.on(queries.facts(), slice(on, knownAt));
        int from = Math.min(all.size(), page * size);
        return PageResult.of(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
    }

    @GetMapping("/api/review/outcomes")
    public PageResult<PublishedOutcome> outcomes(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                                 @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.published(page, size);
    }

    private TimeSlice slice(LocalDate asOf, LocalDate knownAt) {
        return TimeSlice.of(asOf == null ? Clocks.today(clock) : asOf, knownAt);
    }
}
