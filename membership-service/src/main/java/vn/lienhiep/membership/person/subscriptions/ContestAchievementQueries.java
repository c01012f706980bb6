package vn.lienhiep.membership.person.subscriptions;

import java.util.List;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads of each person's contest achievements, kept by {@link ContestAchievementSubscription}. */
@Component
public class ContestAchievementQueries {

    private final MongoTemplate mongo;

    public ContestAchievementQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The person's prizes, newest award year first (revoked ones included, marked). */
    public List<ContestAchievement> of(String personId) {
        Query query = Query.query(Criteria.where("personId").is(personId))
                           .with(Sort.by(Sort.Direction.DESC, "awardYear").and(Sort.by("entryId")));
        return mongo.find(query, Document.class, ContestAchievementSubscription.COLLECTION).stream()
                    .map(ContestAchievement::of).toList();
    }

    /**
     * One prize of a person in a contest.
     *
     * @param nationalLevel what the entry won nationally, null when none is known
     */
    public record ContestAchievement(String entryId, String editionId, String contestType, int ordinal, int awardYear,
                                     String level, String field, String title, boolean principal, boolean revoked,
                                     String nationalLevel, String nationalMedal, Integer nationalYear) {

        static ContestAchievement of(Document d) {
            return new ContestAchievement(d.getString("entryId"), d.getString("editionId"), d.getString("contestType"),
                                          d.getInteger("ordinal", 0), d.getInteger("awardYear", 0), d.getString("level"),
                                          d.getString("field"), d.getString("title"), d.getBoolean("principal", false),
                                          d.getBoolean("revoked", false), d.getString("nationalLevel"),
                                          d.getString("nationalMedal"), d.getInteger("nationalYear"));
        }
    }
}
