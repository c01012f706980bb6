package vn.lienhiep.membership.person.web;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.lienhiep.membership.person.domain.AcademicTitle;
import vn.lienhiep.membership.person.domain.ContactData;
import vn.lienhiep.membership.person.domain.Degree;
import vn.lienhiep.membership.person.domain.Gender;
import vn.lienhiep.membership.person.domain.HonoraryTitle;
import vn.lienhiep.membership.person.domain.MemberType;
import vn.lienhiep.membership.person.domain.PersonField;
import vn.lienhiep.membership.person.domain.PersonProfile;
import vn.lienhiep.membership.person.domain.WorkSector;

/** Request bodies of the person API. */
public final class PersonRequests {

    private static final String PHONE = "^[0-9+() .\\-]{6,20}$";
    private static final String NATIONAL_ID = "^[0-9A-Za-z .\\-]{6,30}$";

    private PersonRequests() {
    }

    /** A new person. A birth date is needed unless a national id identifies the person. */
    public record Registration(@NotBlank @Size(max = 200) String fullName,
                               @Past LocalDate dateOfBirth,
                               Gender gender,
                               @Size(max = 100) String ethnicity,
                               @NotNull Degree degree,
                               AcademicTitle academicTitle,
                               @Size(max = 20) Set<@NotNull HonoraryTitle> honoraryTitles,
                               WorkSector workSector,
                               PersonField field,
                               @Size(max = 300) String employer,
                               Boolean tradeUnionMember,
                               @Pattern(regexp = PHONE) String phone,
                               @Email @Size(max = 200) String email,
                               @Size(max = 500) String address,
                               @Pattern(regexp = NATIONAL_ID) String nationalId) {
        PersonProfile profile() {
            return new PersonProfile(fullName, dateOfBirth, gender, ethnicity, degree, academicTitle, honoraryTitles,
                                     workSector, field, employer, Boolean.TRUE.equals(tradeUnionMember));
        }

        ContactData contact() {
            return new ContactData(phone, email, address, nationalId);
        }
    }

    /** Replaces the whole profile; {@code effectiveDate} is when the change became true (today when absent). */
    public record ProfileUpdate(@NotBlank @Size(max = 200) String fullName,
                                @Past LocalDate dateOfBirth,
                                Gender gender,
                                @Size(max = 100) String ethnicity,
                                @NotNull Degree degree,
                                AcademicTitle academicTitle,
                                @Size(max = 20) Set<@NotNull HonoraryTitle> honoraryTitles,
                                WorkSector workSector,
                                PersonField field,
                                @Size(max = 300) String employer,
                                Boolean tradeUnionMember,
                                @Pattern(regexp = PHONE) String phone,
                                @Email @Size(max = 200) String email,
                                @Size(max = 500) String address,
                                @Pattern(regexp = NATIONAL_ID) String nationalId,
                                @PastOrPresent LocalDate effectiveDate) {
        PersonProfile profile() {
            return new PersonProfile(fullName, dateOfBirth, gender, ethnicity, degree, academicTitle, honoraryTitles,
                                     workSector, field, employer, Boolean.TRUE.equals(tradeUnionMember));
        }

        ContactData contact() {
            return new ContactData(phone, email, address, nationalId);
        }
    }

    public record MembershipStart(@NotBlank @Size(max = 64) String organizationId,
                                  @NotNull MemberType memberType,
                                  @NotNull @PastOrPresent LocalDate since,
                                  Boolean continuous) {
    }

    public record MembershipEnd(@NotNull @PastOrPresent LocalDate until, @Size(max = 2000) String reason) {
    }

    /**
     * A member of an organisation, registered by who they are ({@code POST /organizations/{id}/members}): the person as
     * for a registration, and the membership.
     */
    public record MemberRegistration(@NotNull @Valid Registration person,
                                     @NotNull MemberType memberType,
                                     @NotNull @PastOrPresent LocalDate since,
                                     Boolean continuous) {
    }

    /**
     * The answer to an enrolled member, the same whether the union knew the person before or not: the person's
     * record and the new membership (docs/domain/membership.md#mem-per-9).
     */
    public record MemberEnrolled(String personId, String membershipId) {
    }

    /** The answer to a started membership: its own id (to end it later) and the person's new version. */
    public record MembershipCreated(String membershipId, String personId, String status, long version) {
    }
}
