package vn.lienhiep.review.engagement.domain;

/** A numbered recommendation of a report ({@code R1}, {@code R2}, …: the id follows its position in every version). */
public record Recommendation(String recommendationId, String text) {
}
