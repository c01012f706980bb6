package vn.lienhiep.review.engagement.domain.response;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.lienhiep.kernel.Policy;
import vn.lienhiep.kernel.Rejection;
import vn.lienhiep.review.engagement.domain.Adoption;
import vn.lienhiep.review.engagement.domain.RecommendationAnswer;

import static vn.lienhiep.review.common.domain.ReviewDates.*;

/**
 * The response's rules (docs/domain/review.md#rev-12): it answers every recommendation of the sent report exactly
 * once, with a real answer, and is dated between the report's sending and today.
 */
public final class ResponsePolicies {

    private ResponsePolicies() {
    }

    /** What the rules of recording the requester's response see. */
    public record Answering(List<RecommendationAnswer> answers, List<String> recommendationIds, LocalDate receivedOn,
                            LocalDate reportSentOn, LocalDate today) {
    }

    static final Policy<Answering> RECEIVED_NOT_IN_FUTURE = a ->
            DATES.notInFuture(a.today(), RESPONSE).check(a.receivedOn());

    static final Policy<Answering> NOT_BEFORE_THE_REPORT = a ->
            DATES.notBefore(a.reportSentOn(), RESPONSE, REPORT_SENT).check(a.receivedOn());

    /** Every recommendation of the sent report answered once, with a real answer. */
    static final Policy<Answering> ANSWERS_EVERY_RECOMMENDATION = a -> {
        for (RecommendationAnswer answer : a.answers()) {
            if (answer.adoption() == Adoption.NO_RESPONSE) {
                return Optional.of(Rejection.of("review.response.invalid-answer",
                                "\"Không có phản hồi\" không phải là ý kiến tiếp thu cho từng kiến nghị.",
                                "\"No response\" is not an answer to a recommendation.")
                        .with("recommendationId", String.valueOf(answer.recommendationId())));
            }
            if (!a.recommendationIds().contains(answer.recommendationId())) {
                return Optional.of(Rejection.of("review.response.unknown-recommendation",
                                "Báo cáo không có kiến nghị " + answer.recommendationId() + ".",
                                "The report has no recommendation " + answer.recommendationId() + ".")
                        .with("recommendationId", String.valueOf(answer.recommendationId())));
            }
        }
        List<String> missing = a.recommendationIds().stream()
                .filter(id -> a.answers().stream().noneMatch(answer -> id.equals(answer.recommendationId()))).toList();
        long distinct = a.answers().stream().map(RecommendationAnswer::recommendationId).distinct().count();
        return missing.isEmpty() && distinct == a.answers().size() ? Policy.allow() : Optional.of(
                Rejection.of("review.response.incomplete",
                             "Ý kiến tiếp thu phải trả lời mỗi kiến nghị đúng một lần.",
                             "The response must answer every recommendation exactly once.")
                         .with("missing", missing));
    };

    /** REV-12, REV-14. */
    public static final Policy<Answering> RESPONDING = Policy.allOf(RECEIVED_NOT_IN_FUTURE, NOT_BEFORE_THE_REPORT,
                                                                    ANSWERS_EVERY_RECOMMENDATION);
}
