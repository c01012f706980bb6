package vn.lienhiep.membership.person.subscriptions;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.lienhiep.platform.consuming.PublicEventSubscription;

/**
 * Each person's contest achievements on their profile, learned only from the contest's public events: prize-awarded
 * adds the prize to every author the contest knows by person id, prize-revoked marks it revoked (the line stays, as
 * history), national-result-recorded adds what the entry won nationally. Writes are upserts keyed by (person, entry),
 * so a redelivered event changes nothing.
 */
@Configuration
public class ContestAchievementSubscription {

    public static final String COLLECTION = "person_contest_achievements";
    public static final String TOPIC = "lienhiep.contest.v1";

    @Bean
    public PublicEventSubscription personContestAchievements(MongoTemplate mongo) {
        return PublicEventSubscription.named("person-contest-achievements")
                .topic(TOPIC)
                .on("contest", "prize-awarded", 1, PrizeAwardedV1.class, (payload, event) -> awarded(mongo, payload))
                .on("contest", "prize-revoked", 1, PrizeRevokedV1.class, (payload, event) -> mongo.updateMulti(
                        Query.query(Criteria.where("entryId").is(payload.entryId())),
                        new Update().set("revoked", true).set("revocationReason", payload.reason()), COLLECTION))
                .on("contest", "national-result-recorded", 1, NationalResultRecordedV1.class,
                    (payload, event) -> mongo.updateMulti(Query.query(Criteria.where("entryId").is(payload.entryId())),
                            new Update().set("nationalLevel", payload.level()).set("nationalMedal", payload.medal())
                                        .set("nationalYear", payload.year())
                                        .set("nationalEdition", payload.nationalEdition()), COLLECTION))
                .build();
    }

    static void awarded(MongoTemplate mongo, PrizeAwardedV1 e) {
        for (AwardedAuthorV1 author : e.authors()) {
            if (author.personId() == null) {
                continue;
            }
            Query line = Query.query(Criteria.where("_id").is(author.personId() + ":" + e.entryId()));
            mongo.upsert(line, new Update().set("personId", author.personId()).set("entryId", e.entryId())
                    .set("editionId", e.editionId()).set("contestType", e.contestType()).set("ordinal", e.ordinal())
                    .set("awardYear", e.awardYear()).set("level", e.level()).set("field", e.field())
                    .set("title", e.title()).set("principal", author.principal())
                    .setOnInsert("revoked", false), COLLECTION);
        }
    }

    /** The contest's prize-awarded v1, the fields membership uses. */
    public record PrizeAwardedV1(String entryId, String editionId, String contestType, int ordinal, int awardYear,
                                 String level, String field, String title, List<AwardedAuthorV1> authors) {
    }

    public record AwardedAuthorV1(String personId, boolean principal, boolean tradeUnionMember) {
    }

    public record PrizeRevokedV1(String entryId, String reason) {
    }

    public record NationalResultRecordedV1(String entryId, Integer nationalEdition, String level, String medal,
                                           int year) {
    }
}
