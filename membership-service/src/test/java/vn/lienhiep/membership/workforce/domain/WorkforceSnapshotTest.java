package vn.lienhiep.membership.workforce.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.lienhiep.membership.workforce.LaoCaiSnapshot;
import vn.lienhiep.membership.workforce.domain.WorkforceCommands.ImportSnapshot;
import vn.lienhiep.membership.workforce.domain.WorkforceEvents.SnapshotImported;
import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.testing.Refusal;
import vn.lienhiep.kernel.BusinessRuleViolation;
import vn.lienhiep.kernel.Rejection;
import vn.lienhiep.kernel.Clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkforceSnapshotTest {

    private AggregateTestFixture<WorkforceSnapshot> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkforceSnapshot.class);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2024-03-01T03:00:00Z"), Clocks.VIETNAM));
    }

    @Test
    void importsAConsistentSnapshot() {
        WorkforceFigures f = LaoCaiSnapshot.figures(LaoCaiSnapshot.SOURCE);
        String id = WorkforceSnapshotId.of(f.asOfDate(), f.source());
        fixture.givenNoPriorActivity()
               .when(new ImportSnapshot(id, f))
               .expectSuccessfulHandlerExecution()
               .expectEvents(SnapshotImported.of(id, f));
    }

    @Test
    void refusesTheSameSnapshotTwiceEvenSpelledDifferently() {
        WorkforceFigures f = LaoCaiSnapshot.figures(LaoCaiSnapshot.SOURCE);
        WorkforceFigures again = LaoCaiSnapshot.figures("  SO NOI VU   tinh Lao Cai ");
        String id = WorkforceSnapshotId.of(f.asOfDate(), f.source());
        assertThat(WorkforceSnapshotId.of(again.asOfDate(), again.source())).isEqualTo(id);
        fixture.given(SnapshotImported.of(id, f))
               .when(new ImportSnapshot(id, again))
               .expectNoEvents()
               .expectException(BusinessRuleViolation.class)
               .expectExceptionMessage(org.hamcrest.Matchers.startsWith("membership.workforce.duplicate-snapshot"));
    }

    @Test
    void anotherSourceIsANewSnapshot() {
        assertThat(WorkforceSnapshotId.of(LaoCaiSnapshot.AS_OF, "Sở Nội vụ"))
                .isNotEqualTo(WorkforceSnapshotId.of(LaoCaiSnapshot.AS_OF, "Sở Nội vụ (đính chính)"))
                .isNotEqualTo(WorkforceSnapshotId.of(LaoCaiSnapshot.AS_OF.plusDays(1), "Sở Nội vụ"));
    }

    @Test
    void refusesABreakdownThatDoesNotAddUpAndNamesIt() {
        Map<WorkforceField, Integer> byField = new HashMap<>(LaoCaiSnapshot.byField());
        byField.put(WorkforceField.Y_TE, 2_542);
        WorkforceFigures f = new WorkforceFigures(LaoCaiSnapshot.AS_OF, "broken", 25_256, 21_720,
                LaoCaiSnapshot.bySector(), LaoCaiSnapshot.byDegreeBucket(), byField);
        Rejection refused = refusal(f);
        assertThat(refused.rule()).isEqualTo("membership.workforce.breakdown-mismatch");
        assertThat(refused.details()).containsEntry("breakdown", "byField")
                .containsEntry("expected", 21_720).containsEntry("actual", 21_719L);
        assertThat(refused.messageVi()).contains("byField");
    }

    @Test
    void refusesMoreIntellectualsThanCivilServants() {
        WorkforceFigures f = new WorkforceFigures(LaoCaiSnapshot.AS_OF, "x", 21_000, 21_720,
                LaoCaiSnapshot.bySector(), LaoCaiSnapshot.byDegreeBucket(), LaoCaiSnapshot.byField());
        assertThat(refusal(f).rule()).isEqualTo("membership.workforce.intellectuals-exceed-total");
    }

    @Test
    void refusesAFutureDate() {
        WorkforceFigures f = new WorkforceFigures(LocalDate.of(2024, 3, 2), "x", 25_256, 21_720,
                LaoCaiSnapshot.bySector(), LaoCaiSnapshot.byDegreeBucket(), LaoCaiSnapshot.byField());
        assertThat(refusal(f).rule()).isEqualTo("membership.date-in-future");
    }

    @Test
    void malformedCountsAreRefusedBeforeAnyRule() {
        assertThatThrownBy(() -> new WorkforceFigures(LaoCaiSnapshot.AS_OF, "x", -1, 0, Map.of(), Map.of(), Map.of()))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new WorkforceFigures(LaoCaiSnapshot.AS_OF, "x", 1, 1,
                Map.of(WorkforceSector.VIEN_CHUC, -1), Map.of(), Map.of()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("bySector.VIEN_CHUC");
        assertThatThrownBy(() -> new WorkforceFigures(LaoCaiSnapshot.AS_OF, " ", 1, 1, Map.of(), Map.of(), Map.of()))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void missingCategoriesCountAsZero() {
        WorkforceFigures f = new WorkforceFigures(LaoCaiSnapshot.AS_OF, "x", 10, 5,
                Map.of(WorkforceSector.VIEN_CHUC, 5), Map.of(WorkforceDegreeBucket.BACHELOR_OR_COLLEGE, 5),
                Map.of(WorkforceField.Y_TE, 5));
        assertThat(f.bySector()).containsEntry(WorkforceSector.CAN_BO_CONG_CHUC, 0).hasSize(2);
        assertThat(f.byField()).hasSize(5);
    }

    private Rejection refusal(WorkforceFigures f) {
        String id = WorkforceSnapshotId.of(f.asOfDate(), f.source());
        Refusal refused = Refusal.anyRule();
        fixture.givenNoPriorActivity()
               .when(new ImportSnapshot(id, f))
               .expectNoEvents()
               .expectException(refused);
        return refused.rejection();
    }
}
