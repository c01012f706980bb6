package vn.lienhiep.membership.person.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import vn.lienhiep.kernel.text.VietnameseText;

/**
 * What the union records about a person (not contact data, see {@link ContactData}). Names are kept as typed (NFC,
 * collapsed spaces); searches use a folded copy.
 *
 * @param dateOfBirth may be null only when a national id identifies the person
 */
public record PersonProfile(String fullName, LocalDate dateOfBirth, Gender gender, String ethnicity, Degree degree,
                            AcademicTitle academicTitle, Set<HonoraryTitle> honoraryTitles, WorkSector workSector,
                            PersonField field, String employer, boolean tradeUnionMember) {

    public PersonProfile {
        fullName = VietnameseText.clean(fullName);
        if (fullName == null || fullName.isEmpty()) {
            throw new IllegalArgumentException("fullName must not be blank");
        }
        if (degree == null) {
            throw new IllegalArgumentException("degree is required");
        }
        if (dateOfBirth != null && dateOfBirth.isBefore(LocalDate.of(1900, 1, 1))) {
            throw new IllegalArgumentException("dateOfBirth is implausibly early");
        }
        ethnicity = blankToNull(VietnameseText.clean(ethnicity));
        employer = blankToNull(VietnameseText.clean(employer));
        honoraryTitles = honoraryTitles == null || honoraryTitles.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(honoraryTitles));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
