package vn.lienhiep.review.plan.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import vn.lienhiep.platform.security.Callers;
import vn.lienhiep.platform.web.OutcomeResponses;
import vn.lienhiep.platform.web.ResourceNotFoundException;
import vn.lienhiep.platform.web.Versions;
import vn.lienhiep.review.plan.domain.PlanCommands;
import vn.lienhiep.review.plan.domain.PlanStatus;
import vn.lienhiep.review.common.projection.ReviewHistory;
import vn.lienhiep.review.plan.projection.PlanHistory;
import vn.lienhiep.review.plan.projection.PlanQueries;
import vn.lienhiep.review.plan.projection.PlanView;

/**
 * Annual review plans (kế hoạch TVPB năm): draft, list the activities with their estimates, submit to the People's
 * Committee, record its decision, link engagements, record actual costs. Writes answer with the command's outcome at
 * once; reads come from the read model, which follows within milliseconds (eventual consistency).
 */
@RestController
@RequestMapping(PlanController.PATH)
public class PlanController {

    public static final String PATH = "/api/review/plans";

    private final CommandDispatcher commands;
    private final PlanQueries queries;
    private final PlanHistory history;
    private final PlanActions actions;

    public PlanController(CommandDispatcher commands, PlanQueries queries, PlanHistory history, PlanActions actions) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
        this.actions = actions;
    }

    @PostMapping
    public ResponseEntity<Outcome> draft(@Valid @RequestBody PlanRequests.PlanDraft body) {
        Outcome outcome = commands.send(new PlanCommands.DraftPlan(UUID.randomUUID().toString(), body.year(),
                                                                   body.title()));
        return OutcomeResponses.created(PATH, outcome);
    }

    private static final String SORT_DOC = "Order: year; a leading '-' sorts descending. Default: -year (newest"
            + " first).";

    @GetMapping
    public PageResult<PlanView> list(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
                                     @RequestParam(required = false) PlanStatus status,
                                     @RequestParam(required = false) @Parameter(description = SORT_DOC,
                                             schema = @Schema(allowableValues = {"year", "-year"})) String sort,
                                     @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                     @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.search(year, status == null ? null : status.name(), PlanQueries.SORTS.parse(sort), page, size);
    }

    @GetMapping("/{id}")
    public ResponseEntity<PlanView> get(@PathVariable String id) {
        PlanView view = queries.find(id).orElseThrow(() -> new ResourceNotFoundException("plan", id));
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    /**
     * What the caller may do to the plan now: the acts its state and items allow that the caller's roles may call.
     * The ETag is the version the answer was computed from, for the act's If-Match.
     */
    @GetMapping("/{id}/actions")
    public ResponseEntity<ActionsView> actions(@PathVariable String id) {
        PlanView view = queries.find(id).orElseThrow(() -> new ResourceNotFoundException("plan", id));
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(actions.of(Callers.current(), view));
    }

    /** One item of the plan with its estimate and what it has cost so far; the ETag is the plan's version. */
    @GetMapping("/{id}/items/{itemId}")
    public ResponseEntity<PlanView.Item> item(@PathVariable String id, @PathVariable String itemId) {
        PlanView view = queries.find(id).orElseThrow(() -> new ResourceNotFoundException("plan", id));
        PlanView.Item item = view.items().stream().filter(i -> i.itemId().equals(itemId)).findFirst()
                                 .orElseThrow(() -> new ResourceNotFoundException("plan item", itemId));
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(item);
    }

    /** What changed, when it took effect, when it was recorded, by whom, under which decision; oldest first. */
    @GetMapping("/{id}/history")
    public List<ReviewHistory.Entry> history(@PathVariable String id) {
        List<ReviewHistory.Entry> lines = history.of(id);
        if (lines.isEmpty()) {
            throw new ResourceNotFoundException("plan", id);
        }
        return lines;
    }

    /** Answers 201 with the new item's id (in the body's {@code id} and in Location) and the plan's new version. */
    @PostMapping("/{id}/items")
    public ResponseEntity<Outcome> addItem(@PathVariable String id,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @Valid @RequestBody PlanRequests.PlanItemRequest body) {
        String itemId = "item-" + UUID.randomUUID();
        // The command answers with the item's id (not the plan's): an Idempotency-Key retry replays that answer.
        Outcome outcome = commands.send(new PlanCommands.AddPlanItem(id, itemId, body.title(), body.subjectType(),
                body.forms(), body.estimateVnd(), body.engagementId(), Versions.fromIfMatch(ifMatch)));
        return OutcomeResponses.created(PATH + "/" + id + "/items", outcome);
    }

    @DeleteMapping("/{id}/items/{itemId}")
    public ResponseEntity<Outcome> deleteItem(@PathVariable String id, @PathVariable String itemId,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return removeItem(id, itemId, ifMatch);
    }

    @PostMapping("/{id}/items/{itemId}/removal")
    public ResponseEntity<Outcome> removeItem(@PathVariable String id, @PathVariable String itemId,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return OutcomeResponses.changed(commands.send(new PlanCommands.RemovePlanItem(id, itemId,
                                                                                      Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/items/{itemId}/engagement")
    public ResponseEntity<Outcome> link(@PathVariable String id, @PathVariable String itemId,
                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody PlanRequests.ItemLink body) {
        return OutcomeResponses.changed(commands.send(new PlanCommands.LinkEngagement(id, itemId, body.engagementId(),
                                                                                      Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/submission")
    public ResponseEntity<Outcome> submit(@PathVariable String id,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return OutcomeResponses.changed(commands.send(new PlanCommands.SubmitPlan(id, Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/approval")
    public ResponseEntity<Outcome> approve(@PathVariable String id,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @Valid @RequestBody PlanRequests.PlanApproval body) {
        return OutcomeResponses.changed(commands.send(new PlanCommands.ApprovePlan(id, body.decision().toDecision(),
                                                                                   Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/return")
    public ResponseEntity<Outcome> giveBack(@PathVariable String id,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody PlanRequests.PlanReturn body) {
        return OutcomeResponses.changed(commands.send(new PlanCommands.ReturnPlan(id, body.reason(),
                                                                                  Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/costs")
    public ResponseEntity<Outcome> recordCost(@PathVariable String id,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                              @Valid @RequestBody PlanRequests.PlanCost body) {
        return OutcomeResponses.changed(commands.send(new PlanCommands.RecordPlanCost(id, body.itemId(),
                body.engagementId(), body.amountVnd(), body.description(), body.incurredOn(),
                Versions.fromIfMatch(ifMatch))));
    }
}
