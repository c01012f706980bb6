package vn.lienhiep.review.engagement.projection;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

import vn.lienhiep.review.engagement.projection.EngagementView.AdoptionCountsEntry;
import vn.lienhiep.review.engagement.projection.EngagementView.DecisionEntry;
import vn.lienhiep.review.engagement.projection.EngagementView.DeclineEntry;
import vn.lienhiep.review.engagement.projection.EngagementView.DueDatesEntry;
import vn.lienhiep.review.engagement.projection.EngagementView.RequestingBody;
import vn.lienhiep.review.engagement.projection.EngagementView.ResponseEntry;
import vn.lienhiep.review.engagement.projection.EngagementView.SentReportEntry;
import vn.lienhiep.review.engagement.projection.EngagementView.WorkshopEntry;

/**
 * What a requesting body sees of its own request (REV-3, REV-8): the request, where it stands and when, the decisions
 * about it, the forms and workshops, the sent report and its response. Never the panel, its opinions, the drafts,
 * the plan's money or the internal timeline.
 */
public record RequesterEngagementView(String id, long version, String status, String statusSince, String origin,
                                      String title, String subjectType, String issuingLevel, String sector,
                                      RequestingBody requester, String draftingBody, List<String> reviewTypes,
                                      String receivedAt, Integer year, String requestedDeadline, List<String> dossier,
                                      @JsonInclude(Include.NON_NULL) List<String> missingDocuments,
                                      boolean confidential, String coOrganiser, String leadOrg,
                                      @JsonInclude(Include.NON_NULL) DueDatesEntry due,
                                      @JsonInclude(Include.NON_NULL) DecisionEntry acceptance,
                                      @JsonInclude(Include.NON_NULL) DeclineEntry decline,
                                      @JsonInclude(Include.NON_NULL) List<String> forms,
                                      @JsonInclude(Include.NON_NULL) List<WorkshopEntry> workshops,
                                      @JsonInclude(Include.NON_NULL) SentReportEntry sentReport,
                                      @JsonInclude(Include.NON_NULL) ResponseEntry response,
                                      @JsonInclude(Include.NON_NULL) String adoption,
                                      @JsonInclude(Include.NON_NULL) AdoptionCountsEntry adoptionCounts,
                                      @JsonInclude(Include.NON_NULL) String closedOn,
                                      boolean published, String createdAt, String updatedAt)
        implements EngagementReading {

    static RequesterEngagementView of(EngagementView v) {
        return new RequesterEngagementView(v.id(), v.version(), v.status(), v.statusSince(), v.origin(), v.title(),
                v.subjectType(), v.issuingLevel(), v.sector(), v.requester(), v.draftingBody(), v.reviewTypes(),
                v.receivedAt(), v.year(), v.requestedDeadline(), v.dossier(), v.missingDocuments(), v.confidential(),
                v.coOrganiser(), v.leadOrg(), v.due(), v.acceptance(), v.decline(), v.forms(), v.workshops(),
                v.sentReport(), v.response(), v.adoption(), v.adoptionCounts(), v.closedOn(), v.published(),
                v.createdAt(), v.updatedAt());
    }
}
