package vn.lienhiep.review.engagement.domain.response;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventsourcing.EventSourcingHandler;

import vn.lienhiep.kernel.Inputs;
import vn.lienhiep.review.engagement.domain.Adoption;
import vn.lienhiep.review.engagement.domain.AdoptionCounts;
import vn.lienhiep.review.engagement.domain.EngagementCommands.RecordResponse;
import vn.lienhiep.review.engagement.domain.EngagementEvents.ReviewReportSent;
import vn.lienhiep.review.engagement.domain.EngagementEvents.ReviewResponseRecorded;
import vn.lienhiep.review.engagement.domain.Recommendation;
import vn.lienhiep.review.engagement.domain.RecommendationAnswer;
import vn.lienhiep.review.engagement.domain.response.ResponsePolicies.Answering;

import static vn.lienhiep.review.engagement.domain.response.ResponsePolicies.RESPONDING;

/**
 * The requester's response to the sent report (tiếp thu, giải trình): an answer per recommendation and the
 * engagement's adoption derived from them. A member of the {@code ReviewEngagement} aggregate: the root checks the
 * lifecycle and cancels the response timer; the response decides with {@link ResponsePolicies}.
 */
public class Response {

    private ReviewResponseRecorded recorded;

    /** REV-12: receivedOn null: today; the overall adoption follows from the answers. */
    public ReviewResponseRecorded record(String engagementId, RecordResponse command, ReviewReportSent report,
                                         LocalDate today) {
        LocalDate receivedOn = command.receivedOn() != null ? command.receivedOn() : today;
        List<RecommendationAnswer> given = command.answers() == null ? List.of() : command.answers();
        List<RecommendationAnswer> answers = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            RecommendationAnswer a = Inputs.required(given.get(i), "answers[" + i + "]");
            answers.add(new RecommendationAnswer(a.recommendationId(),
                                                 Inputs.required(a.adoption(), "answers[" + i + "].adoption"),
                                                 Inputs.optionalText(a.explanation())));
        }
        RESPONDING.enforce(new Answering(answers, report.recommendations().stream()
                                                        .map(Recommendation::recommendationId).toList(),
                                         receivedOn, report.sentOn(), today));
        Adoption adoption = AdoptionCounts.of(answers.stream().map(RecommendationAnswer::adoption).toList()).overall();
        return new ReviewResponseRecorded(engagementId, receivedOn, List.copyOf(answers), adoption,
                                          Inputs.optionalText(command.explanation()));
    }

    /** The day the response arrived; null before. */
    public LocalDate receivedOn() {
        return recorded == null ? null : recorded.receivedOn();
    }

    public Adoption adoption() {
        return recorded.adoption();
    }

    /** How many recommendations ended in each adoption. */
    public AdoptionCounts counts() {
        return AdoptionCounts.of(recorded.answers().stream().map(RecommendationAnswer::adoption).toList());
    }

    @EventSourcingHandler
    void on(ReviewResponseRecorded event) {
        recorded = event;
    }
}
