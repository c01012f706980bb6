package vn.lienhiep.review.engagement.domain.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventsourcing.EventSourcingHandler;

import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.kernel.Inputs;
import vn.lienhiep.review.engagement.domain.Dissent;
import vn.lienhiep.review.engagement.domain.EngagementCommands;
import vn.lienhiep.review.engagement.domain.EngagementCommands.ApproveAndSendReport;
import vn.lienhiep.review.engagement.domain.EngagementCommands.DraftReport;
import vn.lienhiep.review.engagement.domain.EngagementCommands.ReturnForRevision;
import vn.lienhiep.review.engagement.domain.EngagementEvents.DraftReturned;
import vn.lienhiep.review.engagement.domain.EngagementEvents.DraftSubmitted;
import vn.lienhiep.review.engagement.domain.EngagementEvents.ReportDrafted;
import vn.lienhiep.review.engagement.domain.EngagementEvents.ReviewReportSent;
import vn.lienhiep.review.engagement.domain.Recommendation;
import vn.lienhiep.review.engagement.domain.report.ReportPolicies.Signing;
import vn.lienhiep.review.engagement.domain.report.ReportPolicies.Submission;

import static vn.lienhiep.review.engagement.domain.report.ReportPolicies.*;

/**
 * The engagement's report (báo cáo TVPB&GĐXH): versioned drafts with numbered recommendations, then the one signed
 * and sent, which never changes. A member of the {@code ReviewEngagement} aggregate like the panel: the root checks
 * the lifecycle and the response timer, the report decides with {@link ReportPolicies} and changes only in its
 * event-sourcing handlers.
 */
public class Report {

    private ReportDrafted latestDraft;
    private ReviewReportSent sent;

    /** What the leadership signs: the decision, the signatory and the day it went out. */
    public record Signed(DecisionRef decision, String signedBy, LocalDate sentOn) {
    }

    // --- decisions -----------------------------------------------------------------------------------------------

    /** REV-6: a summary and at least one recommendation, numbered R1, R2 … by position in every version. */
    public ReportDrafted draft(String engagementId, DraftReport command) {
        String summary = Inputs.text(command.summary(), "summary");
        List<EngagementCommands.RecommendationText> texts = Inputs.nonEmpty(command.recommendations(),
                                                                             "recommendations");
        List<Recommendation> recommendations = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            EngagementCommands.RecommendationText r = texts.get(i);
            recommendations.add(new Recommendation("R" + (i + 1),
                                                   Inputs.text(r == null ? null : r.text(), "recommendations[" + i + "]")));
        }
        List<Dissent> dissents = new ArrayList<>();
        List<Dissent> given = command.dissentingOpinions() == null ? List.of() : command.dissentingOpinions();
        for (int i = 0; i < given.size(); i++) {
            Dissent d = given.get(i);
            if (d == null) {
                throw InvalidInput.missing("dissentingOpinions[" + i + "]");
            }
            dissents.add(new Dissent(Inputs.optionalText(d.expertId()),
                                     Inputs.text(d.text(), "dissentingOpinions[" + i + "].text")));
        }
        return new ReportDrafted(engagementId, latestVersion() + 1, summary, Inputs.optionalText(command.findings()),
                                 List.copyOf(recommendations), List.copyOf(dissents));
    }

    public DraftSubmitted submit(String engagementId) {
        SUBMITTING.enforce(new Submission(latestVersion()));
        return new DraftSubmitted(engagementId, latestDraft.version());
    }

    public DraftReturned returnForRevision(String engagementId, ReturnForRevision command) {
        return new DraftReturned(engagementId, latestDraft.version(), Inputs.text(command.reason(), "reason"));
    }

    /** REV-3: what the leadership signs, checked before the response timer is set. sentOn null: today. */
    public Signed signing(ApproveAndSendReport command, LocalDate today) {
        DecisionRef decision = Inputs.required(command.decision(), "decision");
        String signedBy = Inputs.text(command.signedBy(), "signedBy");
        LocalDate sentOn = command.sentOn() != null ? command.sentOn() : today;
        SENDING.enforce(new Signing(decision, sentOn, today));
        return new Signed(decision, signedBy, sentOn);
    }

    /** The latest draft as signed and sent, in full. */
    public ReviewReportSent send(String engagementId, Signed signed, LocalDate responseDue, String deadlineId) {
        ReportDrafted draft = latestDraft;
        return new ReviewReportSent(engagementId, draft.version(), draft.summary(), draft.findings(),
                                    draft.recommendations(), draft.dissentingOpinions(), signed.decision(),
                                    signed.signedBy(), signed.sentOn(), responseDue, deadlineId);
    }

    // --- what the rest of the engagement reads -------------------------------------------------------------------

    /** The report as sent; null before. */
    public ReviewReportSent sent() {
        return sent;
    }

    private int latestVersion() {
        return latestDraft == null ? 0 : latestDraft.version();
    }

    // --- state ---------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(ReportDrafted event) {
        latestDraft = event;
    }

    @EventSourcingHandler
    void on(ReviewReportSent event) {
        sent = event;
    }
}
