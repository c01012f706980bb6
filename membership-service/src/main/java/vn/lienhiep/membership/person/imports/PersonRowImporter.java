package vn.lienhiep.membership.person.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.lienhiep.kernel.BusinessRuleViolation;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.kernel.text.VietnameseText;
import vn.lienhiep.membership.organization.domain.OrganizationNameRegistry;
import vn.lienhiep.membership.person.domain.AcademicTitle;
import vn.lienhiep.membership.person.domain.ContactData;
import vn.lienhiep.membership.person.domain.Degree;
import vn.lienhiep.membership.person.domain.Gender;
import vn.lienhiep.membership.person.domain.MemberEnrolment;
import vn.lienhiep.membership.person.domain.MemberType;
import vn.lienhiep.membership.person.domain.PersonCommands;
import vn.lienhiep.membership.person.domain.PersonField;
import vn.lienhiep.membership.person.domain.PersonIdentity;
import vn.lienhiep.membership.person.domain.PersonProfile;
import vn.lienhiep.membership.person.domain.PersonRegistry;
import vn.lienhiep.membership.person.domain.WorkSector;
import vn.lienhiep.platform.commands.CommandDispatcher;
import vn.lienhiep.platform.imports.Cells;
import vn.lienhiep.platform.imports.RowImporter;
import vn.lienhiep.platform.security.Caller;

/**
 * Persons (members, intellectuals) from a spreadsheet. A person already registered under the same identity (national
 * id, else name + birth date) is skipped, so the same file imported twice registers nobody twice. When the row names
 * an organisation ("Tổ chức") and a start date ("Ngày vào hội"), the person is enrolled as its member the one way
 * members are enrolled ({@link MemberEnrolment}: a new person and the membership in one command, or the membership
 * added to the known person).
 */
@Component
public class PersonRowImporter implements RowImporter {

    private static final String OVERLAP = "membership.membership.overlap";

    private final CommandDispatcher commands;
    private final PersonRegistry persons;
    private final OrganizationNameRegistry organizations;
    private final Clock clock;

    public PersonRowImporter(CommandDispatcher commands, PersonRegistry persons,
                             OrganizationNameRegistry organizations, Clock clock) {
        this.commands = commands;
        this.persons = persons;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "persons";
    }

    @Override
    public Map<String, List<String>> columns() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("fullName", List.of("ho va ten", "ho ten", "full name", "fullname"));
        c.put("dateOfBirth", List.of("ngay sinh", "ngay thang nam sinh", "date of birth"));
        c.put("gender", List.of("gioi tinh", "gender"));
        c.put("ethnicity", List.of("dan toc", "ethnicity"));
        c.put("degree", List.of("trinh do", "hoc vi", "trinh do chuyen mon", "degree"));
        c.put("academicTitle", List.of("hoc ham", "academic title"));
        c.put("workSector", List.of("khu vuc cong tac", "khu vuc", "work sector"));
        c.put("field", List.of("linh vuc", "field"));
        c.put("employer", List.of("don vi cong tac", "co quan", "employer"));
        c.put("tradeUnionMember", List.of("doan vien cong doan", "cong doan", "trade union member"));
        c.put("phone", List.of("dien thoai", "so dien thoai", "phone"));
        c.put("email", List.of("email", "thu dien tu"));
        c.put("address", List.of("dia chi", "address"));
        c.put("nationalId", List.of("cccd", "so cccd", "so dinh danh", "cmnd", "national id"));
        c.put("organization", List.of("to chuc", "hoi", "to chuc thanh vien", "organization"));
        c.put("memberType", List.of("loai hoi vien", "member type"));
        c.put("memberSince", List.of("ngay vao hoi", "ngay ket nap", "member since"));
        return c;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("fullName", "degree");
    }

    @Override
    public RowResult importRow(Cells row, Caller actingUser) {
        // Parse and check every value BEFORE the first command, so a bad row changes nothing.
        String fullName = VietnameseText.clean(row.required("fullName"));
        LocalDate birth = row.date("dateOfBirth").orElse(null);
        if (birth != null && !birth.isBefore(Clocks.today(clock))) {
            throw new RowRejected("dateOfBirth", "Ngày sinh phải ở quá khứ.", "The birth date must be in the past.");
        }
        Degree degree = row.choice("degree", Degree.values())
                           .orElseThrow(() -> new RowRejected("degree", "Thiếu trình độ.", "Degree missing."));
        PersonProfile profile = new PersonProfile(fullName, birth, row.choice("gender", Gender.values()).orElse(null),
                row.text("ethnicity").orElse(null), degree, row.choice("academicTitle", AcademicTitle.values()).orElse(null),
                Set.of(), row.choice("workSector", WorkSector.values()).orElse(null),
                row.choice("field", PersonField.values()).orElse(null), row.text("employer").orElse(null),
                row.flag("tradeUnionMember"));
        ContactData contact = new ContactData(row.text("phone").orElse(null), row.text("email").orElse(null),
                                              row.text("address").orElse(null), row.text("nationalId").orElse(null));
        String key = PersonIdentity.naturalKey(profile, contact);
        Optional<String> organizationName = row.text("organization");
        Optional<LocalDate> since = row.date("memberSince");
        MemberType memberType = row.choice("memberType", MemberType.values()).orElse(MemberType.OFFICIAL);
        if (organizationName.isEmpty()) {
            Optional<String> existing = persons.holderOf(key);
            if (existing.isPresent()) {
                return RowResult.skipped(existing.get(), "Đã có người này. / Already registered.");
            }
            Outcome outcome = commands.sendAs(actingUser, new PersonCommands.RegisterPerson(
                    UUID.randomUUID().toString(), profile, contact));
            return RowResult.applied(outcome.id());
        }
        String organizationId = organizations.holderOf(organizationName.get())
                .orElseThrow(() -> new RowRejected("organization",
                        "Không có tổ chức tên \"" + organizationName.get() + "\".",
                        "No organisation is named \"" + organizationName.get() + "\"."));
        if (since.isEmpty()) {
            throw new RowRejected("memberSince", "Cần ngày vào hội.", "The membership start date is needed.");
        }
        if (since.get().isAfter(Clocks.today(clock))) {
            throw new RowRejected("memberSince", "Ngày vào hội ở tương lai.", "The date is in the future.");
        }
        try {
            MemberEnrolment.Enrolled enrolled = MemberEnrolment.enrol(
                    new MemberEnrolment.Request(profile, contact, organizationId, memberType, since.get(), true),
                    persons, () -> UUID.randomUUID().toString(), command -> commands.sendAs(actingUser, command));
            return RowResult.applied(enrolled.personId());
        } catch (BusinessRuleViolation e) {
            if (OVERLAP.equals(e.rule())) {
                // A re-imported row: the person is already this organisation's member; nothing is added twice.
                return RowResult.skipped(persons.holderOf(key).orElse(null), "Đã có người này. / Already registered.");
            }
            throw e;
        }
    }
}
