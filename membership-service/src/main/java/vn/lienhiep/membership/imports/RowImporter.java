package vn.lienhiep.membership.imports;

import vn.lienhiep.platform.security.Caller;

import java.util.List;
import java.util.Map;

/**
 * Imports one kind of record (organisations, persons…) row by row. Each sub-context contributes one bean; the import
 * job finds it by {@link #kind()}.
 */
public interface RowImporter {

    /** The {@code kind} parameter of POST /imports, e.g. "organizations". */
    String kind();

    /** Canonical column → accepted headers (folded: no diacritics, lower case), Vietnamese first. */
    Map<String, List<String>> columns();

    /** Columns without which no row can be imported; a file lacking one is refused as a whole. */
    List<String> requiredColumns();

    /**
     * Applies one row. Must be idempotent: a row whose record already exists is SKIPPED (same file imported twice
     * creates nothing twice). Throws {@link RowRejected} for a bad value; business-rule violations propagate.
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

    /** A value that cannot be used, naming the column. */
    class RowRejected extends RuntimeException {
        private final String column;

        public RowRejected(String column, String message) {
            super(message);
            this.column = column;
        }

        public String column() {
            return column;
        }
    }
}
