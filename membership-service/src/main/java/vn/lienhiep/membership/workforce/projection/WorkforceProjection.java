package vn.lienhiep.membership.workforce.projection;

import java.time.Instant;
import java.util.Map;

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

import vn.lienhiep.membership.workforce.domain.WorkforceEvents.SnapshotImported;
import vn.lienhiep.platform.readmodel.VersionedDocuments;

/**
 * The {@code workforce_snapshots} read model: one document per imported snapshot. Dates are ISO strings, so "latest
 * on or before D" is a string comparison.
 */
@Component
@ProcessingGroup(WorkforceProjection.PROCESSOR)
public class WorkforceProjection {

    public static final String PROCESSOR = "workforce_snapshots";
    public static final String COLLECTION = "workforce_snapshots";

    private final VersionedDocuments documents;

    public WorkforceProjection(VersionedDocuments documents) {
        this.documents = documents;
        createIndexes();
    }

    @EventHandler
    void on(SnapshotImported e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        documents.apply(COLLECTION, e.snapshotId(), seq, new Update()
                .set("asOfDate", e.asOfDate().toString())
                .set("source", e.source())
                .set("totalCivilServants", e.totalCivilServants())
                .set("intellectualsTotal", e.intellectualsTotal())
                .set("bySector", counts(e.bySector()))
                .set("byDegreeBucket", counts(e.byDegreeBucket()))
                .set("byField", counts(e.byField()))
                .set("importedAt", recordedAt.toString()));
    }

    @ResetHandler
    void reset() {
        documents.mongo().dropCollection(COLLECTION);
        createIndexes();
    }

    private static Document counts(Map<? extends Enum<?>, Integer> counts) {
        Document d = new Document();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.ordinal() - b.ordinal()))
              .forEach(e -> d.append(e.getKey().name(), e.getValue()));
        return d;
    }

    private void createIndexes() {
        documents.mongo().indexOps(COLLECTION).createIndex(new Index().on("asOfDate", Sort.Direction.DESC));
    }
}
