package vn.lienhiep.membership.person.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.kernel.Inputs;

/**
 * What the union records about a person (not contact data, see {@link ContactData}). Names are kept as typed (NFC,
 * collapsed spaces); searches use a folded copy. A value that cannot be what it claims is {@link InvalidInput}
 * naming the field as the API names it.
 *
 * @param dateOfBirth may be null only when a national id identifies the person
 */
public record PersonProfile(String fullName, LocalDate dateOfBirth, Gender gender, String ethnicity, Degree degree,
                            AcademicTitle academicTitle, Set<HonoraryTitle> honoraryTitles, WorkSector workSector,
                            PersonField field, String employer, boolean tradeUnionMember) {

    /** No living member was born before this: an earlier date is a typing error (docs/domain/membership.md#mem-per-2). */
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    public PersonProfile {
        fullName = Inputs.text(fullName, "fullName");
        Inputs.required(degree, "degree");
        if (dateOfBirth != null && dateOfBirth.isBefore(EARLIEST_BIRTH)) {
            throw new InvalidInput("dateOfBirth", "ngày sinh không thể trước năm 1900",
                                   "the date of birth cannot be before 1900");
        }
        ethnicity = Inputs.optionalText(ethnicity);
        employer = Inputs.optionalText(employer);
        honoraryTitles = honoraryTitles == null || honoraryTitles.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(honoraryTitles));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
