package vn.lienhiep.membership.statistics.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lienhiep.membership.statistics.projection.MembershipStatistics;
import vn.lienhiep.kernel.TimeSlice;
import vn.lienhiep.kernel.Clocks;

/** Statistics for today or any past date ({@code asOf}), optionally as the system knew them on {@code knownAt}. */
@RestController
@RequestMapping("/api/membership/statistics")
public class StatisticsController {

    private final MembershipStatistics statistics;
    private final Clock clock;

    public StatisticsController(MembershipStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @GetMapping
    public MembershipStatistics.Report statistics(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate knownAt) {
        return statistics.report(TimeSlice.of(asOf == null ? Clocks.today(clock) : asOf, knownAt));
    }
}
