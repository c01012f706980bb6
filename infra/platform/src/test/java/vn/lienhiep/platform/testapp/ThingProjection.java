package vn.lienhiep.platform.testapp;

import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.lienhiep.platform.readmodel.VersionedDocuments;

/**
 * A read model whose store can be made to fail, to prove a write that failed because the store is down never advances
 * the token: the failure is what Spring Data reports when the Mongo server is unreachable, an outage, not a poison
 * event (LabelProjection has those).
 */
@Component
@ProcessingGroup("things")
public class ThingProjection {

    public static final AtomicBoolean FAIL = new AtomicBoolean();
    private final VersionedDocuments documents;

    public ThingProjection(VersionedDocuments documents) {
        this.documents = documents;
    }

    @EventHandler
    void on(Thing.Created e, @SequenceNumber long seq) {
        failIfAsked();
        documents.apply("things", e.id(), seq, new Update().set("label", e.label()).inc("writes", 1));
    }

    @EventHandler
    void on(Thing.Relabelled e, @SequenceNumber long seq) {
        failIfAsked();
        documents.apply("things", e.id(), seq, new Update().set("label", e.label()).inc("writes", 1));
    }

    @ResetHandler
    void reset() {
        documents.mongo().dropCollection("things");
    }

    private static void failIfAsked() {
        if (FAIL.get()) {
            throw new DataAccessResourceFailureException("read model write failed: store unreachable (injected)");
        }
    }
}
