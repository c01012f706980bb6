package vn.lienhiep.review.engagement.infrastructure;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * ReviewPanelFormed 1 → 2: the seats the confirmation announces. Under revision 1 every seat had been announced on
 * acceptance, so an old formation announces none.
 */
@Component
@Order(14)
public class ReviewPanelFormedUpcaster extends EngagementEventUpcaster {

    public ReviewPanelFormedUpcaster() {
        super("ReviewPanelFormed", "1", "ReviewPanelFormed", "2");
    }

    @Override
    void change(ObjectNode payload, Instant recorded) {
        payload.putArray("assignments");
    }
}
