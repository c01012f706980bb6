package vn.lienhiep.review.engagement.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.lienhiep.platform.readmodel.PageResult;
import vn.lienhiep.platform.readmodel.TextSearch;
import vn.lienhiep.review.common.domain.SubjectType;
import vn.lienhiep.review.engagement.domain.EngagementStatus;

/** Reads of the {@code review_engagements} read model. */
@Component
public class EngagementQueries {

    private final MongoTemplate mongo;

    public EngagementQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<EngagementView> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, EngagementProjection.COLLECTION)).map(EngagementView::new);
    }

    /**
     * @param requesterId only this requesting body's engagements (a requester's own list); null for all
     */
    public PageResult<EngagementView> search(String q, EngagementStatus status, SubjectType subjectType, Integer year,
                                             String requesterId, int page, int size) {
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
        query.with(Sort.by(Sort.Direction.DESC, "receivedAt").and(Sort.by("_id"))).skip((long) page * size).limit(size);
        List<EngagementView> items = mongo.find(query, Document.class, EngagementProjection.COLLECTION).stream()
                                          .map(EngagementView::new).toList();
        return PageResult.of(items, page, size, total);
    }

    /** What the public may see: closed engagements the union decided to publish. */
    public PageResult<EngagementView> published(int page, int size) {
        Query query = new Query(Criteria.where("published").is(true).and("status").is(EngagementStatus.CLOSED.name()));
        long total = mongo.count(query, EngagementProjection.COLLECTION);
        query.with(Sort.by(Sort.Direction.DESC, "closedOn").and(Sort.by("_id"))).skip((long) page * size).limit(size);
        return PageResult.of(mongo.find(query, Document.class, EngagementProjection.COLLECTION).stream()
                                  .map(EngagementView::new).toList(), page, size, total);
    }

    /** A due date passed and the thing due has not happened: which date, how many days late. */
    public record Overdue(String engagementId, String title, String status, String requester, String dueDate,
                          String what, String whatEn, long daysLate) {
    }

    /**
     * Engagements past a recorded due date on {@code day}: no acceptance decision by decideBy, no report sent by
     * reportDue, no response by responseDue. Evaluated in Java over the open engagements (a province has hundreds).
     */
    public PageResult<Overdue> overdue(LocalDate day, int page, int size) {
        Query open = new Query(Criteria.where("status").nin(EngagementStatus.CLOSED.name(), EngagementStatus.DECLINED.name(),
                                                            EngagementStatus.CANCELLED.name()));
        List<Overdue> all = new ArrayList<>();
        for (Document d : mongo.find(open, Document.class, EngagementProjection.COLLECTION)) {
            Document due = d.get("due", Document.class);
            if (due == null) {
                continue;
            }
            String status = d.getString("status");
            String requester = d.get("requester", Document.class) == null ? null : d.get("requester", Document.class).getString("name");
            String dueOn;
            String what;
            String whatEn;
            if (status.equals("RECEIVED") || status.equals("INCOMPLETE")) {
                dueOn = due.getString("decideBy");
                what = "Chưa quyết định tiếp nhận";
                whatEn = "No acceptance decision";
            } else if (status.equals("REPORT_SENT")) {
                dueOn = due.getString("responseDue");
                what = "Cơ quan đề nghị chưa phản hồi";
                whatEn = "The requester has not responded";
            } else if (status.equals("RESPONSE_RECEIVED") || status.equals("PROPOSED")) {
                continue;
            } else {
                dueOn = due.getString("reportDue");
                what = "Chưa gửi báo cáo";
                whatEn = "Report not sent";
            }
            if (dueOn != null && LocalDate.parse(dueOn).isBefore(day)) {
                all.add(new Overdue(d.getString("_id"), d.getString("title"), status, requester, dueOn, what, whatEn,
                                    java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(dueOn), day)));
            }
        }
        all.sort(java.util.Comparator.comparingLong(Overdue::daysLate).reversed().thenComparing(Overdue::engagementId));
        int from = Math.min(all.size(), page * size);
        return PageResult.of(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
    }
}
