package vn.lienhiep.review.engagement.infrastructure;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * OpinionSubmitted 1 → 2: the opinion's date. Revision 1 dated it the day it was recorded.
 */
@Component
@Order(13)
public class OpinionSubmittedUpcaster extends EngagementEventUpcaster {

    public OpinionSubmittedUpcaster() {
        super("OpinionSubmitted", "1", "OpinionSubmitted", "2");
    }

    @Override
    void change(ObjectNode payload, Instant recorded) {
        payload.put("submittedOn", recordedOn(recorded));
    }
}
