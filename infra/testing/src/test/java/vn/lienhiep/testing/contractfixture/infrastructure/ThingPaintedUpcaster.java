package vn.lienhiep.testing.contractfixture.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/** ThingPainted 1 → 2: {@code day} became {@code effectiveDate}. */
public class ThingPaintedUpcaster extends SingleEventUpcaster {

    static final String TYPE = "vn.lienhiep.testing.contractfixture.domain.ThingEvents$ThingPainted";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().getName().equals(TYPE) && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcast(new SimpleSerializedType(TYPE, "2"), JsonNode.class, node -> {
            ObjectNode payload = (ObjectNode) node;
            payload.set("effectiveDate", payload.remove("day"));
            return payload;
        }, metaData -> metaData);
    }
}
