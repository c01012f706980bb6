package vn.lienhiep.contest.entry.projection;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.lienhiep.contest.common.domain.EditionTerms;
import vn.lienhiep.contest.common.domain.EntryAuthor;
import vn.lienhiep.contest.common.domain.Judge;
import vn.lienhiep.contest.common.domain.SubPanel;
import vn.lienhiep.contest.common.projection.JsonDocuments;
import vn.lienhiep.contest.edition.domain.Award;
import vn.lienhiep.contest.edition.domain.EditionEvents;
import vn.lienhiep.contest.entry.domain.EntryEvents.*;
import vn.lienhiep.kernel.text.VietnameseText;
import vn.lienhiep.platform.readmodel.VersionedDocuments;

/**
 * The {@code contest_entries} read model ({@link EntryView}): the entry's own events, applied once by its sequence,
 * and what of its edition decides who sees it (the sub-panel of its field, blind judging) and its prize. The edition's
 * part is kept per edition in {@code contest_entry_editions} so an entry submitted after the jury was appointed gets
 * its panel at once; one processor handles both streams, in the order they were stored.
 */
@Component
@ProcessingGroup(EntryProjection.PROCESSOR)
public class EntryProjection {

    public static final String PROCESSOR = "contest-entries";
    public static final String COLLECTION = "contest_entries";
    static final String EDITIONS = "contest_entry_editions";

    private final VersionedDocuments documents;
    private final JsonDocuments json;

    public EntryProjection(VersionedDocuments documents, JsonDocuments json) {
        this.documents = documents;
        this.json = json;
        createIndexes();
    }

    @EventHandler
    void on(EntrySubmitted e, @SequenceNumber long seq, @Timestamp Instant at) {
        Document edition = documents.mongo().findById(e.editionId(), Document.class, EDITIONS);
        List<String> panel = edition == null ? List.of() : panel(edition, e.dossier().field());
        apply(e.entryId(), seq, at, new Update()
                .set("entryNo", e.entryNo())
                .set("editionId", e.editionId())
                .set("type", e.type().name())
                .set("field", e.dossier().field())
                .set("dossier", json.of(e.dossier()))
                .set("authorPersons", authorPersons(e.dossier()))
                .set("searchTitle", VietnameseText.fold(e.dossier().title()))
                .set("submittedOn", e.submittedOn().toString())
                .set("postmarkedOn", e.postmarkedOn() == null ? null : e.postmarkedOn().toString())
                .set("rulesVersion", e.rulesVersion())
                .set("panelJudges", panel)
                .set("blind", edition != null && edition.getBoolean("blind", false))
                .set("status", "SUBMITTED")
                .set("createdAt", at.toString()));
    }

    @EventHandler
    void on(EntryReturnedForCompletion e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.entryId(), seq, at, new Update().set("status", "INCOMPLETE").push("returns",
                new Document("reason", e.missing()).append("on", e.returnedOn().toString())));
    }

    @EventHandler
    void on(EntryResubmitted e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.entryId(), seq, at, new Update().set("status", "SUBMITTED").set("dossier", json.of(e.dossier()))
                .set("authorPersons", authorPersons(e.dossier())));
    }

    @EventHandler
    void on(EntryWithdrawn e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.entryId(), seq, at, new Update().set("status", "WITHDRAWN"));
    }

    @EventHandler
    void on(EntryDeclaredEligible e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.entryId(), seq, at, new Update().set("status", "ELIGIBLE"));
    }

    @EventHandler
    void on(EntryDeclaredIneligible e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.entryId(), seq, at, new Update().set("status", "INELIGIBLE").set("ineligibleReason", e.reason()));
    }

    @EventHandler
    void on(JudgeAssigned e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.entryId(), seq, at, new Update().set("status", "IN_JUDGING").push("assignments",
                new Document("judgeId", e.judgeId()).append("round", e.round().name())
                        .append("assignedOn", e.assignedOn().toString())));
    }

    @EventHandler
    @SuppressWarnings("unchecked")
    void on(JudgeConflictDeclared e, @SequenceNumber long seq, @Timestamp Instant at) {
        Document entry = documents.mongo().findById(e.entryId(), Document.class, COLLECTION);
        List<Document> kept = entry == null ? List.of()
                : ((List<Document>) entry.getOrDefault("assignments", List.of())).stream()
                        .filter(a -> !(e.judgeId().equals(a.getString("judgeId"))
                                       && e.round().name().equals(a.getString("round")))).toList();
        apply(e.entryId(), seq, at, new Update().set("assignments", kept).push("recusals",
                new Document("judgeId", e.judgeId()).append("round", e.round().name()).append("reason", e.reason())
                        .append("on", e.declaredOn().toString())));
    }

    @EventHandler
    void on(EntryScored e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.entryId(), seq, at, new Update().push("scores", score(e.judgeId(), e.round().name(), e.points(),
                e.total(), e.comment(), e.scoredOn().toString(), false)));
    }

    @EventHandler
    void on(ScoreDivergenceDetected e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.entryId(), seq, at, new Update().set("status", "RESCORING").push("divergences",
                new Document("round", e.round().name()).append("gap", e.gap().doubleValue())
                        .append("threshold", e.threshold().doubleValue())));
    }

    @EventHandler
    void on(EntryRescored e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.entryId(), seq, at, new Update().push("scores", score(e.judgeId(), e.round().name(), e.points(),
                e.total(), e.comment(), e.scoredOn().toString(), true)));
    }

    @EventHandler
    void on(EntryScoringCompleted e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.entryId(), seq, at, new Update().set("status", "SCORED").set("completion",
                new Document("round", e.round().name()).append("meanTotal", e.meanTotal().doubleValue())
                        .append("rescored", e.rescored())));
    }

    // --- the edition's part --------------------------------------------------------------------------------------

    @EventHandler
    void on(EditionEvents.EditionRulesIssued e) {
        blind(e.editionId(), e.terms());
    }

    @EventHandler
    void on(EditionEvents.EditionRulesAmended e) {
        blind(e.editionId(), e.terms());
    }

    @EventHandler
    void on(EditionEvents.JuryAppointed e) {
        Document panels = new Document();
        for (SubPanel panel : e.subPanels()) {
            List<String> judges = panel.judges().stream().map(Judge::judgeId).toList();
            panels.append(panel.field(), judges);
            documents.mongo().updateMulti(new Query(Criteria.where("editionId").is(e.editionId())
                                                            .and("field").is(panel.field())),
                                          new Update().set("panelJudges", judges), COLLECTION);
        }
        documents.mongo().upsert(new Query(Criteria.where("_id").is(e.editionId())), new Update().set("panels", panels),
                                 EDITIONS);
    }

    @EventHandler
    void on(EditionEvents.ContestResultsApproved e) {
        for (Award award : e.awards()) {
            documents.mongo().updateFirst(new Query(Criteria.where("_id").is(award.entryId())), new Update()
                    .set("prize", new Document("level", award.level().name()).append("revoked", false)), COLLECTION);
        }
    }

    @EventHandler
    void on(EditionEvents.PrizeRevoked e) {
        documents.mongo().updateFirst(new Query(Criteria.where("_id").is(e.entryId())), new Update()
                .set("prize", new Document("level", e.level().name()).append("revoked", true)
                        .append("revocationReason", e.reason())), COLLECTION);
    }

    @ResetHandler
    void reset() {
        documents.mongo().dropCollection(COLLECTION);
        documents.mongo().dropCollection(EDITIONS);
        createIndexes();
    }

    private void blind(String editionId, EditionTerms terms) {
        documents.mongo().upsert(new Query(Criteria.where("_id").is(editionId)),
                                 new Update().set("blind", terms.blindJudging()), EDITIONS);
        documents.mongo().updateMulti(new Query(Criteria.where("editionId").is(editionId)),
                                      new Update().set("blind", terms.blindJudging()), COLLECTION);
    }

    /** The authors membership knows, by person id: an entrant lists its own entries by them. */
    private static List<String> authorPersons(vn.lienhiep.contest.entry.domain.Dossier dossier) {
        return dossier.authors().stream().map(EntryAuthor::personId).filter(id -> id != null).distinct().toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> panel(Document edition, String field) {
        Document panels = edition.get("panels", Document.class);
        return panels == null ? List.of() : (List<String>) panels.getOrDefault(field, List.of());
    }

    private static Document score(String judgeId, String round, Map<String, java.math.BigDecimal> points,
                                  java.math.BigDecimal total, String comment, String on, boolean rescore) {
        Document p = new Document();
        points.forEach((k, v) -> p.append(k, v.doubleValue()));
        return new Document("judgeId", judgeId).append("round", round).append("points", p)
                .append("total", total.doubleValue()).append("comment", comment).append("scoredOn", on)
                .append("rescore", rescore);
    }

    private void apply(String id, long seq, Instant at, Update update) {
        documents.apply(COLLECTION, id, seq, update.set("updatedAt", at.toString()));
    }

    private void createIndexes() {
        var indexes = documents.mongo().indexOps(COLLECTION);
        indexes.createIndex(new Index().on("editionId", Sort.Direction.ASC).on("entryNo", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("panelJudges", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("authorPersons", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC));
    }
}
