package vn.lienhiep.membership.person.projection;

import java.time.Instant;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.lienhiep.membership.person.domain.ContactData;
import vn.lienhiep.membership.person.domain.PersonEvents.*;
import vn.lienhiep.membership.person.domain.PersonProfile;
import vn.lienhiep.platform.readmodel.SortKeys;
import vn.lienhiep.platform.readmodel.VersionedDocuments;
import vn.lienhiep.kernel.text.VietnameseText;

/**
 * The {@code persons} read model: one document per person, current profile plus the dated facts statistics "as of a
 * date" (and "as known on a date") need. Dates are ISO strings (yyyy-MM-dd), instants ISO-8601 UTC; absent values
 * are null. The national id is NEVER stored here, only its last four characters.
 *
 * <pre>
 * {
 *   _id: personId, version: long (sequence of the last applied event),
 *   fullName, searchName (VietnameseText.fold(fullName)), sortName (SortKeys.of(fullName)), dateOfBirth, gender (MALE|FEMALE|OTHER), ethnicity,
 *   degree (Degree), degreeBucket (DegreeBucket), intellectual (bool, degree ≥ CAO_DANG),
 *   academicTitle (GIAO_SU|PHO_GIAO_SU|null), honoraryTitles: [HonoraryTitle], workSector (WorkSector),
 *   field (PersonField), employer, tradeUnionMember (bool),
 *   contact: {phone, email, address}, nationalIdLast4,
 *   registeredAt (instant recorded), profileEffectiveDate (date of the latest profile change, null = registration),
 *   updatedAt (instant),
 *   degreeHistory: [ {degree, degreeBucket, intellectual, workSector, field,
 *                     effectiveDate (null on the registration entry = "held since before anything we know"),
 *                     recordedAt} ]      -- appended in recording order, one entry per registration/profile change;
 *                                          the value as of D = the entry with the greatest effectiveDate ≤ D
 *                                          (null sorts first, ties by recordedAt); as known on K: only recordedAt ≤ K
 *   memberships: [ {membershipId, organizationId, memberType (OFFICIAL|ASSOCIATE|HONORARY), since, until (null
 *                   while open; exclusive), continuous (bool), endReason, recordedAt, endRecordedAt} ],
 *   organizationIds: [organizationId of every open membership]
 * }
 * </pre>
 */
@Component
@ProcessingGroup(PersonProjection.PROCESSOR)
public class PersonProjection {

    public static final String PROCESSOR = "persons";
    public static final String COLLECTION = "persons";

    private final VersionedDocuments documents;

    public PersonProjection(VersionedDocuments documents) {
        this.documents = documents;
        createIndexes();
    }

    @EventHandler
    void on(PersonRegistered e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        Update update = profile(new Update(), e.profile(), e.contact())
                .set("registeredAt", recordedAt.toString())
                .set("profileEffectiveDate", null)
                .set("updatedAt", recordedAt.toString())
                .set("degreeHistory", List.of(degreeEntry(e.profile(), null, recordedAt)))
                .set("memberships", List.of())
                .set("organizationIds", List.of());
        documents.apply(COLLECTION, e.personId(), seq, update);
    }

    @EventHandler
    void on(PersonProfileUpdated e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        Update update = profile(new Update(), e.profile(), e.contact())
                .set("profileEffectiveDate", e.effectiveDate().toString())
                .set("updatedAt", recordedAt.toString())
                .push("degreeHistory", degreeEntry(e.profile(), e.effectiveDate().toString(), recordedAt));
        documents.apply(COLLECTION, e.personId(), seq, update);
    }

    @EventHandler
    void on(MembershipStarted e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        documents.apply(COLLECTION, e.personId(), seq, new Update()
                .push("memberships", membershipEntry(e, recordedAt))
                .addToSet("organizationIds", e.organizationId())
                .set("updatedAt", recordedAt.toString()));
    }

    @EventHandler
    void on(MembershipEnded e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        // Not an upsert: an upsert with array filters fails on real MongoDB when the filter misses (a redelivery).
        documents.applyForeign(COLLECTION, Criteria.where("_id").is(e.personId()), VersionedDocuments.VERSION, seq,
                               membershipEnd(new Update(), e, recordedAt)
                                       .pull("organizationIds", e.organizationId())
                                       .set("updatedAt", recordedAt.toString()));
    }

    @ResetHandler
    void reset() {
        documents.mongo().dropCollection(COLLECTION);
        createIndexes();
    }

    static Document membershipEntry(MembershipStarted e, Instant recordedAt) {
        return new Document("membershipId", e.membershipId())
                .append("organizationId", e.organizationId())
                .append("memberType", e.memberType().name())
                .append("since", e.since().toString())
                .append("until", null)
                .append("continuous", e.continuous())
                .append("endReason", null)
                .append("recordedAt", recordedAt.toString())
                .append("endRecordedAt", null);
    }

    /** Closes the membership in the {@code memberships} array (the overlap rule allows one open period per org). */
    static Update membershipEnd(Update update, MembershipEnded e, Instant recordedAt) {
        return update.set("memberships.$[m].until", e.until().toString())
                     .set("memberships.$[m].endReason", e.reason())
                     .set("memberships.$[m].endRecordedAt", recordedAt.toString())
                     .filterArray(Criteria.where("m.membershipId").is(e.membershipId()));
    }

    private static Update profile(Update update, PersonProfile p, ContactData c) {
        return update.set("fullName", p.fullName())
                     .set("searchName", VietnameseText.fold(p.fullName()))
                     .set("sortName", SortKeys.of(p.fullName()))
                     .set("dateOfBirth", p.dateOfBirth() == null ? null : p.dateOfBirth().toString())
                     .set("gender", p.gender() == null ? null : p.gender().name())
                     .set("ethnicity", p.ethnicity())
                     .set("degree", p.degree().name())
                     .set("degreeBucket", p.degree().bucket().name())
                     .set("intellectual", p.degree().isIntellectual())
                     .set("academicTitle", p.academicTitle() == null ? null : p.academicTitle().name())
                     .set("honoraryTitles", p.honoraryTitles().stream().map(Enum::name).sorted().toList())
                     .set("workSector", p.workSector() == null ? null : p.workSector().name())
                     .set("field", p.field() == null ? null : p.field().name())
                     .set("employer", p.employer())
                     .set("tradeUnionMember", p.tradeUnionMember())
                     .set("contact", new Document("phone", c.phone()).append("email", c.email())
                                                                     .append("address", c.address()))
                     .set("nationalIdLast4", c.nationalIdLast4());
    }

    private static Document degreeEntry(PersonProfile p, String effectiveDate, Instant recordedAt) {
        return new Document("degree", p.degree().name())
                .append("degreeBucket", p.degree().bucket().name())
                .append("intellectual", p.degree().isIntellectual())
                .append("workSector", p.workSector() == null ? null : p.workSector().name())
                .append("field", p.field() == null ? null : p.field().name())
                .append("effectiveDate", effectiveDate)
                .append("recordedAt", recordedAt.toString());
    }

    private void createIndexes() {
        var indexes = documents.mongo().indexOps(COLLECTION);
        indexes.createIndex(new Index().on("searchName", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("degree", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("organizationIds", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("sortName", Sort.Direction.ASC));
        SortKeys.fillMissing(documents.mongo(), COLLECTION, "fullName", "sortName");
    }
}
