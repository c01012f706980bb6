package vn.lienhiep.membership.workforce.publicevents;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienhiep.membership.workforce.domain.WorkforceEvents;
import vn.lienhiep.platform.publishing.PublicEventCatalog;

/**
 * What membership tells the world about workforce statistics (denominators for reports, VUSTA). Aggregate counts
 * only; no personal data.
 */
@Configuration
public class WorkforcePublicEvents {

    @Bean
    public PublicEventCatalog workforcePublicEventCatalog() {
        return PublicEventCatalog.builder()
                .publish(WorkforceEvents.SnapshotImported.class, "workforce-statistic-imported", 1,
                         WorkforcePublicEvents::imported)
                .build();
    }

    public static WorkforceStatisticImportedV1 imported(WorkforceEvents.SnapshotImported e) {
        return new WorkforceStatisticImportedV1(e.snapshotId(), e.asOfDate().toString(), e.source(),
                e.totalCivilServants(), e.intellectualsTotal(), byName(e.bySector()), byName(e.byDegreeBucket()),
                byName(e.byField()));
    }

    private static Map<String, Integer> byName(Map<? extends Enum<?>, Integer> counts) {
        Map<String, Integer> named = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.ordinal() - b.ordinal()))
              .forEach(e -> named.put(e.getKey().name(), e.getValue()));
        return named;
    }

    public record WorkforceStatisticImportedV1(String snapshotId, String asOfDate, String source,
                                               int totalCivilServants, int intellectualsTotal,
                                               Map<String, Integer> bySector, Map<String, Integer> byDegreeBucket,
                                               Map<String, Integer> byField) {
    }
}
