package vn.lienhiep.membership.expert.projection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.lienhiep.membership.expert.domain.ExpertDetails;
import vn.lienhiep.membership.expert.domain.ExpertEvents.*;
import vn.lienhiep.membership.expert.domain.ExpertFieldTaxonomy;
import vn.lienhiep.membership.expert.domain.ExpertStatus;
import vn.lienhiep.membership.person.domain.PersonEvents.*;
import vn.lienhiep.membership.person.domain.PersonProfile;
import vn.lienhiep.platform.commands.CommandDispatcher;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.platform.readmodel.SortKeys;
import vn.lienhiep.platform.readmodel.VersionedDocuments;
import vn.lienhiep.kernel.text.VietnameseText;

/**
 * The {@code experts} read model: one document per expert profile with the person's name, degree and memberships
 * copied in, so experts can be searched by them. The person data comes from {@code expert_persons}, a small mirror of
 * person events this same processor keeps — reading the persons projection instead would race with its own
 * processor. Person fields on an expert are guarded by {@code personVersion}, expert fields by {@code version}.
 *
 * <pre>
 * experts: { _id: expertId, version, personId, status, statusSince, expertiseFields: [code],
 *            expertiseCodes: [code and its group code], specialisations, scope, yearsExperience, employers: [],
 *            positions: [], availability, consentToProcessPersonalData, consentToPublishName, registeredOn,
 *            verifiedAt, verifiedOn, verifiedBy, rejectionReason, deactivationReason, deactivatedOn, updatedAt,
 *            statusTimeline: [{status, effectiveDate, recordedAt, actingUser, reason}],
 *            personVersion, fullName, searchName, sortName, degree, degreeBucket,
 *            memberships: [{membershipId, organizationId, memberType, since, until}], organizationIds: [open ones] }
 * </pre>
 */
@Component
@ProcessingGroup(ExpertProjection.PROCESSOR)
public class ExpertProjection {

    public static final String PROCESSOR = "experts";
    public static final String COLLECTION = "experts";
    public static final String PERSONS = "expert_persons";
    private static final String PERSON_VERSION = "personVersion";

    private final VersionedDocuments documents;
    private final ExpertFieldTaxonomy taxonomy;

    public ExpertProjection(VersionedDocuments documents, ExpertFieldTaxonomy taxonomy) {
        this.documents = documents;
        this.taxonomy = taxonomy;
        createIndexes();
    }

    // --- the person mirror ---------------------------------------------------------------------------------------

    @EventHandler
    void on(PersonRegistered e, @SequenceNumber long seq) {
        documents.apply(PERSONS, e.personId(), seq, person(e.profile())
                .set("memberships", List.of()).set("organizationIds", List.of()));
        copyPerson(e.personId());
    }

    @EventHandler
    void on(PersonProfileUpdated e, @SequenceNumber long seq) {
        documents.apply(PERSONS, e.personId(), seq, person(e.profile()));
        copyPerson(e.personId());
    }

    @EventHandler
    void on(MembershipStarted e, @SequenceNumber long seq) {
        documents.apply(PERSONS, e.personId(), seq, new Update()
                .push("memberships", new Document("membershipId", e.membershipId())
                        .append("organizationId", e.organizationId())
                        .append("memberType", e.memberType().name())
                        .append("since", e.since().toString())
                        .append("until", null))
                .addToSet("organizationIds", e.organizationId()));
        copyPerson(e.personId());
    }

    @EventHandler
    void on(MembershipEnded e, @SequenceNumber long seq) {
        documents.applyForeign(PERSONS, Criteria.where("_id").is(e.personId()), VersionedDocuments.VERSION, seq,
                new Update().set("memberships.$[m].until", e.until().toString())
                            .pull("organizationIds", e.organizationId())
                            .filterArray(Criteria.where("m.membershipId").is(e.membershipId())));
        copyPerson(e.personId());
    }

    // --- expert profiles -----------------------------------------------------------------------------------------

    @EventHandler
    void on(ExpertRegistered e, @SequenceNumber long seq, @Timestamp Instant recordedAt,
            @MetaDataValue(CommandDispatcher.ACTING_USER) String actor) {
        Update update = details(new Update(), e.details())
                .set("personId", e.personId())
                .set("registeredOn", e.registeredOn().toString());
        documents.apply(COLLECTION, e.expertId(), seq,
                        status(update, ExpertStatus.PENDING_VERIFICATION, e.registeredOn().toString(), recordedAt,
                               actor, null));
        copyPerson(e.personId());
    }

    @EventHandler
    void on(ExpertVerified e, @SequenceNumber long seq, @Timestamp Instant recordedAt,
            @MetaDataValue(CommandDispatcher.ACTING_USER) String actor) {
        String verifiedOn = e.verifiedAt().atZone(Clocks.VIETNAM).toLocalDate().toString();
        Update update = details(new Update(), e.details())
                .set("verifiedAt", e.verifiedAt().toString())
                .set("verifiedOn", verifiedOn)
                .set("verifiedBy", actor)
                .set("deactivationReason", null)
                .set("deactivatedOn", null);
        documents.apply(COLLECTION, e.expertId(), seq,
                        status(update, ExpertStatus.ACTIVE, verifiedOn, recordedAt, actor, e.note()));
    }

    @EventHandler
    void on(ExpertRejected e, @SequenceNumber long seq, @Timestamp Instant recordedAt,
            @MetaDataValue(CommandDispatcher.ACTING_USER) String actor) {
        documents.apply(COLLECTION, e.expertId(), seq,
                        status(new Update().set("rejectionReason", e.reason()), ExpertStatus.REJECTED,
                               e.effectiveDate().toString(), recordedAt, actor, e.reason()));
    }

    @EventHandler
    void on(ExpertProfileChanged e, @SequenceNumber long seq, @Timestamp Instant recordedAt,
            @MetaDataValue(CommandDispatcher.ACTING_USER) String actor) {
        Update update = details(new Update(), e.details()).set("updatedAt", recordedAt.toString());
        if (e.previousStatus() != e.status()) {
            // A corrected rejected profile is submitted again: that is a status change worth a timeline entry.
            status(update.set("rejectionReason", null), e.status(),
                   recordedAt.atZone(Clocks.VIETNAM).toLocalDate().toString(), recordedAt, actor, null);
        }
        documents.apply(COLLECTION, e.expertId(), seq, update);
    }

    @EventHandler
    void on(ExpertDeactivated e, @SequenceNumber long seq, @Timestamp Instant recordedAt,
            @MetaDataValue(CommandDispatcher.ACTING_USER) String actor) {
        documents.apply(COLLECTION, e.expertId(), seq,
                        status(new Update().set("deactivationReason", e.reason())
                                           .set("deactivatedOn", e.effectiveDate().toString()),
                               ExpertStatus.INACTIVE, e.effectiveDate().toString(), recordedAt, actor, e.reason()));
    }

    @ResetHandler
    void reset() {
        documents.mongo().dropCollection(COLLECTION);
        documents.mongo().dropCollection(PERSONS);
        createIndexes();
    }

    /** Copies the mirrored person onto their expert profile, if any, unless it already shows that version or newer. */
    private void copyPerson(String personId) {
        Document p = documents.mongo().findById(personId, Document.class, PERSONS);
        if (p == null) {
            return;
        }
        long version = ((Number) p.get(VersionedDocuments.VERSION)).longValue();
        documents.applyForeign(COLLECTION, Criteria.where("personId").is(personId), PERSON_VERSION, version,
                new Update().set("fullName", p.getString("fullName"))
                            .set("searchName", p.getString("searchName"))
                            .set("sortName", SortKeys.of(p.getString("fullName")))
                            .set("degree", p.getString("degree"))
                            .set("degreeBucket", p.getString("degreeBucket"))
                            .set("memberships", p.getOrDefault("memberships", List.of()))
                            .set("organizationIds", p.getOrDefault("organizationIds", List.of())));
    }

    private static Update person(PersonProfile profile) {
        return new Update().set("fullName", profile.fullName())
                           .set("searchName", VietnameseText.fold(profile.fullName()))
                           .set("sortName", SortKeys.of(profile.fullName()))
                           .set("degree", profile.degree().name())
                           .set("degreeBucket", profile.degree().bucket().name());
    }

    private Update details(Update update, ExpertDetails d) {
        Set<String> codes = new LinkedHashSet<>(d.expertiseFields());
        d.expertiseFields().forEach(code -> taxonomy.groupOf(code).ifPresent(codes::add));
        return update.set("expertiseFields", d.expertiseFields())
                     .set("expertiseCodes", new ArrayList<>(codes))
                     .set("specialisations", d.specialisations())
                     .set("scope", d.scope().name())
                     .set("yearsExperience", d.yearsExperience())
                     .set("employers", d.employers())
                     .set("positions", d.positions())
                     .set("availability", d.availability().name())
                     .set("consentToProcessPersonalData", d.consentToProcessPersonalData())
                     .set("consentToPublishName", d.consentToPublishName());
    }

    private static Update status(Update update, ExpertStatus status, String effectiveDate, Instant recordedAt,
                                 String actor, String reason) {
        return update.set("status", status.name())
                     .set("statusSince", effectiveDate)
                     .set("updatedAt", recordedAt.toString())
                     .push("statusTimeline", new Document("status", status.name())
                             .append("effectiveDate", effectiveDate)
                             .append("recordedAt", recordedAt.toString())
                             .append("actingUser", actor)
                             .append("reason", reason));
    }

    private void createIndexes() {
        var indexes = documents.mongo().indexOps(COLLECTION);
        indexes.createIndex(new Index().on("personId", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("searchName", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("expertiseCodes", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("organizationIds", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("sortName", Sort.Direction.ASC));
        SortKeys.fillMissing(documents.mongo(), COLLECTION, "fullName", "sortName");
    }
}
