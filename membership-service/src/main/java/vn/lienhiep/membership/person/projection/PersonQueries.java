package vn.lienhiep.membership.person.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.lienhiep.platform.readmodel.ListSort;
import vn.lienhiep.platform.readmodel.PageResult;
import vn.lienhiep.platform.readmodel.TextSearch;

/** Reads of the {@code persons} read model. */
@Component
public class PersonQueries {

    /** {@code sort} of {@code GET /persons}: fullName (Vietnamese order); by the folded name by default. */
    public static final ListSort SORTS = ListSort.defaultOrder(Sort.by("searchName", "_id"))
            .field("fullName", "sortName").build();

    private final MongoTemplate mongo;

    public PersonQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<PersonView> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, PersonProjection.COLLECTION))
                       .map(PersonQueries::view);
    }

    /**
     * @param organizationId persons with an OPEN membership of this organisation
     * @param order          {@link #SORTS}
     */
    public PageResult<PersonView> search(String q, String degree, String field, String sector, String organizationId,
                                         Sort order, int page, int size) {
        List<Criteria> filters = new ArrayList<>();
        Criteria text = TextSearch.matchingAllWords("searchName", q);
        if (text != null) {
            filters.add(text);
        }
        if (degree != null) {
            filters.add(Criteria.where("degree").is(degree));
        }
        if (field != null) {
            filters.add(Criteria.where("field").is(field));
        }
        if (sector != null) {
            filters.add(Criteria.where("workSector").is(sector));
        }
        if (organizationId != null) {
            filters.add(Criteria.where("organizationIds").is(organizationId));
        }
        Query query = filters.isEmpty() ? new Query()
                : new Query(filters.size() == 1 ? filters.get(0)
                                                : new Criteria().andOperator(filters.toArray(new Criteria[0])));
        long total = mongo.count(query, PersonProjection.COLLECTION);
        query.with(order).skip((long) page * size).limit(size);
        List<PersonView> items = mongo.find(query, Document.class, PersonProjection.COLLECTION).stream()
                                      .map(d -> view(d).withoutPersonalData()).toList();
        return PageResult.of(items, page, size, total);
    }

    @SuppressWarnings("unchecked")
    static PersonView view(Document d) {
        Document contact = d.get("contact", Document.class);
        List<PersonView.MembershipEntry> memberships = ((List<Document>) d.getOrDefault("memberships", List.of()))
                .stream()
                .map(m -> new PersonView.MembershipEntry(m.getString("membershipId"), m.getString("organizationId"),
                        m.getString("memberType"), m.getString("since"), m.getString("until"),
                        m.getBoolean("continuous", true), m.getString("endReason"), m.getString("recordedAt")))
                .toList();
        List<PersonView.DegreeEntry> degrees = ((List<Document>) d.getOrDefault("degreeHistory", List.of()))
                .stream()
                .map(h -> new PersonView.DegreeEntry(h.getString("degree"), h.getString("degreeBucket"),
                        h.getString("workSector"), h.getString("field"), h.getString("effectiveDate"),
                        h.getString("recordedAt")))
                .toList();
        return new PersonView(d.getString("_id"), ((Number) d.get("version")).longValue(), d.getString("fullName"),
                d.getString("dateOfBirth"), d.getString("gender"), d.getString("ethnicity"), d.getString("degree"),
                d.getString("degreeBucket"), d.getBoolean("intellectual", false), d.getString("academicTitle"),
                (List<String>) d.getOrDefault("honoraryTitles", List.of()), d.getString("workSector"),
                d.getString("field"), d.getString("employer"), d.getBoolean("tradeUnionMember", false),
                contact == null ? null : new PersonView.Contact(contact.getString("phone"),
                        contact.getString("email"), contact.getString("address")),
                d.getString("nationalIdLast4"), memberships, degrees, d.getString("registeredAt"),
                d.getString("profileEffectiveDate"), d.getString("updatedAt"));
    }
}
