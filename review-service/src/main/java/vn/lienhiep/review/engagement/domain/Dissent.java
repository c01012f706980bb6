package vn.lienhiep.review.engagement.domain;

/** A differing opinion recorded in the report when the panel did not agree (docs/domain/review.md#rev-6); expertId optional. */
public record Dissent(String expertId, String text) {
}
