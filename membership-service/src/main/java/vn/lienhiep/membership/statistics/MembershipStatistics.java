package vn.lienhiep.membership.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.lienhiep.membership.common.domain.MembershipRules;
import vn.lienhiep.membership.organization.domain.OrganizationKind;
import vn.lienhiep.membership.organization.domain.OrganizationStatus;
import vn.lienhiep.membership.statistics.domain.OrganizationStatistics;
import vn.lienhiep.membership.statistics.domain.TimeSlice;
import vn.lienhiep.membership.workforce.projection.WorkforceQueries;
import vn.lienhiep.membership.workforce.report.IntellectualStructure;

/** Assembles the statistics answer of GET /api/membership/statistics from the dated facts of each sub-context. */
@Component
public class MembershipStatistics {

    private final StatisticsQueries queries;
    private final WorkforceQueries workforce;
    private final MembershipRules rules;

    public MembershipStatistics(StatisticsQueries queries, WorkforceQueries workforce, MembershipRules rules) {
        this.queries = queries;
        this.workforce = workforce;
        this.rules = rules;
    }

    public Report report(TimeSlice slice) {
        OrganizationStatistics orgs = OrganizationStatistics.compute(queries.organizations(), slice,
                                                                     rules.outlierMemberShare());
        OrganizationStatistics.Summary s = orgs.summary();
        Organizations organizations = new Organizations(orgs.total(), counts(orgs.byKind(), OrganizationKind.values()),
                counts(orgs.byStatus(), OrganizationStatus.values()),
                new OrganizationSummary(s.memberOrganizations(), counts(s.membersByKind(), OrganizationKind.values()),
                                        s.members(), s.intellectualMembers(), s.reporting(), s.outliers(),
                                        s.membersWithoutOutliers(), s.intellectualMembersWithoutOutliers()));
        // R-M1 comes from the latest workforce snapshot dated on or before asOf (a dated report, not a timeline).
        IntellectualStructure structure = workforce.intellectualStructure(slice.asOf()).orElse(null);
        return new Report(slice.asOf(), slice.knownAt(), organizations, structure);
    }

    /** Every category is listed, zero included, so a report's rows do not come and go between dates. */
    private static <E extends Enum<E>> List<Count> counts(Map<E, Integer> counts, E[] all) {
        List<Count> rows = new ArrayList<>();
        for (E e : all) {
            rows.add(new Count(e.name(), labelVi(e), labelEn(e), counts.getOrDefault(e, 0)));
        }
        return rows;
    }

    private static String labelVi(Enum<?> e) {
        if (e instanceof OrganizationKind k) {
            return k.labelVi();
        }
        return e instanceof OrganizationStatus s ? s.labelVi() : e.name();
    }

    private static String labelEn(Enum<?> e) {
        if (e instanceof OrganizationKind k) {
            return k.labelEn();
        }
        return e instanceof OrganizationStatus s ? s.labelEn() : e.name();
    }

    /** {@code intellectualStructure}: R-M1, null when no workforce snapshot is dated on or before asOf. */
    public record Report(LocalDate asOf, Instant knownAt, Organizations organizations,
                         IntellectualStructure intellectualStructure) {
    }

    public record Organizations(int total, List<Count> byKind, List<Count> byStatus, OrganizationSummary summary) {
    }

    /** R-M2 (DOMAIN.md §8). */
    public record OrganizationSummary(int memberOrganizations, List<Count> memberOrganizationsByKind, long members,
                                      long intellectualMembers, int organizationsReportingCounts,
                                      List<OrganizationStatistics.Outlier> outliers, long membersWithoutOutliers,
                                      long intellectualMembersWithoutOutliers) {
    }

    public record Count(String code, String labelVi, String labelEn, long count) {
    }
}
