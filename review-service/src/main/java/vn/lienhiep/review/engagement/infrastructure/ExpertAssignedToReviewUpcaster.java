package vn.lienhiep.review.engagement.infrastructure;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * ExpertAssignedToReview 1 → InvitationAccepted 1. The acceptance was published at once as expert-assigned
 * (before the confirmation's rules had run); it becomes the private acceptance it is, marked with what was announced,
 * so that a topic rebuilt from the store repeats that announcement with the same id and payload and the panel's
 * confirmation does not announce the expert again.
 */
@Component
@Order(11)
public class ExpertAssignedToReviewUpcaster extends EngagementEventUpcaster {

    public ExpertAssignedToReviewUpcaster() {
        super("ExpertAssignedToReview", "1", "InvitationAccepted", "1");
    }

    @Override
    void change(ObjectNode payload, Instant recorded) {
        ObjectNode announced = payload.objectNode();
        announced.set("expertId", payload.get("expertId"));
        announced.set("role", payload.get("role"));
        announced.set("displayName", payload.get("displayName"));
        announced.set("subjectType", payload.get("subjectType"));
        payload.set("acceptedOn", payload.get("assignedOn"));
        payload.remove(java.util.List.of("displayName", "subjectType", "assignedOn"));
        payload.set("announced", announced);
    }
}
