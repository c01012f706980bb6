package vn.lienhiep.platform.imports;

import java.time.Instant;
import java.util.List;

import org.bson.Document;

/** An import job as clients see it: progress counters and the per-row report. */
public record ImportJob(String id, String kind, String fileName, Status status, int totalRows, int processedRows,
                        int applied, int skipped, int failed, List<RowError> errors, List<RowOutcome> rows,
                        String actingUser, String createdAt, String startedAt, String finishedAt) {

    public enum Status { QUEUED, RUNNING, COMPLETED, FAILED, INTERRUPTED }

    public record RowError(int row, String column, String rule, String message, String messageEn) {
    }

    public record RowOutcome(int row, String outcome, String id, String note) {
    }

    static ImportJob queued(String id, String kind, String fileName, int totalRows, String actingUser, Instant at) {
        return new ImportJob(id, kind, fileName, Status.QUEUED, totalRows, 0, 0, 0, 0, List.of(), List.of(),
                             actingUser, at.toString(), null, null);
    }

    Document toDocument() {
        return new Document("_id", id).append("kind", kind).append("fileName", fileName)
                                      .append("status", status.name()).append("totalRows", totalRows)
                                      .append("processedRows", processedRows).append("applied", applied)
                                      .append("skipped", skipped).append("failed", failed)
                                      .append("errors", List.of()).append("rows", List.of())
                                      .append("actingUser", actingUser).append("createdAt", createdAt);
    }

    @SuppressWarnings("unchecked")
    static ImportJob from(Document d) {
        List<RowError> errors = ((List<Document>) d.getOrDefault("errors", List.of())).stream()
                .map(e -> new RowError(e.getInteger("row", 0), e.getString("column"), e.getString("rule"),
                                       e.getString("message"), e.getString("messageEn")))
                .toList();
        List<RowOutcome> rows = ((List<Document>) d.getOrDefault("rows", List.of())).stream()
                .map(r -> new RowOutcome(r.getInteger("row", 0), r.getString("outcome"), r.getString("id"),
                                         r.getString("note")))
                .toList();
        return new ImportJob(d.getString("_id"), d.getString("kind"), d.getString("fileName"),
                             Status.valueOf(d.getString("status")), d.getInteger("totalRows", 0),
                             d.getInteger("processedRows", 0), d.getInteger("applied", 0), d.getInteger("skipped", 0),
                             d.getInteger("failed", 0), errors, rows, d.getString("actingUser"),
                             d.getString("createdAt"), d.getString("startedAt"), d.getString("finishedAt"));
    }
}
