package vn.lienhiep.platform.imports;

import java.util.List;
import java.util.Map;

import vn.lienhiep.platform.security.Caller;

/**
 * Imports one kind of record (a context's organisations, persons, past contest editions…) row by row. A context
 * supplies one bean per kind, in its sub-context's {@code imports} package; the platform's {@link ImportJobs} finds it
 * by {@link #kind()} and runs the file.
 */
public interface RowImporter {

    /** The {@code kind} parameter of {@code POST /api/<context>/imports}, e.g. "organizations". */
    String kind();

    /** Canonical column → accepted headers (folded: no diacritics, lower case), Vietnamese first. */
    Map<String, List<String>> columns();

    /** Columns without which no row can be imported; a file lacking one is refused as a whole. */
    List<String> requiredColumns();

    /**
     * Applies one row. Must be idempotent: a row whose record already exists is SKIPPED (same file imported twice
     * creates nothing twice). Parse and check every value before the first command, so a bad row changes nothing.
     * Throws {@link RowRejected} for a bad value; refusals of the domain (business rules, invalid input naming its
     * field) propagate and are reported for the row.
     */
    RowResult importRow(Cells row, Caller actingUser);

    record RowResult(Outcome outcome, String id, String note) {
        public enum Outcome { APPLIED, SKIPPED }

        public static RowResult applied(String id) {
            return new RowResult(Outcome.APPLIED, id, null);
        }

        public static RowResult skipped(String id, String note) {
            return new RowResult(Outcome.SKIPPED, id, note);
        }
    }

    /** A value of the row that cannot be used, naming its column, in Vietnamese and English. */
    class RowRejected extends RuntimeException {
        private final String column;
        private final String messageVi;
        private final String messageEn;

        public RowRejected(String column, String messageVi, String messageEn) {
            super(column + ": " + messageEn);
            this.column = column;
            this.messageVi = messageVi;
            this.messageEn = messageEn;
        }

        public String column() {
            return column;
        }

        public String messageVi() {
            return messageVi;
        }

        public String messageEn() {
            return messageEn;
        }

        /** Expected outcomes of bad rows; their stack traces are noise. */
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
