package vn.lienhiep.review.engagement.infrastructure;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * InvitationDeclined 1 → 2: the answer's date. Revision 1 dated it the day it was recorded.
 */
@Component
@Order(12)
public class InvitationDeclinedUpcaster extends EngagementEventUpcaster {

    public InvitationDeclinedUpcaster() {
        super("InvitationDeclined", "1", "InvitationDeclined", "2");
    }

    @Override
    void change(ObjectNode payload, Instant recorded) {
        payload.put("declinedOn", recordedOn(recorded));
    }
}
