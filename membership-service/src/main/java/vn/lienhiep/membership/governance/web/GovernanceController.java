package vn.lienhiep.membership.governance.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.lienhiep.platform.web.OutcomeResponses;
import vn.lienhiep.membership.governance.domain.GovernanceCommands.*;
import vn.lienhiep.membership.governance.projection.GovernanceQueries;
import vn.lienhiep.membership.governance.projection.GovernanceQueries.GovernanceOverview;
import vn.lienhiep.membership.governance.projection.GovernanceQueries.OfficeHoldingView;
import vn.lienhiep.membership.common.projection.HistoryLine;
import vn.lienhiep.membership.common.projection.HistoryQueries;
import vn.lienhiep.platform.commands.CommandDispatcher;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.platform.readmodel.PageResult;
import vn.lienhiep.platform.web.ResourceNotFoundException;
import vn.lienhiep.platform.web.Versions;

/**
 * The union's terms, congresses, governing bodies and office holders. One deployment serves one union, so the union
 * is implicit ({@code "union-" + province code}). Every write answers with the union governance's new version (ETag);
 * send it back as If-Match to detect concurrent changes.
 */
@RestController
@RequestMapping(GovernanceController.PATH)
public class GovernanceController {

    public static final String PATH = "/api/membership/governance";

    private final CommandDispatcher commands;
    private final GovernanceQueries queries;
    private final HistoryQueries history;
    private final String unionId;

    public GovernanceController(CommandDispatcher commands, GovernanceQueries queries, HistoryQueries history,
                                @Value("${lienhiep.province.code:14}") String provinceCode) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
        this.unionId = "union-" + provinceCode;
    }

    @GetMapping
    public ResponseEntity<GovernanceOverview> overview() {
        GovernanceOverview overview = queries.overview(unionId);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        return (overview.version() >= 0 ? ok.eTag(Versions.etag(overview.version())) : ok).body(overview);
    }

    @PostMapping("/terms")
    public ResponseEntity<Outcome> planTerm(@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody GovernanceRequests.Term body) {
        Outcome outcome = commands.send(new PlanTerm(unionId, body.ordinal(), body.displayLabel(), body.startYear(),
                                                     body.endYear(), Versions.fromIfMatch(ifMatch)));
        return created("/terms/" + body.ordinal(), outcome);
    }

    @GetMapping("/terms/{ordinal}")
    public Document term(@PathVariable int ordinal) {
        return queries.term(unionId, ordinal).orElseThrow(() -> new ResourceNotFoundException("term", "" + ordinal));
    }

    @PostMapping("/congresses")
    public ResponseEntity<Outcome> planCongress(@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                @Valid @RequestBody GovernanceRequests.Congress body) {
        Outcome outcome = commands.send(new PlanCongress(unionId, body.ordinal(), body.displayLabel(), body.kind(),
                body.plannedQuarter(), body.opensTermOrdinal(), Versions.fromIfMatch(ifMatch)));
        return created("/congresses/" + body.ordinal(), outcome);
    }

    @GetMapping("/congresses/{ordinal}")
    public Document congress(@PathVariable int ordinal) {
        return queries.congress(unionId, ordinal)
                      .orElseThrow(() -> new ResourceNotFoundException("congress", "" + ordinal));
    }

    @PostMapping("/congresses/{ordinal}/organising-committee")
    public ResponseEntity<Outcome> organisingCommittee(@PathVariable int ordinal,
                                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                       @Valid @RequestBody GovernanceRequests.Decision body) {
        return send(new FormOrganisingCommittee(unionId, ordinal, body.decision().toDecision(), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/congresses/{ordinal}/documents-approval")
    public ResponseEntity<Outcome> documentsApproval(@PathVariable int ordinal,
                                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                     @Valid @RequestBody GovernanceRequests.DocumentsApproval body) {
        return send(new ApproveDocuments(unionId, ordinal, body.documents(), body.decision().toDecision(),
                                         Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/congresses/{ordinal}/party-approval")
    public ResponseEntity<Outcome> partyApproval(@PathVariable int ordinal,
                                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                 @Valid @RequestBody GovernanceRequests.Decision body) {
        return send(new RecordPartyApproval(unionId, ordinal, body.decision().toDecision(), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/congresses/{ordinal}/convening")
    public ResponseEntity<Outcome> convene(@PathVariable int ordinal,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @Valid @RequestBody GovernanceRequests.Convening body) {
        return send(new Convene(unionId, ordinal, body.on(), body.delegatesConvened(), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/congresses/{ordinal}/quorum")
    public ResponseEntity<Outcome> quorum(@PathVariable int ordinal,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody GovernanceRequests.Quorum body) {
        return send(new CheckQuorum(unionId, ordinal, body.on(), body.delegatesPresent(), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/congresses/{ordinal}/elections")
    public ResponseEntity<Outcome> election(@PathVariable int ordinal,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody GovernanceRequests.Election body) {
        return send(new RecordElection(unionId, ordinal, body.body(), body.toSeats(), body.decision().toDecision(),
                                       Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/congresses/{ordinal}/closing")
    public ResponseEntity<Outcome> close(@PathVariable int ordinal,
                                         @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @Valid @RequestBody GovernanceRequests.Closing body) {
        return send(new CloseCongress(unionId, ordinal, body.closedOn(), Versions.fromIfMatch(ifMatch)));
    }

    /** Appointment between congresses (bầu bổ sung, BCH decision). */
    @PostMapping("/office-holdings")
    public ResponseEntity<Outcome> appoint(@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @Valid @RequestBody GovernanceRequests.Appointment body) {
        return send(new AppointOfficeHolder(unionId, body.body(), body.toSeat(), body.decision().toDecision(),
                                            Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/office-holdings/{holdingId}/end")
    public ResponseEntity<Outcome> end(@PathVariable String holdingId,
                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @Valid @RequestBody GovernanceRequests.Ending body) {
        return send(new EndOfficeHolding(unionId, holdingId, body.until(), body.reason(),
                                         DecisionRequest.toDecision(body.decision()), Versions.fromIfMatch(ifMatch)));
    }

    /** Who held which position on a date (default: now). */
    @GetMapping("/office-holders")
    public List<OfficeHoldingView> officeHolders(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return queries.holdersAsOf(unionId, asOf);
    }

    @GetMapping("/history")
    public PageResult<HistoryQueries.HistoryEntryView> history(
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return history.of(HistoryLine.union(unionId), page, size);
    }

    private ResponseEntity<Outcome> send(Object command) {
        return OutcomeResponses.changed(commands.send(command));
    }

    private static ResponseEntity<Outcome> created(String path, Outcome outcome) {
        return ResponseEntity.created(URI.create(PATH + path)).eTag(Versions.etag(outcome.version())).body(outcome);
    }
}
