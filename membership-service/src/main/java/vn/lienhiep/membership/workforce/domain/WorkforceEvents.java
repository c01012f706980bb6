package vn.lienhiep.membership.workforce.domain;

import java.time.LocalDate;
import java.util.Map;

import org.axonframework.serialization.Revision;

/** What happened to the workforce statistics. */
public sealed interface WorkforceEvents {

    String snapshotId();

    @Revision("1")
    record SnapshotImported(String snapshotId, LocalDate asOfDate, String source, int totalCivilServants,
                            int intellectualsTotal, Map<WorkforceSector, Integer> bySector,
                            Map<WorkforceDegreeBucket, Integer> byDegreeBucket,
                            Map<WorkforceField, Integer> byField) implements WorkforceEvents {

        public static SnapshotImported of(String snapshotId, WorkforceFigures f) {
            return new SnapshotImported(snapshotId, f.asOfDate(), f.source(), f.totalCivilServants(),
                                        f.intellectualsTotal(), f.bySector(), f.byDegreeBucket(), f.byField());
        }

        public WorkforceFigures toFigures() {
            return new WorkforceFigures(asOfDate, source, totalCivilServants, intellectualsTotal, bySector,
                                        byDegreeBucket, byField);
        }
    }
}
