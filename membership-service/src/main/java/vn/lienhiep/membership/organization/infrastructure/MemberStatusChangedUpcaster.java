package vn.lienhiep.membership.organization.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * {@code MemberStatusChanged} revision 1 → the event of its act. Until this release one generic event recorded the
 * union's decisions on members, with the act in its {@code transition} field; now each act is its own event (ADR 0012,
 * docs/shape.md). Stores in use hold the generic one, so it is read as {@code OrganizationSuspended},
 * {@code OrganizationReinstated}, {@code OrganizationWithdrawn}, {@code OrganizationExpelled} or
 * {@code OrganizationDissolved} (revision 1), keeping the decision and the reason, and — for the two acts that may
 * start from more than one status — the status it started from ({@code from} → {@code previousStatus}). The stored
 * bytes are not rewritten: the event keeps its identifier, so aggregates, projections and the public events derived
 * from it (whose CloudEvents id is the event's id) come out as before.
 */
@Component
public class MemberStatusChangedUpcaster extends SingleEventUpcaster {

    static final String EVENTS = "vn.lienhiep.membership.organization.domain.OrganizationEvents$";
    static final String TYPE = EVENTS + "MemberStatusChanged";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPE.equals(representation.getType().getName()) && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        JsonNode stored = representation.getData(JsonNode.class).getData();
        String transition = stored.path("transition").asText();
        String type = switch (transition) {
            case "SUSPEND" -> "OrganizationSuspended";
            case "REINSTATE" -> "OrganizationReinstated";
            case "WITHDRAW" -> "OrganizationWithdrawn";
            case "EXPEL" -> "OrganizationExpelled";
            case "DISSOLVE" -> "OrganizationDissolved";
            // Recommendation, admission and rejection always had events of their own; anything else is no act.
            default -> throw new IllegalStateException("MemberStatusChanged " + representation.getMessageIdentifier()
                                                       + " names no act on a member: " + transition);
        };
        boolean keepsPreviousStatus = type.equals("OrganizationExpelled") || type.equals("OrganizationDissolved");
        return representation.upcast(new SimpleSerializedType(EVENTS + type, "1"), JsonNode.class, node -> {
            ObjectNode act = JsonNodeFactory.instance.objectNode();
            act.set("organizationId", node.get("organizationId"));
            if (keepsPreviousStatus) {
                act.set("previousStatus", node.get("from"));
            }
            act.set("decision", node.get("decision"));
            act.set("reason", node.get("reason"));
            return act;
        }, metaData -> metaData);
    }
}
