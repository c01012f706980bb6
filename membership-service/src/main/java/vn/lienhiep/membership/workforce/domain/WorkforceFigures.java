package vn.lienhiep.membership.workforce.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import vn.lienhiep.kernel.Inputs;
import vn.lienhiep.kernel.InvalidInput;

/**
 * One dated count of the province's intellectual workforce, as the provincial HR system reports it (not derived from
 * member rolls). Malformed figures (negative or missing) are refused here as {@link InvalidInput} naming the field as
 * the API names it (400); figures that do not reconcile are a business rule (see {@link WorkforcePolicies}).
 *
 * <p>A category absent from a breakdown counts as zero, so every breakdown map holds every key.
 */
public record WorkforceFigures(LocalDate asOfDate, String source, int totalCivilServants, int intellectualsTotal,
                               Map<WorkforceSector, Integer> bySector,
                               Map<WorkforceDegreeBucket, Integer> byDegreeBucket,
                               Map<WorkforceField, Integer> byField) {

    public WorkforceFigures {
        Inputs.required(asOfDate, "asOfDate");
        source = Inputs.text(source, "source");
        Inputs.notNegative(totalCivilServants, "totalCivilServants");
        Inputs.notNegative(intellectualsTotal, "intellectualsTotal");
        bySector = complete(WorkforceSector.class, bySector, "bySector");
        byDegreeBucket = complete(WorkforceDegreeBucket.class, byDegreeBucket, "byDegreeBucket");
        byField = complete(WorkforceField.class, byField, "byField");
    }

    public long sectorSum() {
        return sum(bySector);
    }

    public long degreeBucketSum() {
        return sum(byDegreeBucket);
    }

    public long fieldSum() {
        return sum(byField);
    }

    private static long sum(Map<?, Integer> counts) {
        return counts.values().stream().mapToLong(Integer::longValue).sum();
    }

    private static <K extends Enum<K>> Map<K, Integer> complete(Class<K> type, Map<K, Integer> given, String name) {
        Inputs.required(given, name);
        EnumMap<K, Integer> all = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            all.put(key, 0);
        }
        given.forEach((key, count) -> {
            if (key == null) {
                throw new InvalidInput(name, "có một mục không có trong danh mục", "has an unknown category");
            }
            if (count == null || count < 0) {
                throw new InvalidInput(name + "." + key.name(), "phải là số không âm", "must be a count >= 0");
            }
            all.put(key, count);
        });
        return Collections.unmodifiableMap(all);
    }
}
