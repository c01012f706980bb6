package vn.lienhiep.platform.testapp;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.lienhiep.platform.readmodel.VersionedDocuments;

/**
 * A read model with a bug a test can switch on for chosen labels: its handler throws on them, the way a projection
 * throws on an event it was never written for. Every label a thing had is kept in order ({@code labels}), so a test
 * sees whether a later event was applied before an earlier one.
 */
@Component
@ProcessingGroup(LabelProjection.PROCESSOR)
public class LabelProjection {

    public static final String PROCESSOR = "labels";
    public static final String COLLECTION = "labels";
    /** Labels this projection cannot handle (until a test removes them: the bug is fixed). */
    public static final Set<String> POISON = ConcurrentHashMap.newKeySet();
    /** How many times a handler was invoked per label. */
    public static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

    private final VersionedDocuments documents;

    public LabelProjection(VersionedDocuments documents) {
        this.documents = documents;
    }

    @EventHandler
    void on(Thing.Created e, @SequenceNumber long seq) {
        project(e.id(), e.label(), seq);
    }

    @EventHandler
    void on(Thing.Relabelled e, @SequenceNumber long seq) {
        project(e.id(), e.label(), seq);
    }

    private void project(String id, String label, long seq) {
        ATTEMPTS.computeIfAbsent(label, l -> new AtomicInteger()).incrementAndGet();
        if (POISON.contains(label)) {
            throw new IllegalArgumentException("no rule to project this label (injected bug)");
        }
        documents.apply(COLLECTION, id, seq, new Update().set("label", label).push("labels", label));
    }

    @ResetHandler
    void reset() {
        documents.mongo().dropCollection(COLLECTION);
    }
}
