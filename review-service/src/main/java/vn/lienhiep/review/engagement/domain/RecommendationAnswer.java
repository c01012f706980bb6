package vn.lienhiep.review.engagement.domain;

/** The requester's answer to one recommendation (tiếp thu, giải trình); NO_RESPONSE is not an answer. */
public record RecommendationAnswer(String recommendationId, Adoption adoption, String explanation) {
}
