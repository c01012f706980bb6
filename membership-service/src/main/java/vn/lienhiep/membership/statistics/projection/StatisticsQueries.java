package vn.lienhiep.membership.statistics.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.lienhiep.membership.organization.domain.OrganizationKind;
import vn.lienhiep.membership.organization.domain.OrganizationStatus;
import vn.lienhiep.membership.organization.projection.OrganizationProjection;
import vn.lienhiep.membership.person.projection.PersonProjection;
import vn.lienhiep.membership.statistics.domain.OrganizationFacts;
import vn.lienhiep.membership.statistics.domain.PersonFacts;

/**
 * Loads the dated facts statistics are computed from. They come from the projections' timelines, which are rebuilt
 * from the event store by replay, so every answer is a reconstruction from the event history, not a nightly copy.
 */
@Component
public class StatisticsQueries {

    private final MongoTemplate mongo;

    public StatisticsQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<OrganizationFacts> organizations() {
        Query query = new Query();
        query.fields().include("name", "kind", "statusTimeline", "memberCounts");
        return mongo.find(query, Document.class, OrganizationProjection.COLLECTION).stream()
                    .map(StatisticsQueries::facts).toList();
    }

    public List<PersonFacts> persons() {
        Query query = new Query();
        query.fields().include("registeredAt", "degreeHistory", "memberships");
        return mongo.find(query, Document.class, PersonProjection.COLLECTION).stream()
                    .map(StatisticsQueries::personFacts).toList();
    }

    @SuppressWarnings("unchecked")
    private static PersonFacts personFacts(Document d) {
        List<PersonFacts.ProfileFact> profiles = ((List<Document>) d.getOrDefault("degreeHistory", List.of())).stream()
                .map(p -> new PersonFacts.ProfileFact(p.getString("degreeBucket"), p.getBoolean("intellectual", false),
                                                      p.getString("workSector"), p.getString("field"),
                                                      date(p.getString("effectiveDate")), instant(p.getString("recordedAt"))))
                .toList();
        List<PersonFacts.MembershipFact> memberships = ((List<Document>) d.getOrDefault("memberships", List.of()))
                .stream()
                .map(m -> new PersonFacts.MembershipFact(m.getString("organizationId"), date(m.getString("since")),
                                                         date(m.getString("until")), instant(m.getString("recordedAt")),
                                                         instant(m.getString("endRecordedAt"))))
                .toList();
        return new PersonFacts(d.getString("_id"), instant(d.getString("registeredAt")), profiles, memberships);
    }

    @SuppressWarnings("unchecked")
    private static OrganizationFacts facts(Document d) {
        List<OrganizationFacts.StatusFact> statuses = ((List<Document>) d.getOrDefault("statusTimeline", List.of()))
                .stream()
                .map(s -> new OrganizationFacts.StatusFact(OrganizationStatus.valueOf(s.getString("status")),
                                                           LocalDate.parse(s.getString("effectiveDate")),
                                                           instant(s.getString("recordedAt"))))
                .toList();
        List<OrganizationFacts.CountFact> counts = ((List<Document>) d.getOrDefault("memberCounts", List.of()))
                .stream()
                .map(c -> new OrganizationFacts.CountFact(LocalDate.parse(c.getString("asOf")),
                                                          c.getInteger("members", 0),
                                                          c.getInteger("intellectualMembers", 0),
                                                          instant(c.getString("recordedAt"))))
                .toList();
        return new OrganizationFacts(d.getString("_id"), d.getString("name"), OrganizationKind.valueOf(d.getString("kind")),
                                     statuses, counts);
    }

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    static Instant instant(String iso) {
        return iso == null ? null : Instant.parse(iso);
    }
}
