package vn.lienhiep.review.engagement.infrastructure;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import vn.lienhiep.kernel.Clocks;

/**
 * One step of an engagement event's history (ADR 0012): a stored type at one revision becomes a current type at the
 * next, its JSON changed by {@link #change}. The bytes in the store stay as written; this runs on every read.
 */
abstract class EngagementEventUpcaster extends SingleEventUpcaster {

    static final String EVENTS = "vn.lienhiep.review.engagement.domain.EngagementEvents$";

    private final String fromType;
    private final String fromRevision;
    private final String toType;
    private final String toRevision;

    EngagementEventUpcaster(String fromType, String fromRevision, String toType, String toRevision) {
        this.fromType = EVENTS + fromType;
        this.fromRevision = fromRevision;
        this.toType = EVENTS + toType;
        this.toRevision = toRevision;
    }

    /** The payload at the next revision; {@code recorded} is when the event was stored. */
    abstract void change(ObjectNode payload, Instant recorded);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().getName().equals(fromType)
               && fromRevision.equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        Instant recorded = representation.getTimestamp();
        return representation.upcast(new SimpleSerializedType(toType, toRevision), JsonNode.class, node -> {
            ObjectNode payload = ((ObjectNode) node).deepCopy();
            change(payload, recorded);
            return payload;
        }, metaData -> metaData);
    }

    /** The day the event was recorded, in Vietnam: the date revision 1 gave such an act. */
    static String recordedOn(Instant recorded) {
        return LocalDate.ofInstant(recorded, Clocks.VIETNAM).toString();
    }
}
