package vn.lienhiep.review.engagement.domain;

/** A differing opinion recorded in the report when the panel did not agree (DOMAIN.md §2.4 rule 6); expertId optional. */
public record Dissent(String expertId, String text) {
}
