package vn.lienhiep.membership.statistics.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.lienhiep.membership.common.domain.MembershipRules;
import vn.lienhiep.membership.organization.domain.OrganizationKind;
import vn.lienhiep.membership.organization.domain.OrganizationStatus;
import vn.lienhiep.membership.person.domain.DegreeBucket;
import vn.lienhiep.membership.person.domain.PersonField;
import vn.lienhiep.membership.person.domain.WorkSector;
import vn.lienhiep.membership.statistics.domain.OrganizationStatistics;
import vn.lienhiep.membership.statistics.domain.PersonStatistics;
import vn.lienhiep.kernel.TimeSlice;
import vn.lienhiep.membership.workforce.domain.WorkforceStatistics;
import vn.lienhiep.membership.workforce.domain.IntellectualStructure;
import vn.lienhiep.kernel.Labelled;

/** Assembles the statistics answer of GET /api/membership/statistics from the dated facts of each sub-context. */
@Component
public class MembershipStatistics {

    private final StatisticsQueries queries;
    private final WorkforceStatistics workforce;
    private final MembershipRules rules;

    public MembershipStatistics(StatisticsQueries queries, WorkforceStatistics workforce, MembershipRules rules) {
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
        PersonStatistics p = PersonStatistics.compute(queries.persons(), slice);
        Persons persons = new Persons(p.total(), p.intellectuals(), p.members(), p.intellectualMembers(),
                                      countsByName(p.byDegreeBucket(), DegreeBucket.values()),
                                      countsByName(p.byField(), PersonField.values()),
                                      countsByName(p.bySector(), WorkSector.values()));
        // R-M1 comes from the latest workforce snapshot dated on or before asOf and imported by knownAt.
        IntellectualStructure structure = workforce.intellectualStructure(slice.asOf(), slice.knownAt()).orElse(null);
        return new Report(slice.asOf(), slice.knownAt(), organizations, persons, structure);
    }

    /** Every category is listed, zero included, so a report's rows do not come and go between dates. */
    private static <E extends Enum<E> & Labelled> List<Count> counts(Map<E, Integer> counts, E[] all) {
        List<Count> rows = new ArrayList<>();
        for (E e : all) {
            rows.add(new Count(e.name(), e.labelVi(), e.labelEn(), counts.getOrDefault(e, 0)));
        }
        return rows;
    }

    /** The same for categories the facts carry by name (they come from another sub-context's documents). */
    private static <E extends Enum<E> & Labelled> List<Count> countsByName(Map<String, Integer> counts, E[] all) {
        List<Count> rows = new ArrayList<>();
        for (E e : all) {
            rows.add(new Count(e.name(), e.labelVi(), e.labelEn(), counts.getOrDefault(e.name(), 0)));
        }
        return rows;
    }

    public record Report(LocalDate asOf, Instant knownAt, Organizations organizations, Persons persons,
                         IntellectualStructure intellectualStructure) {
    }

    public record Organizations(int total, List<Count> byKind, List<Count> byStatus, OrganizationSummary summary) {
    }

    /** R-M2 (docs/domain/reports.md#r-m2). */
    public record OrganizationSummary(int memberOrganizations, List<Count> memberOrganizationsByKind, long members,
                                      long intellectualMembers, int organizationsReportingCounts,
                                      List<OrganizationStatistics.Outlier> outliers, long membersWithoutOutliers,
                                      long intellectualMembersWithoutOutliers) {
    }

    /** Registered persons on the date; members = with a membership open on the date (individual members). */
    public record Persons(int total, int intellectuals, int members, int intellectualMembers,
                          List<Count> byDegreeBucket, List<Count> byField, List<Count> bySector) {
    }

    public record Count(String code, String labelVi, String labelEn, long count) {
    }
}
