package vn.lienhiep.review.engagement.infrastructure;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * ReviewProposalApproved 1 → 2: the request as it arrives, which revision 2 announces as received. Revision 1
 * approvals were never announced: they carry none (null), and a topic rebuilt from an old store stays as published.
 */
@Component
@Order(15)
public class ReviewProposalApprovedUpcaster extends EngagementEventUpcaster {

    public ReviewProposalApprovedUpcaster() {
        super("ReviewProposalApproved", "1", "ReviewProposalApproved", "2");
    }

    @Override
    void change(ObjectNode payload, Instant recorded) {
        payload.putNull("request");
    }
}
