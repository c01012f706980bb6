package vn.lienhiep.platform.eventstore;

import java.util.function.Function;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * The first link of every service's upcaster chain. Events stored before stored events carried revisions have none
 * (null); their shape is revision "1" of their type, the first revision every event class declares with
 * {@code @Revision("1")}. Naming it lets every later upcaster match on an explicit revision instead of "null or 1".
 * The payload is passed on untouched (no conversion: the stored bytes stay bytes).
 * See docs/adr/0012-stored-event-revisions.md.
 */
public class InitialRevisionUpcaster extends SingleEventUpcaster {

    public static final String FIRST_REVISION = "1";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().getRevision() == null;
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcast(new SimpleSerializedType(representation.getType().getName(), FIRST_REVISION),
                                     byte[].class, Function.identity(), Function.identity());
    }
}
