package vn.lienhiep.membership.person;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.lienhiep.membership.person.domain.ContactData;
import vn.lienhiep.membership.person.domain.Degree;
import vn.lienhiep.membership.person.domain.Gender;
import vn.lienhiep.membership.person.domain.HonoraryTitle;
import vn.lienhiep.membership.person.domain.MemberType;
import vn.lienhiep.membership.person.domain.OrganizationDirectory;
import vn.lienhiep.membership.person.domain.Person;
import vn.lienhiep.membership.person.domain.PersonCommands.*;
import vn.lienhiep.membership.person.domain.PersonEvents.*;
import vn.lienhiep.membership.person.domain.PersonField;
import vn.lienhiep.membership.person.domain.PersonIdentity;
import vn.lienhiep.membership.person.domain.PersonProfile;
import vn.lienhiep.membership.person.domain.PersonRegistry;
import vn.lienhiep.membership.person.domain.WorkSector;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.testing.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.HamcrestCondition.matching;

/** Specifications of the Person aggregate: every command, every refusal. */
class PersonSpecTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 18);
    private static final String ID = "p-1";
    private static final String ORG = "org-1";

    private AggregateTestFixture<Person> fixture;
    private final Map<String, String> keys = new HashMap<>();

    /** The registry's contract in memory: one holder per key. */
    private final PersonRegistry registry = new PersonRegistry() {
        @Override
        public Optional<String> claim(String naturalKey, String personId, String displayName) {
            String holder = keys.putIfAbsent(naturalKey, personId);
            return holder != null && !holder.equals(personId) ? Optional.of(holder) : Optional.empty();
        }

        @Override
        public Optional<String> holderOf(String naturalKey) {
            return Optional.ofNullable(keys.get(naturalKey));
        }

        @Override
        public void release(String naturalKey, String personId) {
            keys.remove(naturalKey, personId);
        }
    };

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Person.class);
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource((OrganizationDirectory) ORG::equals);
        fixture.registerInjectableResource(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    static PersonProfile profile(String name, Degree degree) {
        return new PersonProfile(name, LocalDate.of(1980, 3, 2), Gender.FEMALE, "Thái", degree, null,
                                 Set.of(HonoraryTitle.NGUT), WorkSector.VIEN_CHUC, PersonField.GDDT,
                                 "Trường Cao đẳng Sơn La", true);
    }

    private static final ContactData CONTACT = new ContactData("0912 345 678", "a@example.vn", "Sơn La", null);

    private PersonRegistered registered() {
        return new PersonRegistered(ID, profile("Nguyễn Thị An", Degree.THAC_SI), CONTACT);
    }

    @Test
    void registersAPersonAndClaimsTheNaturalKey() {
        fixture.givenNoPriorActivity()
               .when(new RegisterPerson(ID, profile("Nguyễn Thị An", Degree.THAC_SI), CONTACT))
               .expectSuccessfulHandlerExecution()
               .expectEvents(registered())
               .expectResultMessagePayload(new Outcome(ID, "REGISTERED", 0));
        assertThat(keys).containsEntry("name:nguyen thi an|1980-03-02", ID);
    }

    @Test
    void refusesADuplicateByNameAndBirthDateWithoutDiacritics() {
        keys.put(PersonIdentity.naturalKey("Nguyen Thi An", LocalDate.of(1980, 3, 2), null), "p-other");
        fixture.givenNoPriorActivity()
               .when(new RegisterPerson(ID, profile("Nguyễn Thị An", Degree.THAC_SI), CONTACT))
               .expectException(Refusal.by("membership.person.duplicate"))
               .expectNoEvents();
    }

    @Test
    void nationalIdIdentifiesAPersonWhateverTheName() {
        keys.put(PersonIdentity.naturalKey("Someone Else", null, "012 345 678 901"), "p-other");
        fixture.givenNoPriorActivity()
               .when(new RegisterPerson(ID, profile("Nguyễn Thị An", Degree.THAC_SI),
                                        new ContactData(null, null, null, "012345678901")))
               .expectException(Refusal.by("membership.person.duplicate"));
        assertThat(keys.keySet()).allMatch(k -> !k.contains("012345678901"));
    }

    @Test
    void refusesABirthDateInTheFuture() {
        PersonProfile p = new PersonProfile("Lò Văn Bình", TODAY.plusDays(1), Gender.MALE, null, Degree.DAI_HOC, null,
                                            null, null, null, null, false);
        fixture.givenNoPriorActivity()
               .when(new RegisterPerson(ID, p, ContactData.NONE))
               .expectException(Refusal.by("membership.date-in-future"));
    }

    @Test
    void needsABirthDateOrANationalId() {
        PersonProfile p = new PersonProfile("Lò Văn Bình", null, Gender.MALE, null, Degree.DAI_HOC, null, null, null,
                                            null, null, false);
        fixture.givenNoPriorActivity()
               .when(new RegisterPerson(ID, p, ContactData.NONE))
               .expectException(Refusal.invalid("dateOfBirth"));
    }

    @Test
    void updatesTheProfileWithAnEffectiveDateAndMovesTheNaturalKey() {
        keys.put("name:nguyen thi an|1980-03-02", ID);
        PersonProfile renamed = profile("Nguyễn Thị Hoa", Degree.TIEN_SI);
        fixture.given(registered())
               .when(new UpdateProfile(ID, renamed, CONTACT, LocalDate.of(2024, 6, 1), null))
               .expectEvents(new PersonProfileUpdated(ID, renamed, CONTACT, LocalDate.of(2024, 6, 1)))
               .expectResultMessagePayload(new Outcome(ID, "REGISTERED", 1));
        assertThat(keys).containsOnlyKeys("name:nguyen thi hoa|1980-03-02").containsEntry("name:nguyen thi hoa|1980-03-02", ID);
    }

    @Test
    void updateDefaultsTheEffectiveDateToToday() {
        PersonProfile p = profile("Nguyễn Thị An", Degree.TIEN_SI);
        fixture.given(registered())
               .when(new UpdateProfile(ID, p, CONTACT, null, null))
               .expectEvents(new PersonProfileUpdated(ID, p, CONTACT, TODAY));
    }

    @Test
    void updateRefusesAKeyAnotherPersonHolds() {
        keys.put("name:nguyen thi an|1980-03-02", ID);
        keys.put("name:tran van binh|1980-03-02", "p-other");
        fixture.given(registered())
               .when(new UpdateProfile(ID, profile("Trần Văn Bình", Degree.THAC_SI), CONTACT, null, null))
               .expectException(Refusal.by("membership.person.duplicate"));
        assertThat(keys).containsEntry("name:nguyen thi an|1980-03-02", ID);
    }

    @Test
    void updateRefusesAFutureEffectiveDate() {
        fixture.given(registered())
               .when(new UpdateProfile(ID, profile("Nguyễn Thị An", Degree.TIEN_SI), CONTACT, TODAY.plusDays(1), null))
               .expectException(Refusal.by("membership.date-in-future"));
    }

    @Test
    void startsAMembershipAndAnswersWithItsId() {
        fixture.given(registered())
               .when(new StartMembership(ID, "m-1", ORG, MemberType.OFFICIAL, LocalDate.of(2010, 5, 15), true, null))
               .expectEvents(new MembershipStarted(ID, "m-1", ORG, MemberType.OFFICIAL, LocalDate.of(2010, 5, 15), true))
               .expectResultMessagePayload(new Outcome("m-1", "REGISTERED", 1));
    }

    @Test
    void refusesAnUnknownOrganisation() {
        fixture.given(registered())
               .when(new StartMembership(ID, "m-1", "nowhere", MemberType.OFFICIAL, LocalDate.of(2010, 5, 15), true, null))
               .expectException(Refusal.by("membership.membership.unknown-organization"));
    }

    @Test
    void refusesAStartInTheFuture() {
        fixture.given(registered())
               .when(new StartMembership(ID, "m-1", ORG, MemberType.OFFICIAL, TODAY.plusDays(1), true, null))
               .expectException(Refusal.by("membership.date-in-future"));
    }

    @Test
    void refusesAnOverlapWithAnOpenMembership() {
        fixture.given(registered(),
                      new MembershipStarted(ID, "m-1", ORG, MemberType.OFFICIAL, LocalDate.of(2010, 5, 15), true))
               .when(new StartMembership(ID, "m-2", ORG, MemberType.ASSOCIATE, LocalDate.of(2020, 1, 1), true, null))
               .expectException(Refusal.by("membership.membership.overlap"));
    }

    @Test
    void refusesAStartInsideAnEndedPeriodButAllowsRejoiningFromItsEnd() {
        MembershipStarted first = new MembershipStarted(ID, "m-1", ORG, MemberType.OFFICIAL, LocalDate.of(2010, 5, 15), true);
        MembershipEnded ended = new MembershipEnded(ID, "m-1", ORG, LocalDate.of(2015, 1, 1), "chuyển công tác");
        fixture.given(registered(), first, ended)
               .when(new StartMembership(ID, "m-2", ORG, MemberType.OFFICIAL, LocalDate.of(2014, 12, 31), false, null))
               .expectException(Refusal.by("membership.membership.overlap"));
        fixture.given(registered(), first, ended)
               .when(new StartMembership(ID, "m-2", ORG, MemberType.OFFICIAL, LocalDate.of(2015, 1, 1), false, null))
               .expectEvents(new MembershipStarted(ID, "m-2", ORG, MemberType.OFFICIAL, LocalDate.of(2015, 1, 1), false));
    }

    @Test
    void endsAMembership() {
        fixture.given(registered(),
                      new MembershipStarted(ID, "m-1", ORG, MemberType.OFFICIAL, LocalDate.of(2010, 5, 15), true))
               .when(new EndMembership(ID, "m-1", LocalDate.of(2020, 5, 15), " ", null))
               .expectEvents(new MembershipEnded(ID, "m-1", ORG, LocalDate.of(2020, 5, 15), null))
               .expectResultMessagePayload(new Outcome(ID, "REGISTERED", 2));
    }

    @Test
    void refusesToEndAnUnknownMembership() {
        fixture.given(registered())
               .when(new EndMembership(ID, "m-9", LocalDate.of(2020, 5, 15), null, null))
               .expectException(Refusal.by("membership.membership.unknown"));
    }

    @Test
    void refusesToEndTwice() {
        fixture.given(registered(),
                      new MembershipStarted(ID, "m-1", ORG, MemberType.OFFICIAL, LocalDate.of(2010, 5, 15), true),
                      new MembershipEnded(ID, "m-1", ORG, LocalDate.of(2020, 5, 15), null))
               .when(new EndMembership(ID, "m-1", LocalDate.of(2021, 5, 15), null, null))
               .expectException(Refusal.by("membership.membership.already-ended"));
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        fixture.given(registered(),
                      new MembershipStarted(ID, "m-1", ORG, MemberType.OFFICIAL, LocalDate.of(2010, 5, 15), true))
               .when(new EndMembership(ID, "m-1", LocalDate.of(2010, 5, 14), null, null))
               .expectException(Refusal.by("membership.membership.until-before-since"));
    }

    @Test
    void refusesAnEndInTheFuture() {
        fixture.given(registered(),
                      new MembershipStarted(ID, "m-1", ORG, MemberType.OFFICIAL, LocalDate.of(2010, 5, 15), true))
               .when(new EndMembership(ID, "m-1", TODAY.plusDays(1), null, null))
               .expectException(Refusal.by("membership.date-in-future"));
    }

    @Test
    void degreesMapToReportBucketsAndIntellectualsStartAtCollege() {
        assertThat(Degree.CHUYEN_KHOA_II.bucket().name()).isEqualTo("DOCTORATE_OR_SPECIALIST_II");
        assertThat(Degree.CHUYEN_KHOA_I.bucket().name()).isEqualTo("MASTER_OR_SPECIALIST_I");
        assertThat(Degree.CAO_DANG.bucket().name()).isEqualTo("BACHELOR_OR_COLLEGE");
        assertThat(Degree.CAO_DANG.isIntellectual()).isTrue();
        assertThat(Degree.TIEN_SI.isIntellectual()).isTrue();
        assertThat(Degree.OTHER.isIntellectual()).isFalse();
    }

    @Test
    void naturalKeysHashTheNationalIdAndIgnoreItsFormatting() {
        String key = PersonIdentity.naturalKey("A", null, "0123 4567 8901");
        assertThat(key).startsWith("nid:").doesNotContain("012345678901").hasSize(4 + 64);
        assertThat(PersonIdentity.naturalKey("B", LocalDate.of(1990, 1, 1), "012345678901")).isEqualTo(key);
        assertThatThrownBy(() -> new ContactData(null, null, null, "12")).is(matching(Refusal.invalid("nationalId")));
        assertThat(new ContactData(null, null, null, "012345678901").nationalIdLast4()).isEqualTo("8901");
    }
}
