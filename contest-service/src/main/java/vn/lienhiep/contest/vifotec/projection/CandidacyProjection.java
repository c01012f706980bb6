package vn.lienhiep.contest.vifotec.projection;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.lienhiep.contest.common.projection.JsonDocuments;
import vn.lienhiep.contest.vifotec.domain.CandidacyEvents.*;
import vn.lienhiep.platform.readmodel.VersionedDocuments;

/** The {@code contest_vifotec_candidacies} read model ({@link CandidacyView}). */
@Component
@ProcessingGroup(CandidacyProjection.PROCESSOR)
public class CandidacyProjection {

    public static final String PROCESSOR = "contest-vifotec";
    public static final String COLLECTION = "contest_vifotec_candidacies";

    private final VersionedDocuments documents;
    private final JsonDocuments json;

    public CandidacyProjection(VersionedDocuments documents, JsonDocuments json) {
        this.documents = documents;
        this.json = json;
        createIndexes();
    }

    @EventHandler
    void on(CandidacyIdentified e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.candidacyId(), seq, at, new Update().set("awardYear", e.awardYear()).set("title", e.title())
                .set("field", e.field()).set("authors", e.authors()).set("appliedSinceYear", e.appliedSinceYear())
                .set("finalDeadline", e.finalDeadline().toString()).set("sourceEntryId", e.sourceEntryId())
                .set("status", "IDENTIFIED").set("createdAt", at.toString()));
    }

    @EventHandler
    void on(CandidacyDossierPrepared e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.candidacyId(), seq, at, new Update().set("documents", e.documents()).set("status", "DOSSIER_PREPARED"));
    }

    @EventHandler
    void on(CandidacyPrescreened e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.candidacyId(), seq, at, new Update().set("prescreenedOn", e.prescreenedOn().toString())
                .set("status", "PRESCREENED"));
    }

    @EventHandler
    void on(VifotecCandidacyForwarded e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.candidacyId(), seq, at, new Update().set("letter", json.of(e.letter()))
                .set("sentOn", e.sentOn().toString()).set("status", "FORWARDED"));
    }

    @EventHandler
    void on(VifotecResultRecorded e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.candidacyId(), seq, at, new Update().set("resultLevel", e.level() == null ? null : e.level().name())
                .set("resultYear", e.year()).set("status", "RESULT_RECORDED"));
    }

    @ResetHandler
    void reset() {
        documents.mongo().dropCollection(COLLECTION);
        createIndexes();
    }

    private void apply(String id, long seq, Instant at, Update update) {
        documents.apply(COLLECTION, id, seq, update.set("updatedAt", at.toString()));
    }

    private void createIndexes() {
        documents.mongo().indexOps(COLLECTION).createIndex(new Index().on("awardYear", Sort.Direction.DESC));
    }
}
