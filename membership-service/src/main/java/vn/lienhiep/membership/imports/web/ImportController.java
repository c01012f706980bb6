package vn.lienhiep.membership.imports.web;

import vn.lienhiep.platform.security.Caller;
import vn.lienhiep.platform.security.Callers;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

import vn.lienhiep.membership.imports.ImportJob;
import vn.lienhiep.membership.imports.ImportJobs;
import vn.lienhiep.platform.commands.CommandDispatcher;

/**
 * Bulk import: POST a CSV or XLSX file ({@code multipart/form-data}, part {@code file}) with {@code kind}
 * (organizations, persons) → 202 with the job and its Location; poll GET /imports/{id} for progress and the per-row
 * report.
 */
@RestController
@Validated
@RequestMapping(ImportController.PATH)
public class ImportController {

    public static final String PATH = "/api/membership/imports";

    private final ImportJobs jobs;
    private final CommandDispatcher commands;

    public ImportController(ImportJobs jobs, CommandDispatcher commands) {
        this.jobs = jobs;
        this.commands = commands;
    }

    @PostMapping(consumes = "multipart/form-data")
    public ResponseEntity<ImportJob> start(@RequestParam String kind, @RequestPart("file") MultipartFile file)
            throws IOException {
        byte[] content = file.getBytes();
        if (content.length == 0) {
            throw new IllegalArgumentException("file: tệp rỗng / the file is empty");
        }
        Caller actingUser = Callers.current(); // the job runs on another thread: capture who asked now
        ImportJob job = commands.once(() -> jobs.start(kind, file.getOriginalFilename(), content, actingUser));
        return ResponseEntity.accepted().location(URI.create(PATH + "/" + job.id())).body(job);
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
