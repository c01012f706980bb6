package vn.lienhiep.review.engagement.domain;

/** A confirmed member of a review panel and their role. */
public record PanelSeat(String expertId, PanelRole role) {
}
