package vn.lienhiep.membership.common.projection;

import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import vn.lienhiep.platform.readmodel.DecisionDocuments;
import vn.lienhiep.platform.commands.CommandDispatcher;
import vn.lienhiep.platform.readmodel.VersionedDocuments;

/**
 * The {@code history} read model: one row per event worth showing, with who acted (from the event's metadata), when
 * it was recorded and when it took effect. Rows are keyed by aggregate id and sequence number, so a redelivered event
 * is written once.
 */
@Component
@ProcessingGroup(HistoryProjection.PROCESSOR)
public class HistoryProjection {

    public static final String PROCESSOR = "history";
    public static final String COLLECTION = "history";

    private final VersionedDocuments documents;
    private final List<HistoryDescriber> describers;

    public HistoryProjection(VersionedDocuments documents, List<HistoryDescriber> describers) {
        this.documents = documents;
        this.describers = describers;
        createIndexes();
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        Optional<HistoryLine> line = describers.stream().map(d -> d.describe(event)).flatMap(Optional::stream)
                                               .findFirst();
        if (line.isEmpty()) {
            return;
        }
        HistoryLine l = line.get();
        Object actor = message.getMetaData().get(CommandDispatcher.ACTING_USER);
        Object requestId = message.getMetaData().get(CommandDispatcher.REQUEST_ID);
        Object actorRoles = message.getMetaData().get(CommandDispatcher.ACTING_ROLES);
        Document row = new Document("subjects", l.subjects())
                .append("aggregateId", message.getAggregateIdentifier())
                .append("sequence", message.getSequenceNumber())
                .append("eventType", event.getClass().getSimpleName())
                .append("summaryVi", l.summaryVi())
                .append("summaryEn", l.summaryEn())
                .append("effectiveDate", l.effectiveDate() == null ? null : l.effectiveDate().toString())
                .append("recordedAt", message.getTimestamp().toString())
                .append("actingUser", actor == null ? "system" : actor.toString())
                .append("actingRoles", actorRoles == null ? null : actorRoles.toString())
                .append("requestId", requestId == null ? null : requestId.toString());
        if (l.decision() != null) {
            row.append("decision", DecisionDocuments.of(l.decision()));
        }
        documents.insertOnce(COLLECTION, message.getAggregateIdentifier() + ":" + message.getSequenceNumber(), row);
    }

    @ResetHandler
    void reset() {
        documents.mongo().dropCollection(COLLECTION);
        createIndexes();
    }

    private void createIndexes() {
        documents.mongo().indexOps(COLLECTION).createIndex(new Index().on("subjects", Sort.Direction.ASC));
    }
}
