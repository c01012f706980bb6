package vn.lienhiep.membership.expert.web;

import java.util.List;

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

import vn.lienhiep.platform.web.OutcomeResponses;
import vn.lienhiep.membership.expert.domain.Availability;
import vn.lienhiep.membership.expert.domain.ExpertCommands;
import vn.lienhiep.membership.expert.domain.ExpertFieldTaxonomy;
import vn.lienhiep.membership.expert.domain.ExpertProfile;
import vn.lienhiep.membership.expert.domain.ExpertStatus;
import vn.lienhiep.membership.expert.projection.ExpertQueries;
import vn.lienhiep.membership.expert.projection.ExpertView;
import vn.lienhiep.membership.common.projection.HistoryLine;
import vn.lienhiep.membership.common.projection.HistoryQueries;
import vn.lienhiep.membership.person.domain.Degree;
import vn.lienhiep.platform.commands.CommandDispatcher;
import vn.lienhiep.membership.expert.subscriptions.ReviewHistoryQueries;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.platform.readmodel.PageResult;
import vn.lienhiep.platform.security.ActionsView;
import vn.lienhiep.platform.security.Callers;
import vn.lienhiep.platform.web.ResourceNotFoundException;
import vn.lienhiep.platform.web.Versions;

/** The expert database (cơ sở dữ liệu chuyên gia): registration, verification by staff, search. */
@RestController
@RequestMapping(ExpertController.PATH)
public class ExpertController {

    public static final String PATH = "/api/membership/experts";

    private final CommandDispatcher commands;
    private final ExpertQueries queries;
    private final HistoryQueries history;
    private final ExpertFieldTaxonomy taxonomy;
    private final ReviewHistoryQueries reviewHistory;
    private final ExpertActions actions;

    public ExpertController(CommandDispatcher commands, ExpertQueries queries, HistoryQueries history,
                            ExpertFieldTaxonomy taxonomy, ReviewHistoryQueries reviewHistory, ExpertActions actions) {
        this.reviewHistory = reviewHistory;
        this.actions = actions;
        this.commands = commands;
        this.queries = queries;
        this.history = history;
        this.taxonomy = taxonomy;
    }

    @PostMapping
    public ResponseEntity<Outcome> register(@Valid @RequestBody ExpertRequests.Registration body) {
        Outcome outcome = commands.send(new ExpertCommands.RegisterExpert(ExpertProfile.idFor(body.personId()),
                                                                          body.personId(), body.profile().toDetails()));
        return OutcomeResponses.created(PATH, outcome);
    }

    @GetMapping("/taxonomy")
    public ExpertFieldTaxonomy taxonomy() {
        return taxonomy;
    }

    private static final String SORT_DOC = "Order: fullName (Vietnamese alphabetical order), reconfirmationDueOn"
            + " (never-verified profiles first); a leading '-' sorts descending. Default: by name, diacritics ignored.";

    @GetMapping
    public PageResult<ExpertView> search(@RequestParam(required = false) @Size(max = 200) String q,
                                         @RequestParam(required = false) @Size(max = 20) String field,
                                         @RequestParam(required = false) Degree degree,
                                         @RequestParam(required = false) @Size(max = 64) String organizationId,
                                         @RequestParam(required = false) Availability availability,
                                         @RequestParam(required = false) ExpertStatus status,
                                         @RequestParam(required = false) Boolean dueForReconfirmation,
                                         @RequestParam(required = false) @Parameter(description = SORT_DOC,
                                                 schema = @Schema(allowableValues = {"fullName", "-fullName",
                                                         "reconfirmationDueOn", "-reconfirmationDueOn"}))
                                         String sort,
                                         @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                         @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Sort order = ExpertQueries.SORTS.parse(sort);
        return queries.search(q, field, degree == null ? null : degree.name(), organizationId,
                              availability == null ? null : availability.name(), status == null ? null : status.name(),
                              dueForReconfirmation, order, page, size);
    }

    @GetMapping("/{id}")
    public ResponseEntity<ExpertView> get(@PathVariable String id) {
        ExpertView view = queries.find(id).orElseThrow(() -> new ResourceNotFoundException("expert", id));
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    /**
     * What the caller may do to the profile now: the acts its status allows that the caller's roles may call; seen by
     * whoever reads the profile. The ETag is the version the answer was computed from, for the act's If-Match.
     */
    @GetMapping("/{id}/actions")
    public ResponseEntity<ActionsView> actions(@PathVariable String id) {
        ExpertView view = queries.find(id).orElseThrow(() -> new ResourceNotFoundException("expert", id));
        return ResponseEntity.ok().eTag(Versions.etag(view.version()))
                             .body(actions.of(Callers.current(), id, ExpertStatus.valueOf(view.status())));
    }

    @GetMapping("/{id}/history")
    public PageResult<HistoryQueries.HistoryEntryView> history(@PathVariable String id,
                                                               @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                                               @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        if (queries.find(id).isEmpty()) {
            throw new ResourceNotFoundException("expert", id);
        }
        return history.of(HistoryLine.expert(id), page, size);
    }

    /** The engagements review-service assigned this expert to (learned from its public events), newest first. */
    @GetMapping("/{id}/reviews")
    public List<ReviewHistoryQueries.ReviewHistoryEntry> reviews(@PathVariable String id) {
        if (queries.find(id).isEmpty()) {
            throw new ResourceNotFoundException("expert", id);
        }
        return reviewHistory.of(id);
    }

    @PostMapping("/{id}/verification")
    public ResponseEntity<Outcome> verify(@PathVariable String id,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody(required = false) ExpertRequests.Verification body) {
        return OutcomeResponses.changed(commands.send(new ExpertCommands.VerifyExpert(
                id, body == null ? null : body.note(), Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/rejection")
    public ResponseEntity<Outcome> reject(@PathVariable String id,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody ExpertRequests.Rejection body) {
        return OutcomeResponses.changed(commands.send(new ExpertCommands.RejectExpert(
                id, body.reason(), Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/profile")
    public ResponseEntity<Outcome> update(@PathVariable String id,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody ExpertRequests.Details body) {
        return OutcomeResponses.changed(commands.send(new ExpertCommands.UpdateExpertProfile(
                id, body.toDetails(), Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/deactivation")
    public ResponseEntity<Outcome> deactivate(@PathVariable String id,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                              @Valid @RequestBody ExpertRequests.Deactivation body) {
        return OutcomeResponses.changed(commands.send(new ExpertCommands.DeactivateExpert(
                id, body.reason(), body.effectiveDate(), Versions.fromIfMatch(ifMatch))));
    }
}
