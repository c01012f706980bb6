package vn.lienhiep.membership.statistics.domain;

import vn.lienhiep.kernel.TimeSlice;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.lienhiep.membership.organization.domain.OrganizationKind;
import vn.lienhiep.membership.organization.domain.OrganizationStatus;

/**
 * Organisation counts and member totals for one time slice, including the R-M2 organisation summary (docs/domain/reports.md#r-m2):
 * member organisations by kind, Σ members and Σ intellectual members of the organisations that are members on the
 * date. Organisations holding more than {@code outlierShare} of all members are named, and totals are also given
 * without them, because one mass association (Sơn La's Hội Khuyến học) can dwarf the rest.
 */
public record OrganizationStatistics(int total,
                                     Map<OrganizationKind, Integer> byKind,
                                     Map<OrganizationStatus, Integer> byStatus,
                                     Summary summary) {

    /**
     * R-M2. {@code membersByKind}: organisations that are members (active or suspended) on the date, by kind.
     * {@code reporting}: how many of them have a member-count report dated on or before the date.
     */
    public record Summary(int memberOrganizations, Map<OrganizationKind, Integer> membersByKind,
                          long members, long intellectualMembers, int reporting, List<Outlier> outliers,
                          long membersWithoutOutliers, long intellectualMembersWithoutOutliers) {
    }

    public record Outlier(String organizationId, String name, long members, double share) {
    }

    public static OrganizationStatistics compute(Collection<OrganizationFacts> organizations, TimeSlice slice,
                                                 double outlierShare) {
        Map<OrganizationKind, Integer> byKind = new EnumMap<>(OrganizationKind.class);
        Map<OrganizationStatus, Integer> byStatus = new EnumMap<>(OrganizationStatus.class);
        Map<OrganizationKind, Integer> membersByKind = new EnumMap<>(OrganizationKind.class);
        List<Reported> reported = new ArrayList<>();
        int total = 0;
        int memberOrganizations = 0;
        for (OrganizationFacts org : organizations) {
            Optional<OrganizationStatus> status = org.statusIn(slice);
            if (status.isEmpty()) {
                continue; // did not exist yet on that date, or not yet known
            }
            total++;
            byKind.merge(org.kind(), 1, Integer::sum);
            byStatus.merge(status.get(), 1, Integer::sum);
            if (status.get().isMember()) {
                memberOrganizations++;
                membersByKind.merge(org.kind(), 1, Integer::sum);
                org.countsIn(slice).ifPresent(c -> reported.add(new Reported(org, c)));
            }
        }
        long members = reported.stream().mapToLong(r -> r.counts().members()).sum();
        long intellectuals = reported.stream().mapToLong(r -> r.counts().intellectualMembers()).sum();
        List<Outlier> outliers = new ArrayList<>();
        long membersWithout = members;
        long intellectualsWithout = intellectuals;
        for (Reported r : reported) {
            double share = members == 0 ? 0 : (double) r.counts().members() / members;
            if (share > outlierShare) {
                outliers.add(new Outlier(r.org().id(), r.org().name(), r.counts().members(),
                                         Math.round(share * 10_000) / 10_000.0));
                membersWithout -= r.counts().members();
                intellectualsWithout -= r.counts().intellectualMembers();
            }
        }
        outliers.sort(Comparator.comparingLong(Outlier::members).reversed());
        return new OrganizationStatistics(total, byKind, byStatus,
                new Summary(memberOrganizations, membersByKind, members, intellectuals, reported.size(),
                            outliers, membersWithout, intellectualsWithout));
    }

    private record Reported(OrganizationFacts org, OrganizationFacts.CountFact counts) {
    }
}
