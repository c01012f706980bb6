package vn.lienhiep.membership.organization.web;

import java.util.List;

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

import vn.lienhiep.platform.web.DecisionRequest;
import vn.lienhiep.membership.common.projection.HistoryLine;
import vn.lienhiep.membership.common.projection.HistoryQueries;
import vn.lienhiep.platform.web.OutcomeResponses;
import vn.lienhiep.membership.organization.domain.OrganizationCommands;
import vn.lienhiep.membership.organization.domain.OrganizationKind;
import vn.lienhiep.membership.organization.domain.OrganizationStatus;
import vn.lienhiep.membership.organization.projection.OrganizationQueries;
import vn.lienhiep.membership.organization.projection.OrganizationView;
import vn.lienhiep.platform.commands.CommandDispatcher;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.platform.readmodel.PageResult;
import vn.lienhiep.platform.web.ResourceNotFoundException;
import vn.lienhiep.platform.security.Caller;
import vn.lienhiep.platform.security.ActionsView;
import vn.lienhiep.platform.security.Callers;
import vn.lienhiep.membership.common.web.MembershipScope;
import vn.lienhiep.membership.organization.projection.PublicOrganizationView;
import vn.lienhiep.platform.web.Versions;

/**
 * Member organisations: apply, move through admission by decisions, search. Writes answer with the command's outcome
 * at once; reads come from the read model, which follows within milliseconds (eventual consistency).
 */
@RestController
@RequestMapping(OrganizationController.PATH)
public class OrganizationController {

    public static final String PATH = "/api/membership/organizations";

    private final CommandDispatcher commands;
    private final OrganizationQueries queries;
    private final HistoryQueries history;
    private final OrganizationActions actions;

    public OrganizationController(CommandDispatcher commands, OrganizationQueries queries, HistoryQueries history,
                                  OrganizationActions actions) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
        this.actions = actions;
    }

    @PostMapping
    public ResponseEntity<Outcome> apply(@Valid @RequestBody OrganizationRequests.Application body) {
        Outcome outcome = commands.send(new OrganizationCommands.Apply(newId(), body.profile(), body.appliedOn(),
                                                                       body.dossier()));
        return OutcomeResponses.created(PATH, outcome);
    }

    /** Records an organisation admitted before the platform existed, from its paper decision. */
    @PostMapping("/existing-members")
    public ResponseEntity<Outcome> recordExistingMember(@Valid @RequestBody OrganizationRequests.ExistingMember body) {
        Outcome outcome = commands.send(new OrganizationCommands.RecordExistingMember(newId(), body.profile(),
                                                                                      body.admission().toDecision()));
        return OutcomeResponses.created(PATH, outcome);
    }

    /**
     * The union office sees every organisation in full; everyone else sees the public directory (admitted members,
     * public fields only).
     */
    private static final String SORT_DOC = "Order: name (Vietnamese alphabetical order), admittedOn, status (its code);"
            + " a leading '-' sorts descending. Default: by name, diacritics ignored.";

    @GetMapping
    public PageResult<?> search(@RequestParam(required = false) @Size(max = 200) String q,
                                @RequestParam(required = false) OrganizationKind kind,
                                @RequestParam(required = false) OrganizationStatus status,
                                @RequestParam(required = false) @Parameter(description = SORT_DOC, schema = @Schema(
                                        allowableValues = {"name", "-name", "admittedOn", "-admittedOn", "status",
                                                           "-status"})) String sort,
                                @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Sort order = OrganizationQueries.SORTS.parse(sort);
        String kindName = kind == null ? null : kind.name();
        Caller caller = Callers.current();
        if (MembershipScope.seesEverything(caller)) {
            return queries.search(q, kindName, status == null ? null : status.name(), order, page, size);
        }
        List<String> statuses = MembershipScope.DIRECTORY_STATUSES.stream()
                .filter(s -> status == null || s.equals(status.name())).sorted().toList();
        return queries.search(q, kindName, statuses, order, page, size).map(PublicOrganizationView::of);
    }

    /** In full for the union office and for an organisation's own officer; the directory entry for everyone else. */
    @GetMapping("/{id}")
    public ResponseEntity<?> get(@PathVariable String id) {
        Caller caller = Callers.current();
        OrganizationView view = queries.find(id)
                .filter(found -> MembershipScope.canSee(caller, found.id(), found.status()))
                .orElseThrow(() -> new ResourceNotFoundException("organization", id));
        boolean full = MembershipScope.seesEverything(caller)
                || (MembershipScope.isScoped(caller) && id.equals(caller.organizationId()));
        return ResponseEntity.ok().eTag(Versions.etag(view.version()))
                             .body(full ? view : PublicOrganizationView.of(view));
    }

    /**
     * What the caller may do to the organisation now: the acts its status allows that the caller's roles may call
     * (an officer: their own organisation only, like everything under {@code /{id}}; others: what they may read).
     * The ETag is the version the answer was computed from, for the act's If-Match.
     */
    @GetMapping("/{id}/actions")
    public ResponseEntity<ActionsView> actions(@PathVariable String id) {
        Caller caller = Callers.current();
        OrganizationView view = queries.find(id)
                .filter(found -> MembershipScope.canSee(caller, found.id(), found.status()))
                .orElseThrow(() -> new ResourceNotFoundException("organization", id));
        return ResponseEntity.ok().eTag(Versions.etag(view.version()))
                             .body(actions.of(caller, id, OrganizationStatus.valueOf(view.status())));
    }

    /** What changed, when it took effect, when it was recorded, by whom, under which decision. */
    @GetMapping("/{id}/history")
    public PageResult<HistoryQueries.HistoryEntryView> history(@PathVariable String id,
                                                               @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                                               @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        if (queries.find(id).isEmpty()) {
            throw new ResourceNotFoundException("organization", id);
        }
        return history.of(HistoryLine.organization(id), page, size);
    }

    @PostMapping("/{id}/supplement-requests")
    public ResponseEntity<Outcome> requestSupplement(@PathVariable String id,
                                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                     @Valid @RequestBody OrganizationRequests.SupplementRequest body) {
        return OutcomeResponses.changed(commands.send(new OrganizationCommands.RequestSupplement(
                id, body.reason(), body.on(), Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/resubmissions")
    public ResponseEntity<Outcome> resubmit(@PathVariable String id,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody OrganizationRequests.Resubmission body) {
        return OutcomeResponses.changed(commands.send(new OrganizationCommands.Resubmit(
                id, body.addedDocuments(), body.on(), Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/verification")
    public ResponseEntity<Outcome> verify(@PathVariable String id,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody OrganizationRequests.StaffAct body) {
        return OutcomeResponses.changed(commands.send(new OrganizationCommands.Verify(
                id, body.note(), body.on(), Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/recommendation")
    public ResponseEntity<Outcome> recommend(@PathVariable String id,
                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                             @Valid @RequestBody OrganizationRequests.Decision body) {
        return OutcomeResponses.changed(commands.send(new OrganizationCommands.Recommend(
                id, body.decision().toDecision(), Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/admission")
    public ResponseEntity<Outcome> admit(@PathVariable String id,
                                         @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @Valid @RequestBody OrganizationRequests.Decision body) {
        return OutcomeResponses.changed(commands.send(new OrganizationCommands.Admit(
                id, body.decision().toDecision(), Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/rejection")
    public ResponseEntity<Outcome> reject(@PathVariable String id,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody OrganizationRequests.ReasonedDecision body) {
        return OutcomeResponses.changed(commands.send(new OrganizationCommands.Reject(
                id, body.decision().toDecision(), body.reason(), Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/suspension")
    public ResponseEntity<Outcome> suspend(@PathVariable String id,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @Valid @RequestBody OrganizationRequests.ReasonedDecision body) {
        return OutcomeResponses.changed(commands.send(new OrganizationCommands.Suspend(
                id, body.decision().toDecision(), body.reason(), Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/reinstatement")
    public ResponseEntity<Outcome> reinstate(@PathVariable String id,
                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                             @Valid @RequestBody OrganizationRequests.Decision body) {
        return OutcomeResponses.changed(commands.send(new OrganizationCommands.Reinstate(
                id, body.decision().toDecision(), body.reason(), Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/withdrawal")
    public ResponseEntity<Outcome> withdraw(@PathVariable String id,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody OrganizationRequests.ReasonedDecision body) {
        return OutcomeResponses.changed(commands.send(new OrganizationCommands.Withdraw(
                id, body.decision().toDecision(), body.reason(), Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/expulsion")
    public ResponseEntity<Outcome> expel(@PathVariable String id,
                                         @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @Valid @RequestBody OrganizationRequests.ReasonedDecision body) {
        return OutcomeResponses.changed(commands.send(new OrganizationCommands.Expel(
                id, body.decision().toDecision(), body.reason(), Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/dissolution")
    public ResponseEntity<Outcome> dissolve(@PathVariable String id,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody OrganizationRequests.ReasonedDecision body) {
        return OutcomeResponses.changed(commands.send(new OrganizationCommands.Dissolve(
                id, body.decision().toDecision(), body.reason(), Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/name")
    public ResponseEntity<Outcome> rename(@PathVariable String id,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody OrganizationRequests.Rename body) {
        return OutcomeResponses.changed(commands.send(new OrganizationCommands.Rename(
                id, body.name(), body.shortName(), body.effectiveDate(), DecisionRequest.toDecision(body.decision()),
                Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/field")
    public ResponseEntity<Outcome> changeField(@PathVariable String id,
                                               @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                               @Valid @RequestBody OrganizationRequests.Field body) {
        return OutcomeResponses.changed(commands.send(new OrganizationCommands.ChangeField(
                id, body.field(), Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/flags")
    public ResponseEntity<Outcome> setFlags(@PathVariable String id,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody OrganizationRequests.Flags body) {
        return OutcomeResponses.changed(commands.send(new OrganizationCommands.SetFlags(
                id, body.foundingMember(), body.specialStatus(), body.stateStaffed(), Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/member-counts")
    public ResponseEntity<Outcome> reportMemberCounts(@PathVariable String id,
                                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                      @Valid @RequestBody OrganizationRequests.MemberCounts body) {
        return OutcomeResponses.changed(commands.send(new OrganizationCommands.ReportMemberCounts(
                id, body.asOf(), body.members(), body.intellectualMembers(), Versions.fromIfMatch(ifMatch))));
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
