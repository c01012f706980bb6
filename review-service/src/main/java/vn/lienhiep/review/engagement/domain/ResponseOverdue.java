package vn.lienhiep.review.engagement.domain;

import java.time.LocalDate;

/** Payload of the "response-overdue" deadline: the requester's answer was due on {@code responseDue}. */
public record ResponseOverdue(String engagementId, LocalDate responseDue) {

    public static final String DEADLINE = "response-overdue";
}
