package vn.lienhiep.membership.expert;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.lienhiep.membership.expert.domain.Availability;
import vn.lienhiep.membership.expert.domain.ExpertCommands.*;
import vn.lienhiep.membership.expert.domain.ExpertDetails;
import vn.lienhiep.membership.expert.domain.ExpertEvents.*;
import vn.lienhiep.membership.expert.domain.ExpertFieldTaxonomy;
import vn.lienhiep.membership.expert.domain.ExpertProfile;
import vn.lienhiep.membership.expert.domain.ExpertScope;
import vn.lienhiep.membership.expert.domain.ExpertStatus;
import vn.lienhiep.membership.expert.domain.PersonDirectory;
import vn.lienhiep.membership.expert.infrastructure.ExpertTaxonomyConfiguration;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.testing.Refusal;

import static org.assertj.core.api.Assertions.assertThat;

/** Specifications of the ExpertProfile aggregate, against the taxonomy file that ships. */
class ExpertProfileSpecTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 18);
    private static final Instant NOW = TODAY.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final String PERSON = "person-1";
    private static final String ID = ExpertProfile.idFor(PERSON);

    private AggregateTestFixture<ExpertProfile> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ExpertProfile.class);
        fixture.registerInjectableResource(new PersonDirectory() {
            @Override
            public boolean exists(String personId) {
                return PERSON.equals(personId);
            }

            @Override
            public Optional<String> displayName(String personId) {
                return PERSON.equals(personId) ? Optional.of("Nguyễn Văn Chuyên") : Optional.empty();
            }
        });
        fixture.registerInjectableResource(ExpertTaxonomyConfiguration.load());
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static ExpertDetails details(List<String> fields, List<String> employers, boolean consent, boolean publishName) {
        return new ExpertDetails(fields, "Thủy lợi miền núi", ExpertScope.LOCAL, 12, employers,
                                 List.of("Trưởng phòng"), Availability.AVAILABLE, consent, publishName);
    }

    private static final ExpertDetails DETAILS = details(List.of("201", "407"), List.of("Sở Nông nghiệp"), true, false);
    private static final ExpertRegistered REGISTERED = new ExpertRegistered(ID, PERSON, DETAILS, TODAY);
    private static final ExpertVerified VERIFIED = new ExpertVerified(ID, PERSON, DETAILS, null, NOW, null);

    @Test
    void theTaxonomyHasSixGroupsAndAboutFortySubFields() {
        ExpertFieldTaxonomy taxonomy = ExpertTaxonomyConfiguration.load();
        assertThat(taxonomy.groups()).hasSize(6);
        assertThat(taxonomy.codes().size() - 6).isBetween(35, 60);
        assertThat(taxonomy.groupOf("302")).contains("3");
        assertThat(taxonomy.isKnown("999")).isFalse();
    }

    @Test
    void registersAProfilePendingVerification() {
        fixture.givenNoPriorActivity()
               .when(new RegisterExpert(ID, PERSON, DETAILS))
               .expectEvents(REGISTERED)
               .expectResultMessagePayload(new Outcome(ID, "PENDING_VERIFICATION", 0));
    }

    @Test
    void refusesASecondRegistrationOfThePerson() {
        fixture.given(REGISTERED)
               .when(new RegisterExpert(ID, PERSON, DETAILS))
               .expectException(Refusal.by("membership.expert.already-registered"))
               .expectNoEvents();
    }

    @Test
    void refusesAnUnknownPerson() {
        fixture.givenNoPriorActivity()
               .when(new RegisterExpert(ExpertProfile.idFor("nobody"), "nobody", DETAILS))
               .expectException(Refusal.by("membership.expert.unknown-person"));
    }

    @Test
    void refusesAnUnknownField() {
        fixture.givenNoPriorActivity()
               .when(new RegisterExpert(ID, PERSON, details(List.of("201", "xyz"), List.of("Sở Y tế"), true, false)))
               .expectException(Refusal.by("membership.expert.unknown-field"));
    }

    @Test
    void refusesAProfileWithoutFields() {
        fixture.givenNoPriorActivity()
               .when(new RegisterExpert(ID, PERSON, details(List.of(), List.of("Sở Y tế"), true, false)))
               .expectException(Refusal.by("membership.expert.field-required"));
    }

    @Test
    void refusesAProfileWithoutEmployer() {
        fixture.givenNoPriorActivity()
               .when(new RegisterExpert(ID, PERSON, details(List.of("201"), List.of(" "), true, false)))
               .expectException(Refusal.by("membership.expert.employer-required"));
    }

    @Test
    void refusesAnIdNotDerivedFromThePerson() {
        fixture.givenNoPriorActivity()
               .when(new RegisterExpert("any-id", PERSON, DETAILS))
               .expectException(Refusal.invalid("expertId"));
    }

    @Test
    void verifiesWithoutTheNameWhenTheExpertDidNotConsentToPublishIt() {
        fixture.given(REGISTERED)
               .when(new VerifyExpert(ID, "đủ điều kiện", null))
               .expectEvents(new ExpertVerified(ID, PERSON, DETAILS, null, NOW, "đủ điều kiện"))
               .expectResultMessagePayload(new Outcome(ID, "ACTIVE", 1));
    }

    @Test
    void verifiesWithTheNameWhenTheExpertConsented() {
        ExpertDetails publishing = details(List.of("201"), List.of("Sở Nông nghiệp"), true, true);
        fixture.given(new ExpertRegistered(ID, PERSON, publishing, TODAY))
               .when(new VerifyExpert(ID, null, null))
               .expectEvents(new ExpertVerified(ID, PERSON, publishing, "Nguyễn Văn Chuyên", NOW, null));
    }

    @Test
    void refusesToVerifyWithoutConsentToProcessPersonalData() {
        fixture.given(new ExpertRegistered(ID, PERSON, details(List.of("201"), List.of("Sở Y tế"), false, false), TODAY))
               .when(new VerifyExpert(ID, null, null))
               .expectException(Refusal.by("membership.expert.consent-required"));
    }

    @Test
    void refusesToVerifyAnActiveProfile() {
        fixture.given(REGISTERED, VERIFIED)
               .when(new VerifyExpert(ID, null, null))
               .expectException(Refusal.by("membership.expert.transition-not-allowed"));
    }

    @Test
    void verifiesAnInactiveProfileAgain() {
        fixture.given(REGISTERED, VERIFIED, new ExpertDeactivated(ID, PERSON, "nghỉ hưu", TODAY))
               .when(new VerifyExpert(ID, null, null))
               .expectEvents(new ExpertVerified(ID, PERSON, DETAILS, null, NOW, null))
               .expectResultMessagePayload(new Outcome(ID, "ACTIVE", 3));
    }

    @Test
    void rejectsAPendingProfile() {
        fixture.given(REGISTERED)
               .when(new RejectExpert(ID, "thiếu minh chứng", null))
               .expectEvents(new ExpertRejected(ID, PERSON, "thiếu minh chứng", TODAY))
               .expectResultMessagePayload(new Outcome(ID, "REJECTED", 1));
    }

    @Test
    void refusesToRejectAnActiveProfile() {
        fixture.given(REGISTERED, VERIFIED)
               .when(new RejectExpert(ID, "x", null))
               .expectException(Refusal.by("membership.expert.transition-not-allowed"));
    }

    @Test
    void anActiveProfileStaysActiveWhenUpdated() {
        ExpertDetails changed = details(List.of("202"), List.of("Công ty Điện lực"), true, true);
        fixture.given(REGISTERED, VERIFIED)
               .when(new UpdateExpertProfile(ID, changed, null))
               .expectEvents(new ExpertProfileChanged(ID, PERSON, changed, "Nguyễn Văn Chuyên", ExpertStatus.ACTIVE,
                                                        ExpertStatus.ACTIVE, NOW))
               .expectResultMessagePayload(new Outcome(ID, "ACTIVE", 2));
    }

    @Test
    void anActiveExpertCannotWithdrawConsentByAnUpdateButAPendingOneCan() {
        ExpertDetails withdrawn = details(List.of("201"), List.of("Sở Nông nghiệp"), false, false);
        fixture.given(REGISTERED, VERIFIED)
               .when(new UpdateExpertProfile(ID, withdrawn, null))
               .expectNoEvents()
               .expectException(Refusal.by("membership.expert.consent-required"));
        fixture.given(REGISTERED)
               .when(new UpdateExpertProfile(ID, withdrawn, null))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void aCorrectedRejectedProfileIsSubmittedAgain() {
        fixture.given(REGISTERED, new ExpertRejected(ID, PERSON, "thiếu", TODAY))
               .when(new UpdateExpertProfile(ID, DETAILS, null))
               .expectEvents(new ExpertProfileChanged(ID, PERSON, DETAILS, null, ExpertStatus.REJECTED,
                                                        ExpertStatus.PENDING_VERIFICATION, null));
    }

    @Test
    void refusesAnUpdateWithAnUnknownFieldOrNoEmployer() {
        fixture.given(REGISTERED)
               .when(new UpdateExpertProfile(ID, details(List.of("0"), List.of("A"), true, false), null))
               .expectException(Refusal.by("membership.expert.unknown-field"));
        fixture.given(REGISTERED)
               .when(new UpdateExpertProfile(ID, details(List.of("1"), List.of(), true, false), null))
               .expectException(Refusal.by("membership.expert.employer-required"));
    }

    @Test
    void deactivatesAnActiveProfile() {
        fixture.given(REGISTERED, VERIFIED)
               .when(new DeactivateExpert(ID, "không xác nhận lại", LocalDate.of(2026, 5, 1), null))
               .expectEvents(new ExpertDeactivated(ID, PERSON, "không xác nhận lại", LocalDate.of(2026, 5, 1)))
               .expectResultMessagePayload(new Outcome(ID, "INACTIVE", 2));
    }

    @Test
    void refusesToDeactivateAPendingProfileOrInTheFuture() {
        fixture.given(REGISTERED)
               .when(new DeactivateExpert(ID, null, null, null))
               .expectException(Refusal.by("membership.expert.transition-not-allowed"));
        fixture.given(REGISTERED, VERIFIED)
               .when(new DeactivateExpert(ID, null, TODAY.plusDays(1), null))
               .expectException(Refusal.by("membership.date-in-future"));
    }
}
