package vn.lienhiep.contest.statistics.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lienhiep.contest.common.domain.ContestType;
import vn.lienhiep.contest.statistics.projection.ContestReport;
import vn.lienhiep.contest.statistics.projection.ContestStatisticsQueries;
import vn.lienhiep.kernel.Clocks;

/**
 * The contest's reports as of any date: R-C1 (the technical contest's cumulative figures) and R-C2 (the youth
 * contest's) with R-C3 per edition, including editions imported from before the platform.
 */
@RestController
public class ContestStatisticsController {

    private final ContestStatisticsQueries queries;
    private final Clock clock;

    public ContestStatisticsController(ContestStatisticsQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** @param asOf the day the figures are counted at (default today) */
    @GetMapping("/api/contest/statistics")
    public ContestReport statistics(@RequestParam ContestType type, @RequestParam(required = false) LocalDate asOf) {
        return queries.report(type.name(), asOf == null ? Clocks.today(clock) : asOf);
    }
}
