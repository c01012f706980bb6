package vn.lienhiep.membership.expert.projection;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.lienhiep.membership.common.domain.MembershipRules;
import vn.lienhiep.membership.expert.domain.Availability;
import vn.lienhiep.membership.expert.domain.ExpertDetails;
import vn.lienhiep.membership.expert.domain.ExpertEvents.*;
import vn.lienhiep.membership.expert.domain.ExpertProfile;
import vn.lienhiep.membership.expert.domain.ExpertScope;
import vn.lienhiep.membership.expert.infrastructure.ExpertTaxonomyConfiguration;
import vn.lienhiep.membership.person.domain.ContactData;
import vn.lienhiep.membership.person.domain.Degree;
import vn.lienhiep.membership.person.domain.Gender;
import vn.lienhiep.membership.person.domain.MemberType;
import vn.lienhiep.membership.person.domain.PersonEvents.*;
import vn.lienhiep.membership.person.domain.PersonField;
import vn.lienhiep.membership.person.domain.PersonProfile;
import vn.lienhiep.membership.person.domain.WorkSector;
import vn.lienhiep.platform.readmodel.VersionedDocuments;
import vn.lienhiep.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/** The experts projection driven directly with events: its person mirror, the copy onto experts, redeliveries. */
class ExpertProjectionTest {

    private static MongoClient client;
    private static MongoTemplate mongo;
    private static ExpertProjection projection;
    private static final Instant T0 = Instant.parse("2026-02-01T02:00:00Z");

    @BeforeAll
    static void connect() {
        String db = "experts_projection_" + UUID.randomUUID().toString().substring(0, 8);
        client = MongoClients.create(TestInfrastructure.mongoUri(db));
        mongo = new MongoTemplate(client, db);
        projection = new ExpertProjection(new VersionedDocuments(mongo), ExpertTaxonomyConfiguration.load());
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static PersonProfile profile(String name, Degree degree) {
        return new PersonProfile(name, LocalDate.of(1975, 5, 5), Gender.FEMALE, null, degree, null, Set.of(),
                                 WorkSector.CAN_BO_CONG_CHUC, PersonField.KHCN, null, false);
    }

    private static final ExpertDetails DETAILS = new ExpertDetails(List.of("104", "302"), null, ExpertScope.NATIONAL,
            10, List.of("Viện Hóa học"), List.of(), Availability.AVAILABLE, true, false);

    private Document expert(String id) {
        return mongo.findById(id, Document.class, ExpertProjection.COLLECTION);
    }

    @Test
    void copiesThePersonAndFollowsItsChangesOnce() {
        String personId = UUID.randomUUID().toString();
        String expertId = ExpertProfile.idFor(personId);
        PersonRegistered registered = new PersonRegistered(personId, profile("Hoàng Thị Lan", Degree.TIEN_SI),
                                                           ContactData.NONE);
        MembershipStarted joined = new MembershipStarted(personId, "m", "org-x", MemberType.OFFICIAL,
                                                         LocalDate.of(2015, 1, 1), true);
        projection.on(registered, 0);
        projection.on(joined, 1);
        ExpertRegistered expertRegistered = new ExpertRegistered(expertId, personId, DETAILS, LocalDate.of(2026, 2, 1));
        projection.on(expertRegistered, 0, T0, "staff");
        projection.on(expertRegistered, 0, T0, "staff");
        ExpertVerified verified = new ExpertVerified(expertId, personId, DETAILS, null, T0.plusSeconds(60), null);
        projection.on(verified, 1, T0.plusSeconds(60), "verifier");
        projection.on(verified, 1, T0.plusSeconds(60), "verifier");

        Document d = expert(expertId);
        assertThat(d.getString("fullName")).isEqualTo("Hoàng Thị Lan");
        assertThat(d.getString("degree")).isEqualTo("TIEN_SI");
        assertThat(d.getList("organizationIds", String.class)).containsExactly("org-x");
        assertThat(d.getList("expertiseCodes", String.class)).containsExactlyInAnyOrder("104", "1", "302", "3");
        assertThat(d.getList("statusTimeline", Document.class)).extracting(s -> s.getString("status"))
                                                             .containsExactly("PENDING_VERIFICATION", "ACTIVE");
        assertThat(d.getString("verifiedBy")).isEqualTo("verifier");
        assertThat(d.getString("verifiedOn")).isEqualTo("2026-02-01");

        PersonProfileUpdated renamed = new PersonProfileUpdated(personId, profile("Hoàng Thị Lân", Degree.TIEN_SI),
                                                                ContactData.NONE, LocalDate.of(2026, 2, 1));
        projection.on(renamed, 2);
        projection.on(renamed, 2);
        projection.on(joined, 1); // stale redelivery
        MembershipEnded left = new MembershipEnded(personId, "m", "org-x", LocalDate.of(2026, 1, 1), null);
        projection.on(left, 3);
        projection.on(left, 3);

        Document after = expert(expertId);
        assertThat(after.getString("fullName")).isEqualTo("Hoàng Thị Lân");
        assertThat(after.getString("searchName")).isEqualTo("hoang thi lan");
        assertThat(after.get("personVersion", Number.class).longValue()).isEqualTo(3);
        assertThat(after.getList("organizationIds", String.class)).isEmpty();
        assertThat(after.getList("memberships", Document.class)).hasSize(1);
        assertThat(after.getList("statusTimeline", Document.class)).hasSize(2);
        assertThat(after.get("version", Number.class).longValue()).isEqualTo(1);
    }

    @Test
    void aProfileIsDueForReconfirmationTheUnionsPeriodAfterVerification() {
        Clock today = Clock.fixed(Instant.parse("2026-05-18T05:00:00Z"), ZoneOffset.UTC);
        ExpertQueries queries = new ExpertQueries(mongo, MembershipRules.defaults(), today);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String due = verifiedExpert("Lê Văn Cũ " + suffix, Instant.parse("2024-05-18T01:00:00Z"));
        String fresh = verifiedExpert("Lê Văn Mới " + suffix, Instant.parse("2024-05-19T01:00:00Z"));

        assertThat(queries.search(suffix, null, null, null, null, null, true, ExpertQueries.SORTS.parse(null), 0, 10).items())
                .extracting(ExpertView::id).containsExactly(due);
        assertThat(queries.search(suffix, null, null, null, null, null, false, ExpertQueries.SORTS.parse(null), 0, 10).items())
                .extracting(ExpertView::id).containsExactly(fresh);
        ExpertView view = queries.find(due).orElseThrow();
        assertThat(view.dueForReconfirmation()).isTrue();
        assertThat(view.reconfirmationDueOn()).isEqualTo("2026-05-18");
        assertThat(queries.find(fresh).orElseThrow().dueForReconfirmation()).isFalse();
    }

    private String verifiedExpert(String name, Instant verifiedAt) {
        String personId = UUID.randomUUID().toString();
        String expertId = ExpertProfile.idFor(personId);
        projection.on(new PersonRegistered(personId, profile(name, Degree.TIEN_SI), ContactData.NONE), 0);
        projection.on(new ExpertRegistered(expertId, personId, DETAILS, LocalDate.of(2024, 5, 1)), 0, verifiedAt, null);
        projection.on(new ExpertVerified(expertId, personId, DETAILS, null, verifiedAt, null), 1, verifiedAt, null);
        return expertId;
    }

    @Test
    void deactivationIsRecordedOnce() {
        String personId = UUID.randomUUID().toString();
        String expertId = ExpertProfile.idFor(personId);
        projection.on(new PersonRegistered(personId, profile("Sùng Thị Mỷ", Degree.THAC_SI), ContactData.NONE), 0);
        projection.on(new ExpertRegistered(expertId, personId, DETAILS, LocalDate.of(2026, 2, 1)), 0, T0, null);
        projection.on(new ExpertVerified(expertId, personId, DETAILS, null, T0, null), 1, T0, null);
        ExpertDeactivated off = new ExpertDeactivated(expertId, personId, "nghỉ hưu", LocalDate.of(2026, 2, 1));
        projection.on(off, 2, T0, "staff");
        projection.on(off, 2, T0, "staff");
        Document d = expert(expertId);
        assertThat(d.getString("status")).isEqualTo("INACTIVE");
        assertThat(d.getString("deactivationReason")).isEqualTo("nghỉ hưu");
        assertThat(d.getList("statusTimeline", Document.class)).hasSize(3);
    }
}
