package vn.lienhiep.contest.entry.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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

import vn.lienhiep.contest.entry.domain.EntryCommands.*;
import vn.lienhiep.contest.entry.domain.EntryStatus;
import vn.lienhiep.contest.entry.projection.EntryQueries;
import vn.lienhiep.contest.entry.projection.EntryView;
import vn.lienhiep.contest.entry.web.EntryRequests.*;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.platform.commands.CommandDispatcher;
import vn.lienhiep.platform.readmodel.PageResult;
import vn.lienhiep.platform.security.Caller;
import vn.lienhiep.platform.security.Callers;
import vn.lienhiep.platform.web.OutcomeResponses;
import vn.lienhiep.platform.web.ResourceNotFoundException;
import vn.lienhiep.platform.web.Versions;

/**
 * Contest entries: the secretariat records and screens the dossiers; the jury chair assigns judges; each judge scores
 * their own assignments, re-scores a divergent entry with the sub-panel, or steps aside. A judge reads only their
 * sub-panel's entries ({@link EntryScope}).
 */
@RestController
@RequestMapping(EntryController.PATH)
public class EntryController {

    public static final String PATH = "/api/contest/entries";

    private final CommandDispatcher commands;
    private final EntryQueries queries;

    public EntryController(CommandDispatcher commands, EntryQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    public ResponseEntity<Outcome> submit(@Valid @RequestBody EntrySubmission body) {
        Outcome outcome = commands.send(new SubmitEntry(UUID.randomUUID().toString(), body.editionId(),
                                                        body.dossier().toDossier(), body.submittedOn(),
                                                        body.postmarkedOn()));
        return OutcomeResponses.created(PATH, outcome);
    }

    /** A judge lists their own sub-panel's entries only; an entrant its own entries. */
    @GetMapping
    public PageResult<EntryView> list(@RequestParam(required = false) @Size(max = 64) String editionId,
                                      @RequestParam(required = false) @Size(max = 64) String field,
                                      @RequestParam(required = false) EntryStatus status,
                                      @RequestParam(required = false) @Size(max = 200) String q,
                                      @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Caller caller = Callers.current();
        if (!EntryScope.seesAll(caller) && caller.personId() == null) {
            // A judge's account linked to no person has no sub-panel: nothing to list.
            return PageResult.of(java.util.List.of(), page, size, 0);
        }
        if (EntryScope.entrantOnly(caller) && !EntryScope.seesAll(caller)) {
            return queries.search(editionId, field, status == null ? null : status.name(), null, caller.personId(), q,
                                  page, size).map(entry -> EntryScope.visible(caller, entry));
        }
        String panelJudge = EntryScope.seesAll(caller) ? null : EntryScope.judge(caller);
        return queries.search(editionId, field, status == null ? null : status.name(), panelJudge, null, q, page, size)
                      .map(entry -> EntryScope.visible(caller, entry));
    }

    @GetMapping("/{id}")
    public ResponseEntity<EntryView> get(@PathVariable String id) {
        EntryView view = visible(id);
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    @PostMapping("/{id}/return")
    public ResponseEntity<Outcome> giveBack(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody CompletionRequest body) {
        return changed(new ReturnForCompletion(id, body.missing(), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/resubmission")
    public ResponseEntity<Outcome> resubmit(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody Resubmission body) {
        return changed(new Resubmit(id, body.dossier().toDossier(), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/withdrawal")
    public ResponseEntity<Outcome> withdraw(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody EntryWithdrawal body) {
        return changed(new Withdraw(id, body.reason(), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/eligibility")
    public ResponseEntity<Outcome> eligible(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch) {
        return changed(new DeclareEligible(id, Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/ineligibility")
    public ResponseEntity<Outcome> ineligible(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody Ineligibility body) {
        return changed(new DeclareIneligible(id, body.reason(), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/judges")
    public ResponseEntity<Outcome> assign(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody JudgeAssignment body) {
        return changed(new AssignJudge(id, body.judgeId(), Versions.fromIfMatch(ifMatch)));
    }

    /** The caller scores as the judge their token names. */
    @PostMapping("/{id}/scores")
    public ResponseEntity<Outcome> score(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody ScoreSheetRequest body) {
        String judge = EntryScope.judge(Callers.current());
        visible(id);
        return changed(new ScoreEntry(id, judge, body.points(), body.comment(), Versions.fromIfMatch(ifMatch)));
    }

    @PostMapping("/{id}/rescores")
    public ResponseEntity<Outcome> rescore(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody ScoreSheetRequest body) {
        String judge = EntryScope.judge(Callers.current());
        visible(id);
        return changed(new RescoreEntry(id, judge, body.points(), body.comment(), Versions.fromIfMatch(ifMatch)));
    }

    /** A judge steps aside from an entry they were assigned, with the reason recorded. */
    @PostMapping("/{id}/recusals")
    public ResponseEntity<Outcome> recuse(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody Recusal body) {
        String judge = EntryScope.judge(Callers.current());
        visible(id);
        return changed(new DeclareConflict(id, judge, body.reason(), Versions.fromIfMatch(ifMatch)));
    }

    private EntryView visible(String id) {
        EntryView view = queries.find(id).orElseThrow(() -> new ResourceNotFoundException("entry", id));
        return EntryScope.visible(Callers.current(), view);
    }

    private ResponseEntity<Outcome> changed(Object command) {
        return OutcomeResponses.changed(commands.send(command));
    }
}
