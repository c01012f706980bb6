package vn.lienhiep.contest.vifotec.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

import vn.lienhiep.contest.vifotec.domain.CandidacyCommands.*;
import vn.lienhiep.contest.vifotec.domain.CandidacyStatus;
import vn.lienhiep.contest.vifotec.projection.CandidacyQueries;
import vn.lienhiep.contest.vifotec.projection.CandidacyView;
import vn.lienhiep.contest.vifotec.web.CandidacyRequests.*;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.platform.commands.CommandDispatcher;
import vn.lienhiep.platform.readmodel.PageResult;
import vn.lienhiep.platform.web.OutcomeResponses;
import vn.lienhiep.platform.web.ResourceNotFoundException;
import vn.lienhiep.platform.web.Versions;

/**
 * VIFOTEC candidacies: the province promotes the award, pre-screens its candidates (five-year window, field) and
 * forwards them to the VIFOTEC fund under its leadership's signature, then records the result.
 */
@RestController
@RequestMapping(CandidacyController.PATH)
public class CandidacyController {

    public static final String PATH = "/api/contest/vifotec-candidacies";

    private final CommandDispatcher commands;
    private final CandidacyQueries queries;

    public CandidacyController(CommandDispatcher commands, CandidacyQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    public ResponseEntity<Outcome> identify(@Valid @RequestBody CandidacyIdentification body) {
        return OutcomeResponses.created(PATH, commands.send(new IdentifyCandidacy(UUID.randomUUID().toString(),
                body.awardYear(), body.title(), body.field(), body.authors(), body.appliedSinceYear(),
                body.finalDeadline(), body.sourceEntryId())));
    }

    @GetMapping
    public PageResult<CandidacyView> list(@RequestParam(required = false) @Min(2000) @Max(2100) Integer awardYear,
                                          @RequestParam(required = false) CandidacyStatus status,
                                          @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                          @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.search(awardYear, status == null ? null : status.name(), page, size);
    }

    @GetMapping("/{id}")
    public ResponseEntity<CandidacyView> get(@PathVariable String id) {
        CandidacyView view = queries.find(id).orElseThrow(() -> new ResourceNotFoundException("candidacy", id));
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    @PostMapping("/{id}/dossier")
    public ResponseEntity<Outcome> dossier(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody CandidacyDossier body) {
        return OutcomeResponses.changed(commands.send(new PrepareDossier(id, body.documents(),
                                                                         Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/prescreening")
    public ResponseEntity<Outcome> prescreen(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch) {
        return OutcomeResponses.changed(commands.send(new Prescreen(id, Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/forwarding")
    public ResponseEntity<Outcome> forward(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody CandidacyForwarding body) {
        return OutcomeResponses.changed(commands.send(new Forward(id, body.letter().toDecision(), body.sentOn(),
                                                                  Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/result")
    public ResponseEntity<Outcome> result(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody CandidacyResult body) {
        return OutcomeResponses.changed(commands.send(new RecordVifotecResult(id, body.level(), body.year(),
                                                                              Versions.fromIfMatch(ifMatch))));
    }
}
