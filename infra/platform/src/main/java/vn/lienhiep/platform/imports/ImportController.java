package vn.lienhiep.platform.imports;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.lienhiep.platform.commands.CommandDispatcher;
import vn.lienhiep.platform.security.Caller;
import vn.lienhiep.platform.security.Callers;

/**
 * Bulk import, the same in every context that has {@link RowImporter}s: POST a CSV or XLSX file
 * ({@code multipart/form-data}, part {@code file}) with {@code kind} (one of the context's importers) to
 * {@code /api/<context>/imports} → 202 with the job and its Location; poll {@code GET /imports/{id}} for progress and
 * the per-row report. Who may call it is the context's access table.
 */
@RestController
@Validated
@RequestMapping(ImportController.PATH)
public class ImportController {

    public static final String PATH = "/api/${lienhiep.context}/imports";

    private final ImportJobs jobs;
    private final CommandDispatcher commands;
    private final String path;

    public ImportController(ImportJobs jobs, CommandDispatcher commands, String context) {
        this.jobs = jobs;
        this.commands = commands;
        this.path = "/api/" + context + "/imports";
    }

    @PostMapping(consumes = "multipart/form-data")
    public ResponseEntity<ImportJob> start(@RequestParam String kind, @RequestPart("file") MultipartFile file)
            throws IOException {
        byte[] content = file.getBytes();
        Caller actingUser = Callers.current(); // the job runs on another thread: capture who asked now
        ImportJob job = commands.once(() -> jobs.start(kind, file.getOriginalFilename(), content, actingUser));
        return ResponseEntity.accepted().location(URI.create(path + "/" + job.id())).body(job);
    }

    /** The header row to start a file of this kind from (CSV, opens in any spreadsheet program). */
    @GetMapping(path = "/templates/{kind}", produces = "text/csv")
    public ResponseEntity<String> template(@PathVariable String kind) {
        String csv = jobs.template(kind);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + kind + "-mau.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv);
    }

    @GetMapping("/{id}")
    public ImportJob get(@PathVariable String id) {
        return jobs.find(id);
    }

    @GetMapping
    public List<ImportJob> recent(@RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit) {
        return jobs.recent(limit);
    }
}
