package vn.lienhiep.membership.workforce.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.lienhiep.membership.ApiTestBase;
import vn.lienhiep.membership.workforce.LaoCaiSnapshot;
import vn.lienhiep.membership.workforce.domain.WorkforceEvents.SnapshotImported;
import vn.lienhiep.membership.workforce.domain.WorkforceFigures;
import vn.lienhiep.membership.workforce.domain.WorkforceSnapshotId;

import static org.assertj.core.api.Assertions.assertThat;

/** A redelivered snapshot event changes nothing; the read model answers R-M1 like the plain computation. */
class WorkforceProjectionTest extends ApiTestBase {

    @Autowired
    WorkforceProjection projection;
    @Autowired
    WorkforceQueries queries;

    @Test
    void theSameEventTwiceIsStoredOnceAndAnOlderCopyDoesNotOverwrite() {
        // 1980: a date no other test uses
        WorkforceFigures figures = new WorkforceFigures(LocalDate.of(1980, 1, 1), unique("projection test"), 25_256,
                21_720, LaoCaiSnapshot.bySector(), LaoCaiSnapshot.byDegreeBucket(), LaoCaiSnapshot.byField());
        String id = WorkforceSnapshotId.of(figures.asOfDate(), figures.source());
        SnapshotImported event = SnapshotImported.of(id, figures);
        Instant first = Instant.parse("2024-01-01T00:00:00Z");
        projection.on(event, 0, first);
        projection.on(event, 0, Instant.parse("2024-01-02T00:00:00Z"));

        var stored = queries.find(id).orElseThrow();
        assertThat(stored.importedAt()).isEqualTo(first.toString());
        assertThat(stored.toFigures()).isEqualTo(figures);
        assertThat(queries.list().stream().filter(s -> s.id().equals(id))).hasSize(1);
        assertThat(queries.intellectualStructure(LocalDate.of(1980, 6, 1)).orElseThrow().intellectualSharePercent())
                .isEqualTo(86);
        assertThat(stored.bySector()).isEqualTo(Map.copyOf(LaoCaiSnapshot.bySector()));
    }
}
