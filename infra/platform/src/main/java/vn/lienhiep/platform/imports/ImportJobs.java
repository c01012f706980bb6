package vn.lienhiep.platform.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.lienhiep.kernel.BusinessRuleViolation;
import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.kernel.Rejection;
import vn.lienhiep.platform.security.Caller;
import vn.lienhiep.platform.web.ResourceNotFoundException;

/**
 * Bulk imports as asynchronous jobs, for every context that supplies {@link RowImporter}s. The upload is parsed at
 * once: a file that cannot be read, or lacks a required column, is a malformed upload, refused with 400 naming the
 * {@code file} (and the missing columns) before any job exists. The rows then run one by one on a single worker, each
 * as ordinary commands, so every rule applies exactly as through the API. Valid rows are applied, invalid rows are
 * listed with row number, column and reason (Vietnamese, then English); nothing is silently dropped. Progress lives in
 * the context's Mongo database ({@code import_jobs}). A job cut short by a restart is marked INTERRUPTED: importing
 * the file again finishes it, since applied rows are skipped.
 */
public class ImportJobs implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    static final String COLLECTION = "import_jobs";
    private static final int PROGRESS_EVERY = 20;

    private final Map<String, RowImporter> importers = new HashMap<>();
    private final MongoTemplate mongo;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-jobs");
        t.setDaemon(true);
        return t;
    });

    public ImportJobs(List<RowImporter> importers, MongoTemplate mongo) {
        importers.forEach(i -> this.importers.put(i.kind(), i));
        this.mongo = mongo;
    }

    public List<String> kinds() {
        return importers.keySet().stream().sorted().toList();
    }

    /**
     * A file to start from: the header row a spreadsheet of this kind needs (each column's first accepted header,
     * Vietnamese first; required columns first), as CSV in UTF-8 with a byte-order mark so spreadsheet programs
     * read the diacritics.
     */
    public String template(String kind) {
        RowImporter importer = importers.get(kind);
        if (importer == null) {
            throw new InvalidInput("kind", "phải là một trong " + kinds(), "must be one of " + kinds());
        }
        List<String> columns = new java.util.ArrayList<>(importer.requiredColumns());
        importer.columns().keySet().stream().filter(c -> !columns.contains(c)).forEach(columns::add);
        return "\uFEFF" + String.join(",", columns.stream().map(c -> importer.columns().get(c).get(0)).toList()) + "\r\n";
    }

    /** Validates the file, records the job and queues it. Returns the job as first recorded (QUEUED). */
    public ImportJob start(String kind, String fileName, byte[] content, Caller actingUser) {
        RowImporter importer = importers.get(kind);
        if (importer == null) {
            throw new InvalidInput("kind", "phải là một trong " + kinds(), "must be one of " + kinds());
        }
        if (content == null || content.length == 0) {
            throw new InvalidInput("file", "tệp rỗng", "the file is empty");
        }
        TabularFile file = TabularFile.read(fileName, content);
        Map<String, String> headerToColumn = mapHeaders(importer, file);
        List<String> missing = importer.requiredColumns().stream().filter(c -> !headerToColumn.containsValue(c)).toList();
        if (!missing.isEmpty()) {
            String accepted = missing.stream().map(c -> c + " (" + String.join(", ", importer.columns().get(c)) + ")")
                                     .collect(Collectors.joining("; "));
            throw new InvalidInput("file", "tệp thiếu cột bắt buộc: " + accepted,
                                   "the file lacks required columns: " + accepted);
        }
        List<TabularFile.Line> lines = file.lines().stream().filter(l -> !l.blank()).toList();
        ImportJob job = ImportJob.queued(UUID.randomUUID().toString(), kind, fileName, lines.size(), actingUser.username(),
                                         Instant.now());
        mongo.insert(job.toDocument(), COLLECTION);
        worker.submit(() -> run(job.id(), importer, headerToColumn, lines, actingUser));
        return job;
    }

    public ImportJob find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(ImportJob::from)
                       .orElseThrow(() -> new ResourceNotFoundException("import", id));
    }

    public List<ImportJob> recent(int limit) {
        Query query = new Query().with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit);
        query.fields().exclude("errors", "rows");
        return mongo.find(query, Document.class, COLLECTION).stream().map(ImportJob::from).toList();
    }

    private void run(String jobId, RowImporter importer, Map<String, String> headerToColumn,
                     List<TabularFile.Line> lines, Caller actingUser) {
        mongo.updateFirst(byId(jobId), new Update().set("status", ImportJob.Status.RUNNING.name())
                                                   .set("startedAt", Instant.now().toString()), COLLECTION);
        int applied = 0;
        int skipped = 0;
        List<Document> errors = new ArrayList<>();
        List<Document> rows = new ArrayList<>();
        int processed = 0;
        try {
            for (TabularFile.Line line : lines) {
                Map<String, String> values = new LinkedHashMap<>();
                line.cells().forEach((header, value) -> {
                    String column = headerToColumn.get(header);
                    if (column != null) {
                        values.put(column, value);
                    }
                });
                try {
                    RowImporter.RowResult result = importer.importRow(new Cells(values), actingUser);
                    if (result.outcome() == RowImporter.RowResult.Outcome.APPLIED) {
                        applied++;
                    } else {
                        skipped++;
                    }
                    rows.add(new Document("row", line.rowNumber()).append("outcome", result.outcome().name())
                                                                 .append("id", result.id()).append("note", result.note()));
                } catch (RowImporter.RowRejected e) {
                    errors.add(error(line.rowNumber(), e.column(), null, e.messageVi(), e.messageEn()));
                } catch (InvalidInput e) {
                    // The domain names the field as the API does; the importers' columns are named the same way.
                    errors.add(error(line.rowNumber(), e.field(), null, e.messageVi(), e.messageEn()));
                } catch (BusinessRuleViolation e) {
                    Rejection r = e.rejection();
                    errors.add(error(line.rowNumber(), null, r.rule(), r.messageVi(), r.messageEn()));
                }
                processed++;
                if (processed % PROGRESS_EVERY == 0) {
                    progress(jobId, processed, applied, skipped, errors, rows, null);
                }
            }
            progress(jobId, processed, applied, skipped, errors, rows, ImportJob.Status.COMPLETED);
        } catch (RuntimeException e) {
            log.error("Import {} failed at row {}", jobId, processed, e);
            progress(jobId, processed, applied, skipped, errors, rows, ImportJob.Status.FAILED);
        }
    }

    private void progress(String jobId, int processed, int applied, int skipped, List<Document> errors,
                          List<Document> rows, ImportJob.Status finalStatus) {
        Update update = new Update().set("processedRows", processed).set("applied", applied).set("skipped", skipped)
                                    .set("failed", errors.size()).set("errors", errors).set("rows", rows);
        if (finalStatus != null) {
            update.set("status", finalStatus.name()).set("finishedAt", Instant.now().toString());
        }
        mongo.updateFirst(byId(jobId), update, COLLECTION);
    }

    private static Document error(int row, String column, String rule, String message, String messageEn) {
        return new Document("row", row).append("column", column).append("rule", rule).append("message", message)
                                       .append("messageEn", messageEn);
    }

    /** Which canonical column each header of the file is; unknown headers are ignored (and listed in the job). */
    static Map<String, String> mapHeaders(RowImporter importer, TabularFile file) {
        Map<String, String> mapping = new HashMap<>();
        for (String header : file.headers()) {
            importer.columns().forEach((column, aliases) -> {
                if (aliases.contains(header) || TabularFile.header(column).equals(header)) {
                    mapping.putIfAbsent(header, column);
                }
            });
        }
        return mapping;
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    /** Jobs that were running when the service stopped cannot resume (the upload is not kept): say so. */
    @Override
    public void afterSingletonsInstantiated() {
        mongo.updateMulti(Query.query(Criteria.where("status").in(ImportJob.Status.QUEUED.name(),
                                                                  ImportJob.Status.RUNNING.name())),
                          new Update().set("status", ImportJob.Status.INTERRUPTED.name()), COLLECTION);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
