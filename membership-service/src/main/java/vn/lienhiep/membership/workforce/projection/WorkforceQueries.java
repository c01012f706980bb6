package vn.lienhiep.membership.workforce.projection;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.lienhiep.membership.workforce.domain.WorkforceDegreeBucket;
import vn.lienhiep.membership.workforce.domain.WorkforceField;
import vn.lienhiep.membership.workforce.domain.WorkforceFigures;
import vn.lienhiep.membership.workforce.domain.WorkforceSector;
import vn.lienhiep.membership.workforce.domain.IntellectualStructure;
import vn.lienhiep.membership.workforce.domain.WorkforceStatistics;

/** Reads of the {@code workforce_snapshots} read model, and the R-M1 report over it. */
@Component
public class WorkforceQueries implements WorkforceStatistics {

    private final MongoTemplate mongo;

    public WorkforceQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Newest first by the date the figures count, then by import time. */
    public List<WorkforceSnapshotView> list() {
        Query query = new Query().with(Sort.by(Sort.Direction.DESC, "asOfDate", "importedAt"));
        return mongo.find(query, Document.class, WorkforceProjection.COLLECTION).stream()
                    .map(WorkforceQueries::view).toList();
    }

    public Optional<WorkforceSnapshotView> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, WorkforceProjection.COLLECTION))
                       .map(WorkforceQueries::view);
    }

    /** The snapshot in force on {@code date}: the latest dated on or before it (a later import of that date wins). */
    public Optional<WorkforceSnapshotView> latestAsOf(LocalDate date) {
        return latestAsOf(date, null);
    }

    /** The same, among the snapshots imported by {@code knownAt} (null = all): what could be answered that day. */
    public Optional<WorkforceSnapshotView> latestAsOf(LocalDate date, java.time.Instant knownAt) {
        Criteria criteria = Criteria.where("asOfDate").lte(date.toString());
        if (knownAt != null) {
            // ISO-8601 instants in UTC compare correctly as strings
            criteria = criteria.and("importedAt").lte(knownAt.toString());
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "asOfDate", "importedAt")).limit(1);
        return mongo.find(query, Document.class, WorkforceProjection.COLLECTION).stream().findFirst()
                    .map(WorkforceQueries::view);
    }

    /** R-M1 as of {@code date}; empty when no snapshot is dated on or before it. */
    public Optional<IntellectualStructure> intellectualStructure(LocalDate date) {
        return intellectualStructure(date, null);
    }

    @Override
    public Optional<IntellectualStructure> intellectualStructure(LocalDate date, java.time.Instant knownAt) {
        return latestAsOf(date, knownAt).map(v -> IntellectualStructure.of(v.id(), v.toFigures()));
    }

    static WorkforceSnapshotView view(Document d) {
        return new WorkforceSnapshotView(d.getString("_id"), ((Number) d.get("version")).longValue(),
                d.getString("asOfDate"), d.getString("source"), d.getInteger("totalCivilServants", 0),
                d.getInteger("intellectualsTotal", 0),
                counts(d.get("bySector", Document.class), WorkforceSector.class),
                counts(d.get("byDegreeBucket", Document.class), WorkforceDegreeBucket.class),
                counts(d.get("byField", Document.class), WorkforceField.class), d.getString("importedAt"));
    }

    private static <K extends Enum<K>> Map<K, Integer> counts(Document d, Class<K> type) {
        Map<K, Integer> counts = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            Object value = d == null ? null : d.get(key.name());
            counts.put(key, value == null ? 0 : ((Number) value).intValue());
        }
        return counts;
    }

    /** A snapshot as the API shows it; the breakdowns hold every category. */
    public record WorkforceSnapshotView(String id, long version, String asOfDate, String source,
                                        int totalCivilServants, int intellectualsTotal,
                                        Map<WorkforceSector, Integer> bySector,
                                        Map<WorkforceDegreeBucket, Integer> byDegreeBucket,
                                        Map<WorkforceField, Integer> byField, String importedAt) {

        public WorkforceFigures toFigures() {
            return new WorkforceFigures(LocalDate.parse(asOfDate), source, totalCivilServants, intellectualsTotal,
                                        bySector, byDegreeBucket, byField);
        }
    }
}
