package vn.lienhiep.review.engagement.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lienhiep.platform.commands.CommandDispatcher;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.platform.readmodel.PageResult;
import vn.lienhiep.platform.security.ActionsView;
import vn.lienhiep.platform.security.Caller;
import vn.lienhiep.platform.security.Callers;
import vn.lienhiep.review.common.web.ExpertSelf;
import vn.lienhiep.platform.web.OutcomeResponses;
import vn.lienhiep.platform.web.ResourceNotFoundException;
import vn.lienhiep.platform.web.Versions;
import vn.lienhiep.review.common.domain.SubjectType;
import vn.lienhiep.review.engagement.domain.EngagementCommands;
import vn.lienhiep.review.engagement.domain.EngagementStatus;
import vn.lienhiep.review.common.projection.ReviewHistory;
import vn.lienhiep.review.engagement.projection.EngagementHistory;
import vn.lienhiep.review.engagement.projection.EngagementQueries;
import vn.lienhiep.review.engagement.projection.EngagementReading;
import vn.lienhiep.review.engagement.projection.EngagementView;

/**
 * Review engagements from the request's arrival to its closing (docs/domain/review.md#engagement-lifecycle). Every write is one command whose
 * outcome answers at once ({@code 201} + Location, or {@code 200} with the new version as ETag); {@code If-Match}
 * guards against a stale screen (409). Reads come from the read model, typed, cut to what the caller may see
 * ({@link ReviewScope} says who the caller is, {@code EngagementView#cutFor} what they see). Acts the union dates on
 * paper take their date in the body (absent: today).
 */
@RestController
@RequestMapping(EngagementController.PATH)
public class EngagementController {

    public static final String PATH = "/api/review/engagements";

    private final CommandDispatcher commands;
    private final EngagementQueries queries;
    private final EngagementActions actions;
    private final EngagementHistory history;

    public EngagementController(CommandDispatcher commands, EngagementQueries queries, EngagementActions actions,
                                EngagementHistory history) {
        this.commands = commands;
        this.queries = queries;
        this.actions = actions;
        this.history = history;
    }

    /** A commissioned or assigned request, registered by the union's staff (or sent by the requester itself). */
    @PostMapping
    public ResponseEntity<Outcome> register(@Valid @RequestBody EngagementRequests.Registration body) {
        Caller caller = Callers.current();
        EngagementRequests.Request request = ReviewScope.asRequester(caller, body.request());
        return OutcomeResponses.created(PATH, commands.send(new EngagementCommands.RegisterRequest(
                newId(), body.origin(), request.details())));
    }

    /** The union proposes a review itself; it proceeds once the competent authority's consent is recorded. */
    @PostMapping("/proposals")
    public ResponseEntity<Outcome> propose(@Valid @RequestBody EngagementRequests.Request body) {
        return OutcomeResponses.created(PATH, commands.send(new EngagementCommands.ProposeReview(newId(), body.details())));
    }

    private static final String SORT_DOC = "Order: receivedAt, title (Vietnamese alphabetical order), reportDue (the"
            + " report's current due date; requests without one first); a leading '-' sorts descending. Default:"
            + " -receivedAt (newest first).";

    @GetMapping
    public PageResult<EngagementReading> search(@RequestParam(required = false) @Size(max = 200) String q,
                                             @RequestParam(required = false) EngagementStatus status,
                                             @RequestParam(required = false) SubjectType subjectType,
                                             @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
                                             @RequestParam(required = false) @Parameter(description = SORT_DOC,
                                                     schema = @Schema(allowableValues = {"receivedAt", "-receivedAt",
                                                             "title", "-title", "reportDue", "-reportDue"}))
                                             String sort,
                                             @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                             @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Sort order = EngagementQueries.SORTS.parse(sort);
        Caller caller = Callers.current();
        return queries.search(q, status, subjectType, year, ReviewScope.requesterFilter(caller), order, page, size)
                      .map(view -> view.cutFor(ReviewScope.audience(caller)));
    }

    @GetMapping("/{id}")
    public ResponseEntity<EngagementReading> get(@PathVariable String id) {
        Caller caller = Callers.current();
        EngagementReading view = queries.find(id).filter(found -> ReviewScope.canSee(caller, found))
                                        .map(found -> found.cutFor(ReviewScope.audience(caller)))
                                        .orElseThrow(() -> new ResourceNotFoundException("engagement", id));
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    /**
     * What the caller may do to the engagement now: the acts its state (and its panel's seats, its drafts) allows that
     * the caller's roles may call; seen by whoever may read it ({@link ReviewScope}). An expert who holds a seat on the
     * panel is answered the acts on their own seat only ({@code panel/{theirExpertId}/…}), and reads nothing else of
     * the engagement. 404 for anyone else. The ETag is the version the answer was computed from, for the act's
     * If-Match.
     */
    @GetMapping("/{id}/actions")
    public ResponseEntity<ActionsView> actions(@PathVariable String id) {
        Caller caller = Callers.current();
        EngagementView view = queries.find(id)
                .filter(found -> ReviewScope.canSee(caller, found) || ReviewScope.holdsSeat(caller, found))
                .orElseThrow(() -> new ResourceNotFoundException("engagement", id));
        ActionsView offered = ReviewScope.canSee(caller, view) ? actions.of(caller, view)
                : actions.ofOwnSeat(caller, view);
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(offered);
    }

    /**
     * What changed, when it took effect, when it was recorded, by whom with which roles, under which decision; newest
     * first, paged. Seen by the union's readers of the engagement, cut as the engagement is (the office without the
     * panel's opinions and drafts); a requesting body reads none (ReviewAccess: its view has no internal timeline).
     */
    @GetMapping("/{id}/history")
    public PageResult<ReviewHistory.Entry> history(@PathVariable String id,
                                                   @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                                   @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        Caller caller = Callers.current();
        queries.find(id).filter(found -> ReviewScope.canSee(caller, found))
               .orElseThrow(() -> new ResourceNotFoundException("engagement", id));
        return history.of(id, ReviewScope.audience(caller), page, size);
    }

    @PostMapping("/{id}/proposal-approval")
    public ResponseEntity<Outcome> approveProposal(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                   @Valid @RequestBody EngagementRequests.Decided body) {
        return changed(new EngagementCommands.RecordProposalApproval(id, body.decision().toDecision(), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/dossier/incomplete")
    public ResponseEntity<Outcome> dossierIncomplete(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                     @Valid @RequestBody EngagementRequests.MissingDocuments body) {
        return changed(new EngagementCommands.MarkDossierIncomplete(id, body.missing(), body.markedOn(),
                                                                    Versions.fromIfMatch(ifMatch)));
    }

    /** The missing documents arrived: from the requesting body itself (its own request) or recorded by staff. */
    @PostMapping("/{id}/dossier/completion")
    public ResponseEntity<Outcome> completeDossier(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                   @Valid @RequestBody EngagementRequests.Documents body) {
        ReviewScope.requireOwnRequest(Callers.current(), id, queries.find(id).orElse(null));
        return changed(new EngagementCommands.CompleteDossier(id, body.documents(), body.completedOn(),
                                                              Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/acceptance")
    public ResponseEntity<Outcome> accept(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody EngagementRequests.Decided body) {
        return changed(new EngagementCommands.AcceptRequest(id, body.decision().toDecision(), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/decline")
    public ResponseEntity<Outcome> decline(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @Valid @RequestBody EngagementRequests.ReasonedDecision body) {
        return changed(new EngagementCommands.DeclineRequest(id, body.reason().strip(), body.decision().toDecision(),
                                                             Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/plan")
    public ResponseEntity<Outcome> plan(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody EngagementRequests.EngagementPlan body) {
        return changed(new EngagementCommands.PlanEngagement(id, body.forms(), body.fundingSource(), body.estimateVnd(),
                                                             body.planYear(), EngagementRequests.blankToNull(body.contractRef()),
                                                             body.reportDueDate(), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/contract")
    public ResponseEntity<Outcome> contract(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody EngagementRequests.Contract body) {
        return changed(new EngagementCommands.RecordContract(id, body.contractRef().strip(), body.signedOn(), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/panel/invitations")
    public ResponseEntity<Outcome> invite(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody EngagementRequests.Invitation body) {
        return changed(new EngagementCommands.InviteExpert(id, body.expertId().strip(), body.role(), body.invitedOn(),
                                                           Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/panel/{expertId}/acceptance")
    public ResponseEntity<Outcome> acceptInvitation(@PathVariable String id, @PathVariable String expertId,
                                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                    @Valid @RequestBody(required = false) EngagementRequests.InvitationAcceptance body) {
        ExpertSelf.require(Callers.current(), expertId);
        return changed(new EngagementCommands.AcceptInvitation(id, expertId, body == null ? null : body.acceptedOn(),
                                                               Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/panel/{expertId}/decline")
    public ResponseEntity<Outcome> declineInvitation(@PathVariable String id, @PathVariable String expertId,
                                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                     @Valid @RequestBody EngagementRequests.InvitationDecline body) {
        ExpertSelf.require(Callers.current(), expertId);
        return changed(new EngagementCommands.DeclineInvitation(id, expertId, body.reason().strip(), body.declinedOn(),
                                                                Versions.fromIfMatch(ifMatch)));
    }

    /** The expert's signed declaration of interests and non-disclosure, recorded from the signed paper. */
    @PostMapping("/{id}/panel/{expertId}/declaration")
    public ResponseEntity<Outcome> declare(@PathVariable String id, @PathVariable String expertId,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @Valid @RequestBody EngagementRequests.Declaration body) {
        ExpertSelf.require(Callers.current(), expertId);
        return changed(new EngagementCommands.RecordConflictDeclaration(id, expertId, body.interests(), body.signedOn(),
                                                                        body.nonDisclosureSigned(), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/panel/{expertId}/removal")
    public ResponseEntity<Outcome> remove(@PathVariable String id, @PathVariable String expertId,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody EngagementRequests.Reasoned body) {
        return changed(new EngagementCommands.RemoveFromPanel(id, expertId, body.reason().strip(), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/panel/confirmation")
    public ResponseEntity<Outcome> confirmPanel(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                @Valid @RequestBody(required = false) EngagementRequests.PanelConfirmation body) {
        return changed(new EngagementCommands.ConfirmPanel(id, body == null ? null : body.formedOn(),
                                                           Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/opinions")
    public ResponseEntity<Outcome> opinion(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @Valid @RequestBody EngagementRequests.Opinion body) {
        return changed(new EngagementCommands.SubmitOpinion(id, body.expertId().strip(), body.text().strip(),
                                                            body.submittedOn(), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/workshops")
    public ResponseEntity<Outcome> workshop(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody EngagementRequests.Workshop body) {
        return changed(new EngagementCommands.RecordWorkshop(id, body.heldOn(), body.attendees(), body.summary().strip(),
                                                             Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/collection-closure")
    public ResponseEntity<Outcome> closeCollection(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return changed(new EngagementCommands.CloseReviewCollection(id, Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/report/drafts")
    public ResponseEntity<Outcome> draft(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @Valid @RequestBody EngagementRequests.ReportDraft body) {
        return changed(body.toCommand(id, Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/report/submission")
    public ResponseEntity<Outcome> submitDraft(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return changed(new EngagementCommands.SubmitDraft(id, Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/report/return")
    public ResponseEntity<Outcome> returnDraft(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                               @Valid @RequestBody EngagementRequests.Reasoned body) {
        return changed(new EngagementCommands.ReturnForRevision(id, body.reason().strip(), Versions.fromIfMatch(ifMatch)));
    }

    /** Leadership approves the latest draft and sends it: from now on the report never changes. */
    @PostMapping("/{id}/report/sending")
    public ResponseEntity<Outcome> send(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody EngagementRequests.Sending body) {
        return changed(new EngagementCommands.ApproveAndSendReport(id, body.decision().toDecision(), body.signedBy().strip(),
                                                                   body.sentOn(), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/response")
    public ResponseEntity<Outcome> response(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody EngagementRequests.Response body) {
        ReviewScope.requireOwnRequest(Callers.current(), id, queries.find(id).orElse(null));
        return changed(new EngagementCommands.RecordResponse(id, body.receivedOn(),
                                                             body.answers().stream().map(EngagementRequests.Answer::toAnswer).toList(),
                                                             EngagementRequests.blankToNull(body.explanation()),
                                                             Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/closure")
    public ResponseEntity<Outcome> close(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @Valid @RequestBody(required = false) EngagementRequests.Closure body) {
        return changed(new EngagementCommands.CloseEngagement(id, body == null ? null : body.closedOn(),
                                                              Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/publication")
    public ResponseEntity<Outcome> publish(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @Valid @RequestBody EngagementRequests.Publication body) {
        return changed(new EngagementCommands.PublishOutcome(id, body.publish(), Versions.fromIfMatch(ifMatch)));
    }

    /** The requester withdraws its own request (object level: {@link ReviewScope#requireOwnRequest}). */
    @PostMapping("/{id}/withdrawal")
    public ResponseEntity<Outcome> withdraw(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody EngagementRequests.Withdrawal body) {
        Caller caller = Callers.current();
        ReviewScope.requireOwnRequest(caller, id, queries.find(id).orElse(null));
        return changed(new EngagementCommands.WithdrawRequest(id, body.reason().strip(), body.withdrawnOn(),
                                                              Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/cancellation")
    public ResponseEntity<Outcome> cancel(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody EngagementRequests.ReasonedDecision body) {
        return changed(new EngagementCommands.CancelEngagement(id, body.reason().strip(), body.decision().toDecision(),
                                                               Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/costs")
    public ResponseEntity<Outcome> cost(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody EngagementRequests.EngagementCost body) {
        return changed(new EngagementCommands.RecordCost(id, body.amountVnd(), body.description().strip(), body.incurredOn(),
                                                         Versions.fromIfMatch(ifMatch)));
    }

    private ResponseEntity<Outcome> changed(EngagementCommands command) {
        return OutcomeResponses.changed(commands.send(command));
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
