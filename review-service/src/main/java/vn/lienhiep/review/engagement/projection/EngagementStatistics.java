package vn.lienhiep.review.engagement.projection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * R-R1 (docs/domain/reports.md#r-r1): what the union reports each year about its consultancy, critique and social assessment, for
 * any date. Evaluated from each engagement's dated {@code statusTimeline} (ADR 0006): an engagement counts on {@code
 * asOf} if it had been accepted by then (a declined, withdrawn or cancelled one did not happen), and its adoption counts
 * once it had closed by then. Workshops count by the day they were held.
 */
@Component
public class EngagementStatistics {

    private static final Set<String> NOT_UNDERTAKEN = Set.of("PROPOSED", "RECEIVED", "INCOMPLETE", "DECLINED");

    private final MongoTemplate mongo;

    public EngagementStatistics(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public record Summary(String asOf, Integer year, long requestsReceived, long engagements, long declined,
                          long cancelled, long reportsSent, long closed, long draftLawsCommented, long workshopsHeld,
                          Map<String, Long> byForm, Map<String, Long> bySubjectType, Map<String, Long> byOrigin,
                          Map<String, Long> byRequesterKind, Map<String, Long> byRequester, Adoption adoption) {
    }

    /**
     * @param recommendations answered recommendations of engagements closed by then, by adoption
     * @param rate            (adopted + partially adopted) / answered recommendations, 0..1; null when none answered
     */
    public record Adoption(Map<String, Long> engagements, Map<String, Long> recommendations, Double rate) {
    }

    /** @param year only engagements whose request arrived in this year; null for all years */
    @SuppressWarnings("unchecked")
    public Summary summary(LocalDate asOf, Integer year) {
        String day = asOf.toString();
        long received = 0, engagements = 0, declined = 0, cancelled = 0, sent = 0, closed = 0, draftLaws = 0, workshops = 0;
        Map<String, Long> byForm = new TreeMap<>(), bySubject = new TreeMap<>(), byOrigin = new TreeMap<>(),
                byKind = new TreeMap<>(), byRequester = new TreeMap<>(), adoptionByEngagement = new TreeMap<>(),
                recommendations = new TreeMap<>();
        for (Document d : mongo.find(new Query(), Document.class, EngagementProjection.COLLECTION)) {
            if (year != null && !year.equals(d.getInteger("year"))) {
                continue;
            }
            List<Document> timeline = (List<Document>) d.getOrDefault("statusTimeline", List.of());
            String status = statusOn(timeline, day);
            if (status == null) {
                continue;
            }
            received++;
            if (status.equals("DECLINED")) {
                declined++;
            }
            if (status.equals("CANCELLED")) {
                cancelled++;
            }
            if (NOT_UNDERTAKEN.contains(status) || (status.equals("CANCELLED") && !reached(timeline, day, "ACCEPTED"))) {
                continue;
            }
            engagements++;
            for (String form : (List<String>) d.getOrDefault("forms", List.of())) {
                byForm.merge(form, 1L, Long::sum);
            }
            bySubject.merge(d.getString("subjectType"), 1L, Long::sum);
            byOrigin.merge(d.getString("origin"), 1L, Long::sum);
            Document requester = d.get("requester", Document.class);
            byKind.merge(requester.getString("kind"), 1L, Long::sum);
            byRequester.merge(requester.getString("name"), 1L, Long::sum);
            for (Document w : (List<Document>) d.getOrDefault("workshops", List.of())) {
                if (w.getString("heldOn").compareTo(day) <= 0) {
                    workshops++;
                }
            }
            boolean reportSent = reached(timeline, day, "REPORT_SENT");
            if (reportSent) {
                sent++;
                if ("DRAFT_LAW".equals(d.getString("subjectType"))) {
                    draftLaws++;
                }
            }
            if (status.equals("CLOSED")) {
                closed++;
                adoptionByEngagement.merge(d.getString("adoption"), 1L, Long::sum);
                Document counts = d.get("adoptionCounts", Document.class);
                if (counts != null) {
                    for (String key : List.of("adopted", "partiallyAdopted", "notAdopted", "noResponse")) {
                        recommendations.merge(key, ((Number) counts.getOrDefault(key, 0)).longValue(), Long::sum);
                    }
                }
            }
        }
        long answered = recommendations.getOrDefault("adopted", 0L) + recommendations.getOrDefault("partiallyAdopted", 0L)
                        + recommendations.getOrDefault("notAdopted", 0L);
        Double rate = answered == 0 ? null
                : (recommendations.getOrDefault("adopted", 0L) + recommendations.getOrDefault("partiallyAdopted", 0L))
                  / (double) answered;
        return new Summary(day, year, received, engagements, declined, cancelled, sent, closed, draftLaws, workshops,
                           byForm, bySubject, byOrigin, byKind, byRequester,
                           new Adoption(adoptionByEngagement, recommendations, rate));
    }

    /** The status in force on {@code day}: the last timeline entry effective on or before it; null if none yet. */
    static String statusOn(List<Document> timeline, String day) {
        String status = null;
        String latest = "";
        for (Document entry : timeline) {
            String effective = entry.getString("effectiveDate");
            if (effective.compareTo(day) <= 0 && effective.compareTo(latest) >= 0) {
                latest = effective;
                status = entry.getString("status");
            }
        }
        return status;
    }

    private static boolean reached(List<Document> timeline, String day, String status) {
        return timeline.stream().anyMatch(e -> status.equals(e.getString("status"))
                                               && e.getString("effectiveDate").compareTo(day) <= 0);
    }
}
