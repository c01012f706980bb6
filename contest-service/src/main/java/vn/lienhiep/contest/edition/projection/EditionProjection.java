package vn.lienhiep.contest.edition.projection;

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

import vn.lienhiep.contest.common.domain.EditionStatus;
import vn.lienhiep.contest.common.projection.JsonDocuments;
import vn.lienhiep.contest.edition.domain.EditionEvents.*;
import vn.lienhiep.kernel.text.VietnameseText;
import vn.lienhiep.platform.readmodel.VersionedDocuments;

/**
 * The {@code contest_editions} read model: one document per edition ({@link EditionView}), each event applied once
 * by the edition's sequence ({@link VersionedDocuments}). Nested values are the domain's own, as the event store
 * writes them ({@link JsonDocuments}).
 */
@Component
@ProcessingGroup(EditionProjection.PROCESSOR)
public class EditionProjection {

    public static final String PROCESSOR = "contest-editions";
    public static final String COLLECTION = "contest_editions";

    private final VersionedDocuments documents;
    private final JsonDocuments json;

    public EditionProjection(VersionedDocuments documents, JsonDocuments json) {
        this.documents = documents;
        this.json = json;
        createIndexes();
    }

    @EventHandler
    void on(EditionDrafted e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.editionId(), seq, at, new Update()
                .set("type", e.type().name())
                .set("ordinal", e.ordinal())
                .set("label", e.label())
                .set("searchLabel", VietnameseText.fold(e.label()))
                .set("cycleLabel", e.cycleLabel())
                .set("awardYear", e.awardYear())
                .set("nationalEdition", e.nationalEdition())
                .set("terms", json.of(e.terms()))
                .set("versions", List.of())
                .set("createdAt", at.toString()), EditionStatus.DRAFT);
    }

    @EventHandler
    void on(EditionTermsRevised e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.editionId(), seq, at, new Update().set("terms", json.of(e.terms())), null);
    }

    @EventHandler
    void on(EditionRulesIssued e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.editionId(), seq, at, new Update().set("terms", json.of(e.terms()))
                .set("versions", json.of(List.of(e.terms()))), EditionStatus.RULES_ISSUED);
    }

    @EventHandler
    void on(EditionLaunched e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.editionId(), seq, at, new Update().set("launchedOn", e.launchedOn().toString()), EditionStatus.OPEN);
    }

    @EventHandler
    void on(EditionRulesAmended e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.editionId(), seq, at, new Update().set("terms", json.of(e.terms()))
                .push("versions", json.of(e.terms())), null);
    }

    @EventHandler
    @SuppressWarnings("unchecked")
    void on(SubmissionDeadlineExtended e, @SequenceNumber long seq, @Timestamp Instant at) {
        // Every version in force shares the window, as in the aggregate: the list is rewritten whole (read, change,
        // write), which the Mongo-wire server handles where positional operators it does not.
        Document edition = documents.mongo().findById(e.editionId(), Document.class, COLLECTION);
        List<Document> versions = edition == null ? List.of()
                : ((List<Document>) edition.getOrDefault("versions", List.of())).stream()
                        .map(v -> new Document(v).append("submissionClose", e.newClose().toString())).toList();
        apply(e.editionId(), seq, at, new Update().set("terms.submissionClose", e.newClose().toString())
                .set("versions", versions).push("extensions", json.of(e)), null);
    }

    @EventHandler
    void on(JuryAppointed e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.editionId(), seq, at, new Update().set("juryDecision", json.of(e.decision()))
                .set("subPanels", json.of(e.subPanels())), null);
    }

    @EventHandler
    void on(SubmissionsClosed e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.editionId(), seq, at, new Update().set("closedOn", e.closedOn().toString()), EditionStatus.SCREENING);
    }

    @EventHandler
    void on(ScreeningCompleted e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.editionId(), seq, at, new Update(), EditionStatus.PRELIMINARY_ROUND);
    }

    @EventHandler
    void on(ShortlistApproved e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.editionId(), seq, at, new Update().set("finalists", e.finalists()), EditionStatus.FINAL_ROUND);
    }

    @EventHandler
    void on(ResultsProposed e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.editionId(), seq, at, new Update().set("proposal", new Document("minutes", e.minutes())
                .append("proposedOn", e.proposedOn().toString()).append("awards", json.of(e.awards()))),
              EditionStatus.RESULTS_PROPOSED);
    }

    @EventHandler
    void on(ResultsReturnedToJury e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.editionId(), seq, at, new Update().unset("proposal").push("returns",
                new Document("reason", e.reason()).append("on", e.returnedOn().toString())), EditionStatus.FINAL_ROUND);
    }

    @EventHandler
    void on(ContestResultsApproved e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.editionId(), seq, at, new Update().set("resultsDecision", json.of(e.decision()))
                .set("awards", json.of(e.awards())), EditionStatus.RESULTS_APPROVED);
    }

    @EventHandler
    void on(CeremonyHeld e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.editionId(), seq, at, new Update().set("ceremonyOn", e.heldOn().toString()), EditionStatus.AWARDED);
    }

    @EventHandler
    @SuppressWarnings("unchecked")
    void on(PrizeRevoked e, @SequenceNumber long seq, @Timestamp Instant at) {
        Document edition = documents.mongo().findById(e.editionId(), Document.class, COLLECTION);
        List<Document> awards = edition == null ? List.of() : (List<Document>) edition.getOrDefault("awards", List.of());
        List<Document> kept = awards.stream().filter(a -> !e.entryId().equals(a.getString("entryId"))).toList();
        Document revoked = awards.stream().filter(a -> e.entryId().equals(a.getString("entryId"))).findFirst()
                                 .orElse(null);
        apply(e.editionId(), seq, at, new Update().set("awards", kept).push("revocations",
                new Document("entryId", e.entryId()).append("level", e.level().name()).append("reason", e.reason())
                        .append("decision", json.of(e.decision())).append("award", revoked)), null);
    }

    @EventHandler
    void on(NationalNominationSent e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.editionId(), seq, at, new Update().push("nominations", new Document("target", e.target().name())
                .append("nationalEdition", e.nationalEdition()).append("entryIds", e.entryIds())
                .append("sentOn", e.sentOn().toString())), EditionStatus.NOMINATED_UPWARD);
    }

    @EventHandler
    void on(NationalResultRecorded e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.editionId(), seq, at, new Update().push("nationalResults", new Document("entryId", e.entryId())
                .append("target", e.target().name()).append("nationalEdition", e.nationalEdition())
                .append("level", e.level() == null ? null : e.level().name()).append("medal", e.medal().name())
                .append("year", e.year())), null);
    }

    @EventHandler
    void on(EditionArchived e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.editionId(), seq, at, new Update().set("archivedOn", e.archivedOn().toString()),
              EditionStatus.ARCHIVED);
    }

    @EventHandler
    void on(EditionCancelled e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.editionId(), seq, at, new Update().set("cancellation", new Document("reason", e.reason())
                .append("on", e.decision().date().toString())), EditionStatus.CANCELLED);
    }

    @ResetHandler
    void reset() {
        documents.mongo().dropCollection(COLLECTION);
        createIndexes();
    }

    private void apply(String id, long seq, Instant at, Update update, EditionStatus status) {
        if (status != null) {
            update.set("status", status.name());
        }
        documents.apply(COLLECTION, id, seq, update.set("updatedAt", at.toString()));
    }

    private void createIndexes() {
        var indexes = documents.mongo().indexOps(COLLECTION);
        indexes.createIndex(new Index().on("type", Sort.Direction.ASC).on("ordinal", Sort.Direction.DESC));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC));
    }
}
