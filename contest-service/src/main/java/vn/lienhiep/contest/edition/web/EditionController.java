package vn.lienhiep.contest.edition.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
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

import vn.lienhiep.contest.common.domain.ContestType;
import vn.lienhiep.contest.common.domain.EditionStatus;
import vn.lienhiep.contest.edition.domain.EditionCommands.*;
import vn.lienhiep.contest.edition.projection.EditionQueries;
import vn.lienhiep.contest.edition.projection.EditionView;
import vn.lienhiep.contest.edition.web.EditionRequests.*;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.platform.commands.CommandDispatcher;
import vn.lienhiep.platform.readmodel.PageResult;
import vn.lienhiep.platform.web.OutcomeResponses;
import vn.lienhiep.platform.web.ResourceNotFoundException;
import vn.lienhiep.platform.web.Versions;

/**
 * Contest editions: the draft and its terms, the committee's decisions (rules, amendments, extension, jury, results,
 * revocation, cancellation), the secretariat's steps (closing, screening, ceremony, nominations, national results,
 * archive) and the jury chair's (shortlist, proposal). Writes answer with the command's outcome at once; reads come
 * from the read model, which follows within milliseconds.
 */
@RestController
@RequestMapping(EditionController.PATH)
public class EditionController {

    public static final String PATH = "/api/contest/editions";

    private static final String SORT_DOC = "Order: awardYear or ordinal; a leading '-' sorts descending. Default:"
            + " newest award year first.";

    private final CommandDispatcher commands;
    private final EditionQueries queries;

    public EditionController(CommandDispatcher commands, EditionQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    public ResponseEntity<Outcome> draft(@Valid @RequestBody EditionDraft body) {
        Outcome outcome = commands.send(new DraftEdition(UUID.randomUUID().toString(), body.type(), body.ordinal(),
                body.label(), body.cycleLabel(), body.awardYear(), body.nationalEdition(),
                body.terms().toTerms(body.type())));
        return OutcomeResponses.created(PATH, outcome);
    }

    @GetMapping
    public PageResult<EditionView> list(@RequestParam(required = false) ContestType type,
                                        @RequestParam(required = false) EditionStatus status,
                                        @RequestParam(required = false) @Parameter(description = SORT_DOC,
                                                schema = @Schema(allowableValues = {"awardYear", "-awardYear",
                                                        "ordinal", "-ordinal"})) String sort,
                                        @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                        @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.search(type == null ? null : type.name(), status == null ? null : status.name(),
                              EditionQueries.SORTS.parse(sort), page, size);
    }

    @GetMapping("/{id}")
    public ResponseEntity<EditionView> get(@PathVariable String id) {
        EditionView view = queries.find(id).orElseThrow(() -> new ResourceNotFoundException("edition", id));
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    @PostMapping("/{id}/terms")
    public ResponseEntity<Outcome> revise(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody EditionTermsRequest body) {
        EditionView view = queries.find(id).orElseThrow(() -> new ResourceNotFoundException("edition", id));
        return changed(new ReviseTerms(id, body.toTerms(ContestType.valueOf(view.type())), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/rules")
    public ResponseEntity<Outcome> issue(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody RulesIssue body) {
        return changed(new IssueRules(id, body.decision().toDecision(), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/launch")
    public ResponseEntity<Outcome> launch(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody Launching body) {
        return changed(new Launch(id, body.launchedOn(), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/amendments")
    public ResponseEntity<Outcome> amend(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody Amendment body) {
        EditionView view = queries.find(id).orElseThrow(() -> new ResourceNotFoundException("edition", id));
        return changed(new AmendRules(id, body.decision().toDecision(),
                                      body.terms().toTerms(ContestType.valueOf(view.type())),
                                      Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/extension")
    public ResponseEntity<Outcome> extend(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody Extension body) {
        return changed(new ExtendDeadline(id, body.decision().toDecision(), body.newClose(),
                                          Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/jury")
    public ResponseEntity<Outcome> appoint(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody JuryAppointment body) {
        return changed(new AppointJury(id, body.decision().toDecision(),
                                       body.subPanels().stream().map(SubPanelRequest::toPanel).toList(),
                                       Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/submissions-closure")
    public ResponseEntity<Outcome> close(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch) {
        return changed(new CloseSubmissions(id, Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/screening-completion")
    public ResponseEntity<Outcome> screened(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch) {
        return changed(new CompleteScreening(id, Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/shortlist")
    public ResponseEntity<Outcome> shortlist(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody Shortlist body) {
        return changed(new ApproveShortlist(id, body.finalists(), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/results/proposal")
    public ResponseEntity<Outcome> propose(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody ResultsProposal body) {
        return changed(new ProposeResults(id, body.minutes(), body.awards(), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/results/return")
    public ResponseEntity<Outcome> giveBack(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody JuryReturn body) {
        return changed(new ReturnToJury(id, body.reason(), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/results/approval")
    public ResponseEntity<Outcome> approve(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody ResultsApproval body) {
        return changed(new ApproveResults(id, body.decision().toDecision(), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/ceremony")
    public ResponseEntity<Outcome> ceremony(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody Ceremony body) {
        return changed(new HoldCeremony(id, body.heldOn(), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/prizes/{entryId}/revocation")
    public ResponseEntity<Outcome> revoke(@PathVariable String id, @PathVariable String entryId,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody Revocation body) {
        return changed(new RevokePrize(id, entryId, body.decision().toDecision(), body.reason(),
                                       Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/nominations")
    public ResponseEntity<Outcome> nominate(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody Nominations body) {
        return changed(new SendNominations(id, body.target(), body.nationalEdition(), body.entryIds(), body.sentOn(),
                                           Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/national-results")
    public ResponseEntity<Outcome> nationalResult(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody NationalResult body) {
        return changed(new RecordNationalResult(id, body.entryId(), body.level(), body.medal(), body.year(),
                                                Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/archive")
    public ResponseEntity<Outcome> archive(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch) {
        return changed(new Archive(id, Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/cancellation")
    public ResponseEntity<Outcome> cancel(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody Cancellation body) {
        return changed(new Cancel(id, body.decision().toDecision(), body.reason(), Versions.fromIfMatch(ifMatch)));
    }

    private ResponseEntity<Outcome> changed(Object command) {
        return OutcomeResponses.changed(commands.send(command));
    }
}
