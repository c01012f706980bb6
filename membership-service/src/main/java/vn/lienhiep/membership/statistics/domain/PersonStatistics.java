package vn.lienhiep.membership.statistics.domain;

import vn.lienhiep.kernel.TimeSlice;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Persons by degree bucket, field and sector on a date; and how many of them were members of an organisation on that
 * date, and how many of those were intellectuals (college degree or higher) then.
 */
public record PersonStatistics(int total, int intellectuals, int members, int intellectualMembers,
                               Map<String, Integer> byDegreeBucket, Map<String, Integer> byField,
                               Map<String, Integer> bySector) {

    public static PersonStatistics compute(Collection<PersonFacts> persons, TimeSlice slice) {
        int total = 0;
        int intellectuals = 0;
        int members = 0;
        int intellectualMembers = 0;
        Map<String, Integer> byDegree = new TreeMap<>();
        Map<String, Integer> byField = new TreeMap<>();
        Map<String, Integer> bySector = new TreeMap<>();
        for (PersonFacts person : persons) {
            if (!person.knownIn(slice)) {
                continue;
            }
            PersonFacts.ProfileFact profile = person.profileIn(slice).orElse(null);
            if (profile == null) {
                continue;
            }
            total++;
            byDegree.merge(profile.degreeBucket(), 1, Integer::sum);
            if (profile.field() != null) {
                byField.merge(profile.field(), 1, Integer::sum);
            }
            if (profile.workSector() != null) {
                bySector.merge(profile.workSector(), 1, Integer::sum);
            }
            boolean member = person.memberIn(slice);
            if (profile.intellectual()) {
                intellectuals++;
            }
            if (member) {
                members++;
                if (profile.intellectual()) {
                    intellectualMembers++;
                }
            }
        }
        return new PersonStatistics(total, intellectuals, members, intellectualMembers, byDegree, byField, bySector);
    }
}
