package vn.lienhiep.membership.workforce.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lienhiep.platform.web.OutcomeResponses;
import vn.lienhiep.membership.common.projection.HistoryQueries;
import vn.lienhiep.membership.workforce.domain.WorkforceCommands;
import vn.lienhiep.membership.workforce.domain.WorkforceFigures;
import vn.lienhiep.membership.workforce.domain.WorkforceSnapshotId;
import vn.lienhiep.membership.workforce.projection.WorkforceHistory;
import vn.lienhiep.membership.workforce.projection.WorkforceQueries;
import vn.lienhiep.membership.workforce.projection.WorkforceQueries.WorkforceSnapshotView;
import vn.lienhiep.membership.workforce.domain.IntellectualStructure;
import vn.lienhiep.platform.commands.CommandDispatcher;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.platform.readmodel.PageResult;
import vn.lienhiep.platform.web.ResourceNotFoundException;
import vn.lienhiep.platform.web.Versions;

/**
 * Workforce statistics (số liệu đội ngũ trí thức): imported snapshots and report R-M1. Snapshots are never edited;
 * a correction is imported as a new snapshot, and reports use the latest one on or before the asked date.
 */
@RestController
public class WorkforceController {

    public static final String SNAPSHOTS = "/api/membership/workforce-snapshots";
    public static final String STRUCTURE = "/api/membership/workforce/intellectual-structure";

    private final CommandDispatcher commands;
    private final WorkforceQueries queries;
    private final HistoryQueries history;
    private final Clock clock;

    public WorkforceController(CommandDispatcher commands, WorkforceQueries queries, HistoryQueries history,
                               Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
        this.clock = clock;
    }

    @PostMapping(SNAPSHOTS)
    public ResponseEntity<Outcome> importSnapshot(@Valid @RequestBody WorkforceRequests.Snapshot body) {
        WorkforceFigures figures = body.figures();
        String id = WorkforceSnapshotId.of(figures.asOfDate(), figures.source());
        Outcome outcome = commands.send(new WorkforceCommands.ImportSnapshot(id, figures));
        return OutcomeResponses.created(SNAPSHOTS, outcome);
    }

    @GetMapping(SNAPSHOTS)
    public List<WorkforceSnapshotView> list() {
        return queries.list();
    }

    @GetMapping(SNAPSHOTS + "/{id}")
    public ResponseEntity<WorkforceSnapshotView> get(@PathVariable String id) {
        WorkforceSnapshotView view = queries.find(id)
                                            .orElseThrow(() -> new ResourceNotFoundException("workforce-snapshot", id));
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    @GetMapping(SNAPSHOTS + "/{id}/history")
    public PageResult<HistoryQueries.HistoryEntryView> history(@PathVariable String id) {
        if (queries.find(id).isEmpty()) {
            throw new ResourceNotFoundException("workforce-snapshot", id);
        }
        return history.of(WorkforceHistory.snapshot(id), 0, 50);
    }

    /** R-M1 IntellectualStructure as of a date (default today), from the latest snapshot on or before it. */
    @GetMapping(STRUCTURE)
    public IntellectualStructure intellectualStructure(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate date = asOf != null ? asOf : Clocks.today(clock);
        return queries.intellectualStructure(date)
                      .orElseThrow(() -> new ResourceNotFoundException("workforce-snapshot", "as of " + date));
    }
}
