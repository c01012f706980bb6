package vn.lienhiep.review.engagement.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.lienhiep.platform.readmodel.ListSort;
import vn.lienhiep.platform.readmodel.PageResult;
import vn.lienhiep.platform.readmodel.TextSearch;
import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.SubjectType;
import vn.lienhiep.review.engagement.domain.Adoption;
import vn.lienhiep.review.engagement.domain.AdoptionCounts;
import vn.lienhiep.review.engagement.domain.EngagementStatus;
import vn.lienhiep.review.engagement.domain.RequestOrigin;
import vn.lienhiep.review.engagement.domain.RequesterKind;
import vn.lienhiep.review.engagement.domain.statistics.EngagementFacts;
import vn.lienhiep.review.engagement.domain.statistics.EngagementFacts.DueKind;
import vn.lienhiep.review.engagement.projection.EngagementView.*;

/**
 * Reads of the {@code review_engagements} read model: the typed view of one engagement (built from the document here
 * and nowhere else), searches, the published outcomes, and the dated facts statistics are computed from.
 */
@Component
public class EngagementQueries {

    /**
     * {@code sort} of {@code GET /engagements}: receivedAt, title (Vietnamese order), reportDue (the report's current
     * due date; none yet first); newest arrival first by default.
     */
    public static final ListSort SORTS = ListSort.defaultOrder(Sort.by(Sort.Direction.DESC, "receivedAt").and(Sort.by("_id")))
            .field("receivedAt", "receivedAt").field("title", "sortTitle").field("reportDue", "due.reportDue").build();

    private final MongoTemplate mongo;

    public EngagementQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<EngagementView> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, EngagementProjection.COLLECTION))
                       .map(EngagementQueries::view);
    }

    /**
     * @param year        only requests that arrived in this year
     * @param requesterId only this requesting body's engagements (a requester's own list); null for all
     * @param order       {@link #SORTS}
     */
    public PageResult<EngagementView> search(String q, EngagementStatus status, SubjectType subjectType, Integer year,
                                             String requesterId, Sort order, int page, int size) {
        List<Criteria> filters = new ArrayList<>();
        Criteria text = TextSearch.matchingAllWords("searchText", q);
        if (text != null) {
            filters.add(text);
        }
        if (status != null) {
            filters.add(Criteria.where("status").is(status.name()));
        }
        if (subjectType != null) {
            filters.add(Criteria.where("subjectType").is(subjectType.name()));
        }
        if (year != null) {
            filters.add(Criteria.where("year").is(year));
        }
        if (requesterId != null) {
            filters.add(Criteria.where("requester.id").is(requesterId));
        }
        Query query = filters.isEmpty() ? new Query()
                : new Query(new Criteria().andOperator(filters.toArray(new Criteria[0])));
        long total = mongo.count(query, EngagementProjection.COLLECTION);
        query.with(order).skip((long) page * size).limit(size);
        List<EngagementView> items = mongo.find(query, Document.class, EngagementProjection.COLLECTION).stream()
                                          .map(EngagementQueries::view).toList();
        return PageResult.of(items, page, size, total);
    }

    /** What the public may see: closed engagements the union decided to publish. */
    public PageResult<PublishedOutcome> published(int page, int size) {
        Query query = new Query(Criteria.where("published").is(true).and("status").is(EngagementStatus.CLOSED.name()));
        long total = mongo.count(query, EngagementProjection.COLLECTION);
        query.with(Sort.by(Sort.Direction.DESC, "closedOn").and(Sort.by("_id"))).skip((long) page * size).limit(size);
        return PageResult.of(mongo.find(query, Document.class, EngagementProjection.COLLECTION).stream()
                                  .map(d -> PublishedOutcome.of(view(d))).toList(), page, size, total);
    }

    /** Every engagement's dated facts (a province has hundreds; statistics evaluate them in memory, ADR 0006). */
    public List<EngagementFacts> facts() {
        Query query = new Query();
        query.fields().include("title", "origin", "subjectType", "requester", "forms", "statusTimeline", "adoption",
                               "adoptionCounts", "due", "dues");
        return mongo.find(query, Document.class, EngagementProjection.COLLECTION).stream()
                    .map(EngagementQueries::facts).toList();
    }

    // --- the document, typed ---------------------------------------------------------------------------------------

    static EngagementView view(Document d) {
        return new EngagementView(d.getString("_id"), number(d, "version", 0L), d.getString("status"),
                d.getString("statusSince"), d.getString("origin"), d.getString("title"), d.getString("subjectType"),
                d.getString("issuingLevel"), d.getString("sector"), requestingBody(d.get("requester", Document.class)),
                d.getString("draftingBody"), strings(d, "reviewTypes"), d.getString("receivedAt"),
                d.get("year") == null ? null : number(d, "year", 0L).intValue(), d.getString("requestedDeadline"),
                strings(d, "dossier"), d.containsKey("missingDocuments") ? strings(d, "missingDocuments") : null,
                Boolean.TRUE.equals(d.getBoolean("confidential")), d.getString("coOrganiser"), d.getString("leadOrg"),
                sub(d, "due", due -> new DueDatesEntry(due.getString("regulation"), due.getString("acknowledgeBy"),
                        due.getString("decideBy"), due.getString("reportDue"),
                        Boolean.TRUE.equals(due.getBoolean("shortNotice")), due.getString("responseDue"))),
                sub(d, "proposalApproval", EngagementQueries::decision),
                sub(d, "acceptance", EngagementQueries::decision),
                sub(d, "decline", x -> new DeclineEntry(x.getString("reason"),
                                                        sub(x, "decision", EngagementQueries::decision))),
                sub(d, "plan", p -> new PlanEntry(strings(p, "forms"), p.getString("fundingSource"),
                        number(p, "estimateVnd", 0L), number(p, "planYear", 0L).intValue(), p.getString("contractRef"),
                        p.getString("reportDue"), p.getString("contractSignedOn"))),
                d.containsKey("forms") ? strings(d, "forms") : null,
                keyed(d, "panel", m -> new PanelMemberEntry(m.getString("expertId"), m.getString("personId"),
                        m.getString("role"), m.getString("invitation"), m.getString("invitedOn"),
                        m.getString("acceptedOn"), m.getString("declinedOn"), m.getString("declineReason"),
                        sub(m, "declaration", x -> new DeclarationEntry(strings(x, "interests"),
                                x.getString("signedOn"), Boolean.TRUE.equals(x.getBoolean("nonDisclosureSigned")))),
                        m.getString("removalReason"))),
                d.getString("panelFormedOn"), d.get("panelSize") == null ? null : number(d, "panelSize", 0L).intValue(),
                d.containsKey("confirmedExperts") ? strings(d, "confirmedExperts") : null,
                keyed(d, "opinions", o -> new OpinionEntry(o.getString("expertId"), number(o, "version", 0L).intValue(),
                        o.getString("text"), o.getString("submittedOn"), o.getString("submittedAt"))),
                listed(d, "workshops", w -> new WorkshopEntry(w.getString("heldOn"),
                        number(w, "attendees", 0L).intValue(), w.getString("summary"))),
                listed(d, "drafts", r -> new DraftEntry(number(r, "version", 0L).intValue(), r.getString("summary"),
                        r.getString("findings"), recommendations(r), dissents(r), r.getString("draftedAt"))),
                sub(d, "sentReport", r -> new SentReportEntry(number(r, "version", 0L).intValue(),
                        r.getString("summary"), r.getString("findings"), recommendations(r), dissents(r),
                        sub(r, "decision", EngagementQueries::decision), r.getString("signedBy"),
                        r.getString("sentOn"), r.getString("responseDue"))),
                sub(d, "response", r -> new ResponseEntry(r.getString("receivedOn"),
                        listed(r, "answers", a -> new AnswerEntry(a.getString("recommendationId"),
                                a.getString("adoption"), a.getString("explanation"))),
                        r.getString("adoption"), r.getString("explanation"))),
                d.getString("adoption"),
                sub(d, "adoptionCounts", c -> new AdoptionCountsEntry(number(c, "adopted", 0L).intValue(),
                        number(c, "partiallyAdopted", 0L).intValue(), number(c, "notAdopted", 0L).intValue(),
                        number(c, "noResponse", 0L).intValue())),
                d.getString("closedOn"), d.getString("closedBy"), Boolean.TRUE.equals(d.getBoolean("published")),
                d.getString("publishedOn"),
                listed(d, "costs", c -> new CostEntry(number(c, "amountVnd", 0L), c.getString("description"),
                        c.getString("incurredOn"), number(c, "planYear", 0L).intValue())),
                d.get("costTotalVnd") == null ? null : number(d, "costTotalVnd", 0L),
                listed(d, "statusTimeline", t -> new TimelineEntry(t.getString("status"), t.getString("event"),
                        t.getString("effectiveDate"), t.getString("recordedAt"),
                        sub(t, "decision", EngagementQueries::decision), t.getString("reason"))),
                d.getString("createdAt"), d.getString("updatedAt"));
    }

    static EngagementFacts facts(Document d) {
        Document requester = d.get("requester", Document.class);
        List<EngagementFacts.StatusFact> statuses = new ArrayList<>();
        Instant arrivalRecorded = null;
        for (Document t : documents(d, "statusTimeline")) {
            Instant recorded = instant(t.getString("recordedAt"));
            statuses.add(new EngagementFacts.StatusFact(EngagementStatus.valueOf(t.getString("status")),
                                                        t.getString("event"), LocalDate.parse(t.getString("effectiveDate")),
                                                        recorded));
            if (arrivalRecorded == null && "RECEIVED".equals(t.getString("status"))) {
                arrivalRecorded = recorded;
            }
        }
        EngagementFacts.Planned planned = null;
        if (d.containsKey("forms")) {
            Instant plannedAt = statuses.stream().filter(s -> s.status() == EngagementStatus.PLANNED)
                                        .map(EngagementFacts.StatusFact::recorded).findFirst().orElse(null);
            EnumSet<ReviewForm> forms = EnumSet.noneOf(ReviewForm.class);
            strings(d, "forms").forEach(f -> forms.add(ReviewForm.valueOf(f)));
            planned = new EngagementFacts.Planned(forms, plannedAt);
        }
        EngagementFacts.Closing closing = null;
        Document counts = d.get("adoptionCounts", Document.class);
        if (d.getString("adoption") != null && counts != null) {
            closing = new EngagementFacts.Closing(Adoption.valueOf(d.getString("adoption")), new AdoptionCounts(
                    number(counts, "adopted", 0L).intValue(), number(counts, "partiallyAdopted", 0L).intValue(),
                    number(counts, "notAdopted", 0L).intValue(), number(counts, "noResponse", 0L).intValue()));
        }
        List<EngagementFacts.DueFact> dues = new ArrayList<>();
        for (Document due : documents(d, "dues")) {
            dues.add(new EngagementFacts.DueFact(DueKind.valueOf(due.getString("kind")),
                                                 LocalDate.parse(due.getString("date")),
                                                 instant(due.getString("recordedAt"))));
        }
        Document due = d.get("due", Document.class);
        if (dues.isEmpty() && due != null) {
            // Written before the read model kept dues with their instants: known since the request arrived.
            dueFact(dues, DueKind.DECISION, due.getString("decideBy"), arrivalRecorded);
            dueFact(dues, DueKind.REPORT, due.getString("reportDue"), arrivalRecorded);
            dueFact(dues, DueKind.RESPONSE, due.getString("responseDue"), arrivalRecorded);
        }
        return new EngagementFacts(d.getString("_id"), d.getString("title"), RequestOrigin.valueOf(d.getString("origin")),
                                   SubjectType.valueOf(d.getString("subjectType")),
                                   RequesterKind.valueOf(requester.getString("kind")), requester.getString("name"),
                                   planned, statuses, closing, dues);
    }

    private static void dueFact(List<EngagementFacts.DueFact> dues, DueKind kind, String date, Instant recorded) {
        if (date != null) {
            dues.add(new EngagementFacts.DueFact(kind, LocalDate.parse(date), recorded));
        }
    }

    private static RequestingBody requestingBody(Document r) {
        return r == null ? null : new RequestingBody(r.getString("name"), r.getString("kind"), r.getString("id"));
    }

    private static DecisionEntry decision(Document x) {
        return new DecisionEntry(x.getString("number"), x.getString("date"), x.getString("issuedBy"),
                                 x.getString("signer"));
    }

    private static List<RecommendationEntry> recommendations(Document report) {
        return listed(report, "recommendations", r -> new RecommendationEntry(r.getString("recommendationId"),
                                                                               r.getString("text")));
    }

    private static List<DissentEntry> dissents(Document report) {
        return listed(report, "dissentingOpinions", x -> new DissentEntry(x.getString("expertId"),
                                                                          x.getString("text")));
    }

    private static <T> T sub(Document d, String key, Function<Document, T> reader) {
        Document value = d.get(key, Document.class);
        return value == null ? null : reader.apply(value);
    }

    /** A list of sub-documents, null when the document has no such field (it is then left out of the view). */
    private static <T> List<T> listed(Document d, String key, Function<Document, T> reader) {
        return d.containsKey(key) ? documents(d, key).stream().map(reader).toList() : null;
    }

    /** A sub-document keyed by expert id, in the order stored. */
    private static <T> Map<String, T> keyed(Document d, String key, Function<Document, T> reader) {
        Document value = d.get(key, Document.class);
        if (value == null) {
            return null;
        }
        Map<String, T> map = new LinkedHashMap<>();
        value.forEach((k, v) -> map.put(k, reader.apply((Document) v)));
        return map;
    }

    @SuppressWarnings("unchecked")
    private static List<Document> documents(Document d, String key) {
        Object value = d.get(key);
        return value instanceof List<?> list ? (List<Document>) list : List.of();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Document d, String key) {
        Object value = d.get(key);
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    private static Long number(Document d, String key, long otherwise) {
        Object value = d.get(key);
        return value instanceof Number n ? n.longValue() : otherwise;
    }

    private static Instant instant(String iso) {
        return iso == null ? null : Instant.parse(iso);
    }
}
