package vn.lienhiep.review.engagement.infrastructure;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * ExpertInvited 1 → 2: the invitation's date. Revision 1 dated an invitation the day it was recorded.
 */
@Component
@Order(10)
public class ExpertInvitedUpcaster extends EngagementEventUpcaster {

    public ExpertInvitedUpcaster() {
        super("ExpertInvited", "1", "ExpertInvited", "2");
    }

    @Override
    void change(ObjectNode payload, Instant recorded) {
        payload.put("invitedOn", recordedOn(recorded));
    }
}
