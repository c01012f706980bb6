package vn.lienhiep.review.engagement.projection;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

import vn.lienhiep.review.engagement.projection.EngagementView.AdoptionCountsEntry;
import vn.lienhiep.review.engagement.projection.EngagementView.RequestingBody;

/** What the public sees of a closed engagement the union decided to publish (REV-13): title, requester, adoption. */
public record PublishedOutcome(String id, String title, String subjectType, RequestingBody requester,
                               @JsonInclude(Include.NON_NULL) List<String> forms, String closedOn, String adoption,
                               AdoptionCountsEntry adoptionCounts) {

    static PublishedOutcome of(EngagementView v) {
        return new PublishedOutcome(v.id(), v.title(), v.subjectType(), v.requester(), v.forms(), v.closedOn(),
                                    v.adoption(), v.adoptionCounts());
    }
}
