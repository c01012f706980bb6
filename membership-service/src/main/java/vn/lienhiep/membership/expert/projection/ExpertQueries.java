package vn.lienhiep.membership.expert.projection;

import java.time.Clock;
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

import vn.lienhiep.membership.common.domain.MembershipRules;
import vn.lienhiep.membership.expert.domain.ExpertStatus;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.platform.readmodel.ListSort;
import vn.lienhiep.platform.readmodel.PageResult;
import vn.lienhiep.platform.readmodel.TextSearch;

/**
 * Reads of the {@code experts} read model. "Due for re-confirmation" is computed at read time from today and the
 * union's current rule, so changing the rule needs no replay.
 */
@Component
public class ExpertQueries {

    /**
     * {@code sort} of {@code GET /experts}: fullName (Vietnamese order), reconfirmationDueOn (the verification date
     * plus one period for all, so the verification date's order); by the folded name by default.
     */
    public static final ListSort SORTS = ListSort.defaultOrder(Sort.by("searchName", "_id"))
            .field("fullName", "sortName").field("reconfirmationDueOn", "verifiedOn").build();

    private final MongoTemplate mongo;
    private final MembershipRules rules;
    private final Clock clock;

    public ExpertQueries(MongoTemplate mongo, MembershipRules rules, Clock clock) {
        this.mongo = mongo;
        this.rules = rules;
        this.clock = clock;
    }

    public Optional<ExpertView> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, ExpertProjection.COLLECTION)).map(this::view);
    }

    /**
     * @param field a sub-field or a group code (a group finds experts of any of its sub-fields)
     * @param organizationId experts with an open membership of this organisation
     * @param order          {@link #SORTS}
     */
    public PageResult<ExpertView> search(String q, String field, String degree, String organizationId,
                                         String availability, String status, Boolean dueForReconfirmation, Sort order,
                                         int page, int size) {
        List<Criteria> filters = new ArrayList<>();
        Criteria text = TextSearch.matchingAllWords("searchName", q);
        if (text != null) {
            filters.add(text);
        }
        if (field != null) {
            filters.add(Criteria.where("expertiseCodes").is(field));
        }
        if (degree != null) {
            filters.add(Criteria.where("degree").is(degree));
        }
        if (organizationId != null) {
            filters.add(Criteria.where("organizationIds").is(organizationId));
        }
        if (availability != null) {
            filters.add(Criteria.where("availability").is(availability));
        }
        if (status != null) {
            filters.add(Criteria.where("status").is(status));
        }
        if (dueForReconfirmation != null) {
            Criteria due = new Criteria().andOperator(Criteria.where("status").is(ExpertStatus.ACTIVE.name()),
                    Criteria.where("verifiedOn").lte(lastVerificationStillCurrent().toString()));
            filters.add(dueForReconfirmation ? due : new Criteria().norOperator(due));
        }
        Query query = filters.isEmpty() ? new Query()
                : new Query(filters.size() == 1 ? filters.get(0)
                                                : new Criteria().andOperator(filters.toArray(new Criteria[0])));
        long total = mongo.count(query, ExpertProjection.COLLECTION);
        query.with(order).skip((long) page * size).limit(size);
        List<ExpertView> items = mongo.find(query, Document.class, ExpertProjection.COLLECTION).stream()
                                      .map(this::view).toList();
        return PageResult.of(items, page, size, total);
    }

    /** A profile verified on or before this date is due for re-confirmation today. */
    private LocalDate lastVerificationStillCurrent() {
        return Clocks.today(clock).minusMonths(rules.expertReconfirmationMonths());
    }

    @SuppressWarnings("unchecked")
    private ExpertView view(Document d) {
        String verifiedOn = d.getString("verifiedOn");
        String dueOn = verifiedOn == null ? null
                : LocalDate.parse(verifiedOn).plusMonths(rules.expertReconfirmationMonths()).toString();
        boolean due = ExpertStatus.ACTIVE.name().equals(d.getString("status")) && verifiedOn != null
                      && verifiedOn.compareTo(lastVerificationStillCurrent().toString()) <= 0;
        List<ExpertView.StatusEntry> timeline = ((List<Document>) d.getOrDefault("statusTimeline", List.of()))
                .stream()
                .map(s -> new ExpertView.StatusEntry(s.getString("status"), s.getString("effectiveDate"),
                        s.getString("recordedAt"), s.getString("actingUser"), s.getString("reason")))
                .toList();
        return new ExpertView(d.getString("_id"), ((Number) d.get("version")).longValue(), d.getString("personId"),
                d.getString("fullName"), d.getString("degree"), d.getString("degreeBucket"), d.getString("status"),
                d.getString("statusSince"), (List<String>) d.getOrDefault("expertiseFields", List.of()),
                d.getString("specialisations"), d.getString("scope"), d.getInteger("yearsExperience"),
                (List<String>) d.getOrDefault("employers", List.of()),
                (List<String>) d.getOrDefault("positions", List.of()), d.getString("availability"),
                d.getBoolean("consentToProcessPersonalData", false), d.getBoolean("consentToPublishName", false),
                (List<String>) d.getOrDefault("organizationIds", List.of()), d.getString("registeredOn"),
                d.getString("verifiedAt"), d.getString("verifiedBy"), dueOn, due, d.getString("rejectionReason"),
                d.getString("deactivationReason"), d.getString("deactivatedOn"), timeline, d.getString("updatedAt"));
    }
}
