package vn.lienhiep.membership.workforce.projection;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.lienhiep.membership.common.projection.HistoryDescriber;
import vn.lienhiep.membership.common.projection.HistoryLine;
import vn.lienhiep.membership.workforce.domain.WorkforceEvents.SnapshotImported;

/** How workforce events read in the history: under the snapshot and under the workforce as a whole. */
@Component
public class WorkforceHistory implements HistoryDescriber {

    public static final String ALL = "workforce";

    public static String snapshot(String id) {
        return "workforce-snapshot:" + id;
    }

    @Override
    public Optional<HistoryLine> describe(Object event) {
        if (!(event instanceof SnapshotImported s)) {
            return Optional.empty();
        }
        return Optional.of(new HistoryLine(List.of(snapshot(s.snapshotId()), ALL),
                "Nhập số liệu đội ngũ trí thức đến ngày " + s.asOfDate() + " (" + s.source() + "): "
                + s.intellectualsTotal() + " trí thức / " + s.totalCivilServants() + " cán bộ, công chức, viên chức",
                "Workforce statistics as of " + s.asOfDate() + " imported (" + s.source() + "): "
                + s.intellectualsTotal() + " intellectuals of " + s.totalCivilServants() + " civil servants",
                s.asOfDate(), null));
    }
}
