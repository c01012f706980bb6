package vn.lienhiep.membership.common.projection;

import java.time.LocalDate;
import java.util.List;

import vn.lienhiep.kernel.DecisionRef;

/**
 * One line of a subject's history, as people read it: what changed (Vietnamese, then English), when it took effect,
 * under which decision. Who did it and when it was recorded come from the event itself.
 *
 * @param subjects the histories this line belongs to, e.g. {@code organization:<id>} and {@code person:<id>} for a
 *                 membership that links the two
 */
public record HistoryLine(List<String> subjects, String summaryVi, String summaryEn, LocalDate effectiveDate,
                          DecisionRef decision) {

    public static String organization(String id) {
        return "organization:" + id;
    }

    public static String person(String id) {
        return "person:" + id;
    }

    public static String expert(String id) {
        return "expert:" + id;
    }

    public static String union(String id) {
        return "union:" + id;
    }
}
