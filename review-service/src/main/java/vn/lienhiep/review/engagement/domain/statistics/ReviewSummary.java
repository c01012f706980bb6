package vn.lienhiep.review.engagement.domain.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import vn.lienhiep.kernel.TimeSlice;
import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.SubjectType;
import vn.lienhiep.review.engagement.domain.Adoption;
import vn.lienhiep.review.engagement.domain.AdoptionCounts;
import vn.lienhiep.review.engagement.domain.RequestOrigin;
import vn.lienhiep.review.engagement.domain.RequesterKind;

/**
 * R-R1 (docs/domain/reports.md#r-r1): what the union reports about its consultancy, critique and social assessment,
 * for one time slice ({@code asOf}, {@code knownAt}) and optionally the requests of one year. A request counts from
 * the day it arrived (a self-initiated review: the day the authority consented), an engagement from the day the
 * union accepted it, and each later step from its own date. {@code year} is the year the request arrived. Every
 * category of the enumerated breakdowns is listed, zero included.
 *
 * @param engagements the requests the union undertook: accepted by then (one declined, or withdrawn or cancelled
 *                    before acceptance, did not happen; one cancelled after acceptance still counts)
 */
public record ReviewSummary(LocalDate asOf, Instant knownAt, Integer year, long requestsReceived, long engagements,
                            long declined, long cancelled, long reportsSent, long closed, long draftLawsCommented,
                            long workshopsHeld, Map<ReviewForm, Long> byForm, Map<SubjectType, Long> bySubjectType,
                            Map<RequestOrigin, Long> byOrigin, Map<RequesterKind, Long> byRequesterKind,
                            Map<String, Long> byRequester, AdoptionSummary adoption) {

    /**
     * @param engagements     closed engagements by their overall adoption
     * @param recommendations recommendations of the closed engagements by adoption (adopted, partiallyAdopted,
     *                        notAdopted, noResponse)
     * @param rate            (adopted + partially adopted) / answered recommendations, 0..1; null when none answered
     */
    public record AdoptionSummary(Map<Adoption, Long> engagements, Map<String, Long> recommendations, Double rate) {
    }

    /** @param year only requests that arrived in this year; null for all years */
    public static ReviewSummary compute(Collection<EngagementFacts> all, TimeSlice slice, Integer year) {
        long received = 0, engagements = 0, declined = 0, cancelled = 0, sent = 0, closed = 0, draftLaws = 0;
        long workshops = 0;
        Map<ReviewForm, Long> byForm = zeros(ReviewForm.class);
        Map<SubjectType, Long> bySubject = zeros(SubjectType.class);
        Map<RequestOrigin, Long> byOrigin = zeros(RequestOrigin.class);
        Map<RequesterKind, Long> byKind = zeros(RequesterKind.class);
        Map<String, Long> byRequester = new TreeMap<>();
        Map<Adoption, Long> adoptionByEngagement = zeros(Adoption.class);
        long adopted = 0, partially = 0, notAdopted = 0, noResponse = 0;
        for (EngagementFacts e : all) {
            if (e.received(slice).isEmpty()
                || (year != null && e.receivedOn().map(d -> d.getYear() != year).orElse(true))) {
                continue;
            }
            received++;
            if (e.declined(slice)) {
                declined++;
            }
            if (e.ended(slice)) {
                cancelled++;
            }
            if (!e.accepted(slice)) {
                continue;
            }
            engagements++;
            e.forms(slice).forEach(form -> byForm.merge(form, 1L, Long::sum));
            bySubject.merge(e.subjectType(), 1L, Long::sum);
            byOrigin.merge(e.origin(), 1L, Long::sum);
            byKind.merge(e.requesterKind(), 1L, Long::sum);
            byRequester.merge(e.requesterName(), 1L, Long::sum);
            workshops += e.workshopsHeld(slice);
            if (e.reportSent(slice)) {
                sent++;
                if (e.subjectType() == SubjectType.DRAFT_LAW) {
                    draftLaws++;
                }
            }
            if (e.closed(slice)) {
                closed++;
                adoptionByEngagement.merge(e.closing().adoption(), 1L, Long::sum);
                AdoptionCounts counts = e.closing().counts();
                adopted += counts.adopted();
                partially += counts.partiallyAdopted();
                notAdopted += counts.notAdopted();
                noResponse += counts.noResponse();
            }
        }
        Map<String, Long> recommendations = new LinkedHashMap<>();
        recommendations.put("adopted", adopted);
        recommendations.put("partiallyAdopted", partially);
        recommendations.put("notAdopted", notAdopted);
        recommendations.put("noResponse", noResponse);
        long answered = adopted + partially + notAdopted;
        Double rate = answered == 0 ? null : (adopted + partially) / (double) answered;
        return new ReviewSummary(slice.asOf(), slice.knownAt(), year, received, engagements, declined, cancelled, sent,
                                 closed, draftLaws, workshops, byForm, bySubject, byOrigin, byKind, byRequester,
                                 new AdoptionSummary(adoptionByEngagement, recommendations, rate));
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> map = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            map.put(e, 0L);
        }
        return map;
    }
}
