package vn.lienhiep.membership.person.projection;

import java.util.List;

/**
 * A person as the API shows it, personal data included; the national id only as its last four characters. Dates are
 * ISO strings. What each caller may see of it is cut in the web layer (person.web.PersonScope).
 */
public record PersonView(String id, long version, String fullName, String dateOfBirth, String gender,
                         String ethnicity, String degree, String degreeBucket, boolean intellectual,
                         String academicTitle, List<String> honoraryTitles, String workSector, String field,
                         String employer, boolean tradeUnionMember, Contact contact, String nationalIdLast4,
                         List<MembershipEntry> memberships, List<DegreeEntry> degreeHistory, String registeredAt,
                         String profileEffectiveDate, String updatedAt) {

    /**
     * The same person in a search result: without birth date, contact data or national-id digits (Decree 13/2023:
     * personal data only on the person's own record, not in lists anyone browsing can page through).
     */
    public PersonView withoutPersonalData() {
        return new PersonView(id, version, fullName, null, gender, ethnicity, degree, degreeBucket, intellectual,
                              academicTitle, honoraryTitles, workSector, field, employer, tradeUnionMember, null, null,
                              memberships, degreeHistory, registeredAt, profileEffectiveDate, updatedAt);
    }

    /** The same person with only the memberships in this organisation (what its officer may see). */
    public PersonView onlyMembershipsOf(String organizationId) {
        return new PersonView(id, version, fullName, dateOfBirth, gender, ethnicity, degree, degreeBucket, intellectual,
                              academicTitle, honoraryTitles, workSector, field, employer, tradeUnionMember, contact,
                              nationalIdLast4, memberships.stream()
                                      .filter(m -> java.util.Objects.equals(m.organizationId(), organizationId)).toList(),
                              degreeHistory, registeredAt, profileEffectiveDate, updatedAt);
    }

    public record Contact(String phone, String email, String address) {
    }

    public record MembershipEntry(String membershipId, String organizationId, String memberType, String since,
                                  String until, boolean continuous, String endReason, String recordedAt) {
    }

    public record DegreeEntry(String degree, String degreeBucket, String workSector, String field,
                              String effectiveDate, String recordedAt) {
    }
}
