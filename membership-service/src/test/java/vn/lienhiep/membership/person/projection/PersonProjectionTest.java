package vn.lienhiep.membership.person.projection;

import java.time.Instant;
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

/** The persons projection driven directly with events on the Mongo-wire server: redeliveries change nothing. */
class PersonProjectionTest {

    private static MongoClient client;
    private static MongoTemplate mongo;
    private static PersonProjection projection;
    private static final Instant T0 = Instant.parse("2026-01-10T03:00:00Z");

    @BeforeAll
    static void connect() {
        String db = "persons_projection_" + UUID.randomUUID().toString().substring(0, 8);
        client = MongoClients.create(TestInfrastructure.mongoUri(db));
        mongo = new MongoTemplate(client, db);
        projection = new PersonProjection(new VersionedDocuments(mongo));
    }

    @AfterAll
    static void close() {
        client.close();
    }

    static PersonProfile profile(String name, Degree degree) {
        return new PersonProfile(name, LocalDate.of(1980, 1, 2), Gender.MALE, "Mông", degree, null, Set.of(),
                                 WorkSector.VIEN_CHUC, PersonField.Y_TE, "Bệnh viện tỉnh", false);
    }

    private Document doc(String id) {
        return mongo.findById(id, Document.class, PersonProjection.COLLECTION);
    }

    @Test
    void everyEventAppliedTwiceCountsOnce() {
        String id = UUID.randomUUID().toString();
        ContactData contact = new ContactData("0912000000", null, "Mường La", "012345678901");
        PersonRegistered registered = new PersonRegistered(id, profile("Giàng A Páo", Degree.DAI_HOC), contact);
        projection.on(registered, 0, T0);
        projection.on(registered, 0, T0);

        MembershipStarted started = new MembershipStarted(id, "m-1", "org-1", MemberType.OFFICIAL,
                                                          LocalDate.of(2012, 3, 1), true);
        projection.on(started, 1, T0.plusSeconds(1));
        projection.on(started, 1, T0.plusSeconds(1));
        Document member = doc(id);
        assertThat(member.getList("memberships", Document.class)).hasSize(1);
        assertThat(member.getList("organizationIds", String.class)).containsExactly("org-1");
        assertThat(member.getString("searchName")).isEqualTo("giang a pao");
        assertThat(member.getString("nationalIdLast4")).isEqualTo("8901");
        assertThat(member.toJson()).doesNotContain("012345678901");

        PersonProfileUpdated updated = new PersonProfileUpdated(id, profile("Giàng A Páo", Degree.THAC_SI), contact,
                                                                LocalDate.of(2025, 9, 1));
        projection.on(updated, 2, T0.plusSeconds(2));
        projection.on(updated, 2, T0.plusSeconds(2));
        MembershipEnded ended = new MembershipEnded(id, "m-1", "org-1", LocalDate.of(2025, 12, 31), "nghỉ");
        projection.on(ended, 3, T0.plusSeconds(3));
        projection.on(ended, 3, T0.plusSeconds(3));
        // An old event redelivered after newer ones must not undo them.
        projection.on(started, 1, T0.plusSeconds(1));

        Document after = doc(id);
        assertThat(after.get("version", Number.class).longValue()).isEqualTo(3);
        assertThat(after.getString("degree")).isEqualTo("THAC_SI");
        assertThat(after.getString("degreeBucket")).isEqualTo("MASTER_OR_SPECIALIST_I");
        List<Document> degrees = after.getList("degreeHistory", Document.class);
        assertThat(degrees).extracting(d -> d.getString("degree")).containsExactly("DAI_HOC", "THAC_SI");
        assertThat(degrees).extracting(d -> d.getString("effectiveDate")).containsExactly(null, "2025-09-01");
        List<Document> memberships = after.getList("memberships", Document.class);
        assertThat(memberships).hasSize(1);
        assertThat(memberships.get(0).getString("since")).isEqualTo("2012-03-01");
        assertThat(memberships.get(0).getString("until")).isEqualTo("2025-12-31");
        assertThat(memberships.get(0).getString("endReason")).isEqualTo("nghỉ");
        assertThat(after.getList("organizationIds", String.class)).isEmpty();
        assertThat(after.getString("registeredAt")).isEqualTo(T0.toString());
    }

    @Test
    void endingOneOfTwoMembershipsClosesOnlyThatOne() {
        String id = UUID.randomUUID().toString();
        projection.on(new PersonRegistered(id, profile("Lò Thị Mai", Degree.CAO_DANG), ContactData.NONE), 0, T0);
        projection.on(new MembershipStarted(id, "a", "org-a", MemberType.OFFICIAL, LocalDate.of(2010, 1, 1), true), 1, T0);
        projection.on(new MembershipStarted(id, "b", "org-b", MemberType.ASSOCIATE, LocalDate.of(2011, 1, 1), false), 2, T0);
        projection.on(new MembershipEnded(id, "b", "org-b", LocalDate.of(2012, 1, 1), null), 3, T0);
        Document d = doc(id);
        assertThat(d.getList("memberships", Document.class)).extracting(m -> m.getString("until"))
                                                           .containsExactly(null, "2012-01-01");
        assertThat(d.getList("organizationIds", String.class)).containsExactly("org-a");
    }
}
