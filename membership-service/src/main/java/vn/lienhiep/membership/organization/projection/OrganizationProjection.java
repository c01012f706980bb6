package vn.lienhiep.membership.organization.projection;

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
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.lienhiep.platform.readmodel.DecisionDocuments;
import vn.lienhiep.membership.organization.domain.OrganizationEvents.*;
import vn.lienhiep.platform.readmodel.SortKeys;
import vn.lienhiep.platform.readmodel.VersionedDocuments;
import vn.lienhiep.kernel.text.VietnameseText;

/**
 * The {@code organizations} read model: one document per organisation with its current profile AND its dated history
 * of statuses, names and member counts, so statistics can be answered for any past date from the same documents.
 * Dates are ISO strings (they compare correctly as strings and carry no time zone).
 */
@Component
@ProcessingGroup(OrganizationProjection.PROCESSOR)
public class OrganizationProjection {

    public static final String PROCESSOR = "organizations";
    public static final String COLLECTION = "organizations";

    private final VersionedDocuments documents;

    public OrganizationProjection(VersionedDocuments documents) {
        this.documents = documents;
        createIndexes();
    }

    @EventHandler
    void on(Applied e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        Update update = new Update()
                .set("name", e.name())
                .set("sortName", SortKeys.of(e.name()))
                .set("searchName", searchText(e.name(), e.shortName()))
                .set("shortName", e.shortName())
                .set("kind", e.kind().name())
                .set("field", e.field())
                .set("foundingMember", e.foundingMember())
                .set("specialStatus", e.specialStatus())
                .set("stateStaffed", e.stateStaffed())
                .set("establishmentDecision", e.establishmentDecision())
                .set("appliedOn", e.appliedOn().toString())
                .set("dossier", e.dossier().stream().map(Enum::name).sorted().toList())
                .set("fromArchive", e.fromArchive())
                .set("nameHistory", List.of(new Document("name", e.name()).append("from", e.appliedOn().toString())))
                .set("memberCounts", List.of())
                .set("createdAt", recordedAt.toString());
        documents.apply(COLLECTION, e.organizationId(), seq, withStatus(update, e, null, null, recordedAt));
    }

    @EventHandler
    void on(Resubmitted e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        Update update = new Update().addToSet("dossier").each(e.addedDocuments().stream().map(Enum::name).toArray());
        documents.apply(COLLECTION, e.organizationId(), seq, withStatus(update, e, "RESUBMIT", null, recordedAt));
    }

    @EventHandler
    void on(SupplementRequested e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        documents.apply(COLLECTION, e.organizationId(), seq,
                        withStatus(new Update(), e, "REQUEST_SUPPLEMENT", e.reason(), recordedAt));
    }

    @EventHandler
    void on(Verified e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        documents.apply(COLLECTION, e.organizationId(), seq, withStatus(new Update(), e, "VERIFY", e.note(), recordedAt));
    }

    @EventHandler
    void on(AdmissionRecommended e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        documents.apply(COLLECTION, e.organizationId(), seq,
                        withStatus(new Update().set("recommendation", DecisionDocuments.of(e.decision())), e, "RECOMMEND", null,
                                   recordedAt));
    }

    @EventHandler
    void on(Admitted e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        documents.apply(COLLECTION, e.organizationId(), seq,
                        withStatus(new Update().set("admission", DecisionDocuments.of(e.decision()))
                                               .set("admittedOn", e.decision().date().toString()),
                                   e, "ADMIT", null, recordedAt));
    }

    @EventHandler
    void on(Rejected e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        documents.apply(COLLECTION, e.organizationId(), seq, withStatus(new Update(), e, "REJECT", e.reason(), recordedAt));
    }

    /** Suspension, reinstatement, withdrawal, expulsion, dissolution: the timeline names the act. */
    @EventHandler
    void on(MemberStatusDecided e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        documents.apply(COLLECTION, e.organizationId(), seq,
                        withStatus(new Update(), e, e.transition().name(), e.reason(), recordedAt));
    }

    @EventHandler
    void on(Renamed e, @SequenceNumber long seq) {
        documents.apply(COLLECTION, e.organizationId(), seq, new Update()
                .set("name", e.name())
                .set("sortName", SortKeys.of(e.name()))
                .set("shortName", e.shortName())
                .set("searchName", searchText(e.name(), e.shortName()))
                .push("nameHistory", new Document("name", e.name()).append("from", e.effectiveDate().toString())
                                                                    .append("decision", DecisionDocuments.of(e.decision()))));
    }

    @EventHandler
    void on(FieldChanged e, @SequenceNumber long seq) {
        documents.apply(COLLECTION, e.organizationId(), seq, new Update().set("field", e.field()));
    }

    @EventHandler
    void on(FlagsChanged e, @SequenceNumber long seq) {
        documents.apply(COLLECTION, e.organizationId(), seq, new Update()
                .set("foundingMember", e.foundingMember())
                .set("specialStatus", e.specialStatus())
                .set("stateStaffed", e.stateStaffed()));
    }

    @EventHandler
    void on(MemberCountsReported e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        documents.apply(COLLECTION, e.organizationId(), seq, new Update()
                .push("memberCounts", new Document("asOf", e.asOf().toString())
                        .append("members", e.members())
                        .append("intellectualMembers", e.intellectualMembers())
                        .append("recordedAt", recordedAt.toString())));
    }

    @ResetHandler
    void reset() {
        documents.mongo().dropCollection(COLLECTION);
        createIndexes();
    }

    private Update withStatus(Update update, StatusChanged e, String transition, String reason, Instant recordedAt) {
        Document entry = new Document("status", e.status().name())
                .append("effectiveDate", e.effectiveDate().toString())
                .append("recordedAt", recordedAt.toString());
        if (transition != null) {
            entry.append("transition", transition);
        }
        if (e.decision() != null) {
            entry.append("decision", DecisionDocuments.of(e.decision()));
        }
        if (reason != null) {
            entry.append("reason", reason);
        }
        return update.set("status", e.status().name())
                     .set("statusSince", e.effectiveDate().toString())
                     .set("updatedAt", recordedAt.toString())
                     .push("statusTimeline", entry);
    }


    private static String searchText(String name, String shortName) {
        return VietnameseText.fold(shortName == null ? name : name + " " + shortName);
    }

    private void createIndexes() {
        var indexes = documents.mongo().indexOps(COLLECTION);
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("kind", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("searchName", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("sortName", Sort.Direction.ASC));
        SortKeys.fillMissing(documents.mongo(), COLLECTION, "name", "sortName");
    }
}
