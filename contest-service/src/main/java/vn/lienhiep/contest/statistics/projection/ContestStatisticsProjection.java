package vn.lienhiep.contest.statistics.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.lienhiep.contest.common.domain.EntryAuthor;
import vn.lienhiep.contest.edition.domain.Award;
import vn.lienhiep.contest.edition.domain.EditionEvents;
import vn.lienhiep.contest.entry.domain.Dossier;
import vn.lienhiep.contest.entry.domain.EntrantType;
import vn.lienhiep.contest.entry.domain.EntryEvents;
import vn.lienhiep.contest.history.domain.PastAuthor;
import vn.lienhiep.contest.history.domain.PastEditionEvents;
import vn.lienhiep.kernel.text.VietnameseText;

/**
 * The facts the contest's reports count (R-C1, R-C2, R-C3), one document per entry and per edition, each with the
 * date it took effect so a report can be asked "as of" any day: an entry competes from its eligibility, holds its
 * prize from the committee's decision until a revocation's, counts nationally from its result's year. Editions and
 * entries held before the platform (imported from paper) count from the end of their award year. Every update sets
 * values (or adds to a set), so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(ContestStatisticsProjection.PROCESSOR)
public class ContestStatisticsProjection {

    public static final String PROCESSOR = "contest-statistics";
    public static final String ENTRIES = "contest_statistics_entries";
    public static final String EDITIONS = "contest_statistics_editions";

    private final MongoTemplate mongo;

    public ContestStatisticsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        createIndexes();
    }

    @EventHandler
    void on(EditionEvents.EditionDrafted e) {
        edition(e.editionId(), new Update().set("type", e.type().name()).set("ordinal", e.ordinal())
                .set("awardYear", e.awardYear()).set("label", e.label()).set("past", false));
    }

    @EventHandler
    void on(EditionEvents.CeremonyHeld e) {
        edition(e.editionId(), new Update().set("awardedOn", e.heldOn().toString()));
    }

    @EventHandler
    void on(EditionEvents.EditionCancelled e) {
        edition(e.editionId(), new Update().set("cancelled", true));
    }

    @EventHandler
    void on(EditionEvents.ContestResultsApproved e) {
        for (Award award : e.awards()) {
            entry(award.entryId(), new Update().set("level", award.level().name())
                    .set("awardedOn", e.decision().date().toString()).unset("revokedOn"));
        }
    }

    @EventHandler
    void on(EditionEvents.PrizeRevoked e) {
        entry(e.entryId(), new Update().set("revokedOn", e.decision().date().toString()));
    }

    @EventHandler
    void on(EditionEvents.NationalNominationSent e) {
        for (String entryId : e.entryIds()) {
            entry(entryId, new Update().set("nominatedOn", e.sentOn().toString()));
        }
    }

    @EventHandler
    void on(EditionEvents.NationalResultRecorded e) {
        entry(e.entryId(), new Update().addToSet("national", national(e.nationalEdition(),
                e.level() == null ? null : e.level().name(), e.medal().name(), e.year())));
    }

    @EventHandler
    void on(EntryEvents.EntrySubmitted e) {
        Document edition = mongo.findById(e.editionId(), Document.class, EDITIONS);
        Dossier d = e.dossier();
        entry(e.entryId(), new Update().set("type", e.type().name()).set("editionKey", e.editionId())
                .set("ordinal", edition == null ? null : edition.get("ordinal"))
                .set("awardYear", edition == null ? null : edition.get("awardYear"))
                .set("field", d.field())
                .set("authors", d.authors().stream().map(ContestStatisticsProjection::key).toList())
                .set("units", units(d))
                .set("past", false));
    }

    @EventHandler
    void on(EntryEvents.EntryDeclaredEligible e) {
        entry(e.entryId(), new Update().set("competingOn", e.declaredOn().toString()).unset("outOn"));
    }

    @EventHandler
    void on(EntryEvents.EntryDeclaredIneligible e) {
        entry(e.entryId(), new Update().set("outOn", e.declaredOn().toString()));
    }

    @EventHandler
    void on(EntryEvents.EntryWithdrawn e) {
        entry(e.entryId(), new Update().set("outOn", e.withdrawnOn().toString()));
    }

    @EventHandler
    void on(PastEditionEvents.PastEditionRecorded e) {
        edition(e.pastEditionId(), new Update().set("type", e.type().name()).set("ordinal", e.ordinal())
                .set("awardYear", e.awardYear()).set("label", e.label()).set("past", true)
                .set("awardedOn", endOf(e.awardYear())));
    }

    @EventHandler
    void on(PastEditionEvents.PastEntryRecorded e) {
        String on = endOf(e.awardYear());
        Update update = new Update().set("type", e.type().name()).set("editionKey", e.pastEditionId())
                .set("ordinal", e.ordinal()).set("awardYear", e.awardYear()).set("field", e.field())
                .set("authors", e.authors().stream().map(ContestStatisticsProjection::key).toList())
                .set("units", e.unit() == null ? List.of() : List.of(VietnameseText.canonicalName(e.unit())))
                .set("past", true).set("competingOn", on);
        update = e.level() == null ? update.unset("level").unset("awardedOn")
                : update.set("level", e.level().name()).set("awardedOn", on);
        if (e.national() == null) {
            update.unset("national").unset("nominatedOn");
        } else {
            update.set("nominatedOn", endOf(e.national().year())).set("national", List.of(national(
                    e.national().nationalEdition(), e.national().level() == null ? null : e.national().level().name(),
                    e.national().medal(), e.national().year())));
        }
        entry(e.pastEditionId() + ":" + e.entryNo(), update);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ENTRIES);
        mongo.dropCollection(EDITIONS);
        createIndexes();
    }

    /** An author across editions: membership's person id when known, else their canonical name. */
    static String key(EntryAuthor a) {
        return a.personId() != null ? "person:" + a.personId() : "name:" + VietnameseText.canonicalName(a.name());
    }

    static String key(PastAuthor a) {
        return a.personId() != null ? "person:" + a.personId() : "name:" + VietnameseText.canonicalName(a.name());
    }

    /** The participating units: the entering organisation, else the authors' workplaces (schools for pupils). */
    private static List<String> units(Dossier d) {
        Set<String> units = new LinkedHashSet<>();
        if (d.entrantType() == EntrantType.ORGANISATION && d.organisationName() != null) {
            units.add(VietnameseText.canonicalName(d.organisationName()));
        } else if (d.youth() != null && d.youth().school() != null) {
            units.add(VietnameseText.canonicalName(d.youth().school()));
        } else {
            d.authors().stream().map(EntryAuthor::workplace).filter(w -> w != null)
             .forEach(w -> units.add(VietnameseText.canonicalName(w)));
        }
        return new ArrayList<>(units);
    }

    private static Document national(Integer edition, String level, String medal, int year) {
        return new Document("nationalEdition", edition).append("level", level).append("medal", medal)
                .append("year", year);
    }

    private static String endOf(int year) {
        return LocalDate.of(year, 12, 31).toString();
    }

    private void entry(String id, Update update) {
        mongo.upsert(new Query(Criteria.where("_id").is(id)), update, ENTRIES);
    }

    private void edition(String id, Update update) {
        mongo.upsert(new Query(Criteria.where("_id").is(id)), update, EDITIONS);
    }

    private void createIndexes() {
        mongo.indexOps(ENTRIES).createIndex(new Index().on("type", Sort.Direction.ASC));
        mongo.indexOps(EDITIONS).createIndex(new Index().on("type", Sort.Direction.ASC));
    }
}
