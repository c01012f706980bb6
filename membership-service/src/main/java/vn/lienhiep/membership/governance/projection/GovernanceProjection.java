package vn.lienhiep.membership.governance.projection;

import java.time.Instant;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.lienhiep.platform.readmodel.DecisionDocuments;
import vn.lienhiep.membership.governance.domain.GovernanceEvents;
import vn.lienhiep.membership.governance.domain.GovernanceEvents.*;
import vn.lienhiep.membership.governance.domain.Seat;
import vn.lienhiep.platform.readmodel.VersionedDocuments;

/**
 * The {@code governance} read model, in four collections keyed by union: the union (its version, for ETags), terms,
 * congresses (with every step and election), and office holdings (with from/until, so "who held what on date D" is
 * one query). Every document is version-guarded by the union aggregate's sequence number, so a redelivered event
 * changes nothing, not even the arrays it pushes to. Dates are ISO strings.
 */
@Component
@ProcessingGroup(GovernanceProjection.PROCESSOR)
public class GovernanceProjection {

    public static final String PROCESSOR = "governance";
    public static final String UNIONS = "governance_unions";
    public static final String TERMS = "governance_terms";
    public static final String CONGRESSES = "governance_congresses";
    public static final String HOLDINGS = "governance_office_holdings";

    private final VersionedDocuments documents;

    public GovernanceProjection(VersionedDocuments documents) {
        this.documents = documents;
        createIndexes();
    }

    /** Every governance event moves the union's version (the ETag of GET /governance). */
    @EventHandler
    void on(GovernanceEvents e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        documents.apply(UNIONS, e.unionId(), seq, new Update().set("updatedAt", recordedAt.toString()));
        if (e instanceof TermPlanned t) {
            documents.apply(TERMS, id(t.unionId(), t.ordinal()), seq, new Update()
                    .set("unionId", t.unionId()).set("ordinal", t.ordinal()).set("displayLabel", t.displayLabel())
                    .set("startYear", t.startYear()).set("endYear", t.endYear()).set("status", "PLANNED"));
        } else if (e instanceof TermStarted t) {
            documents.apply(TERMS, id(t.unionId(), t.ordinal()), seq, new Update()
                    .set("status", "ACTIVE").set("startedOn", t.startedOn().toString())
                    .set("openedByCongress", t.congressOrdinal()));
        } else if (e instanceof TermClosed t) {
            documents.apply(TERMS, id(t.unionId(), t.ordinal()), seq, new Update()
                    .set("status", "CLOSED").set("closedOn", t.closedOn().toString())
                    .set("closedByCongress", t.congressOrdinal()));
        } else if (e instanceof CongressPlanned c) {
            documents.apply(CONGRESSES, id(c.unionId(), c.ordinal()), seq, new Update()
                    .set("unionId", c.unionId()).set("ordinal", c.ordinal()).set("displayLabel", c.displayLabel())
                    .set("kind", c.kind().name()).set("plannedQuarter", c.plannedQuarter())
                    .set("opensTermOrdinal", c.opensTermOrdinal()).set("status", "PLANNING")
                    .set("steps", List.of()).set("elections", List.of()));
        } else if (e instanceof CongressStepTaken step) {
            documents.apply(CONGRESSES, id(step.unionId(), step.congressOrdinal()), seq, congressStep(step, recordedAt));
        } else if (e instanceof OfficeHoldingStarted h) {
            Update update = new Update()
                    .set("unionId", h.unionId()).set("holdingId", h.holdingId()).set("personId", h.personId())
                    .set("fullName", h.fullName()).set("body", h.body().name()).set("position", h.position().name())
                    .set("mode", h.mode().name()).set("from", h.from().toString()).set("until", null)
                    .set("termOrdinal", h.termOrdinal())
                    .addToSet("terms", h.termOrdinal())
                    .push("bases", new Document("basis", h.basis().name()).append("termOrdinal", h.termOrdinal())
                            .append("congressOrdinal", h.congressOrdinal()).append("decision", DecisionDocuments.of(h.decision())));
            if (h.basis() != vn.lienhiep.membership.governance.domain.HoldingBasis.RE_ELECTED) {
                update.set("basis", h.basis().name()).set("congressOrdinal", h.congressOrdinal())
                      .set("decision", DecisionDocuments.of(h.decision()));
            }
            documents.apply(HOLDINGS, id(h.unionId(), h.holdingId()), seq, update);
        } else if (e instanceof OfficeHoldingEnded h) {
            documents.apply(HOLDINGS, id(h.unionId(), h.holdingId()), seq, new Update()
                    .set("until", h.until().toString()).set("endReason", h.reason())
                    .set("endDecision", DecisionDocuments.of(h.decision())));
        }
    }

    private static Update congressStep(CongressStepTaken step, Instant recordedAt) {
        Document entry = new Document("status", step.status().name())
                .append("effectiveDate", step.effectiveDate().toString())
                .append("recordedAt", recordedAt.toString())
                .append("event", step.getClass().getSimpleName());
        Update update = new Update().set("status", step.status().name());
        if (step instanceof OrganisingCommitteeFormed o) {
            entry.append("decision", DecisionDocuments.of(o.decision()));
            update.set("organisingCommitteeDecision", DecisionDocuments.of(o.decision()));
        } else if (step instanceof CongressDocumentsApproved d) {
            entry.append("decision", DecisionDocuments.of(d.decision()));
            update.set("documentsDecision", DecisionDocuments.of(d.decision()))
                  .set("documents", d.documents().stream().map(Enum::name).sorted().toList());
        } else if (step instanceof PartyApprovalRecorded p) {
            entry.append("decision", DecisionDocuments.of(p.decision()));
            update.set("partyApproval", DecisionDocuments.of(p.decision()));
        } else if (step instanceof CongressConvened c) {
            entry.append("delegatesConvened", c.delegatesConvened());
            update.set("convenedOn", c.effectiveDate().toString()).set("delegatesConvened", c.delegatesConvened());
        } else if (step instanceof QuorumChecked q) {
            entry.append("delegatesPresent", q.delegatesPresent()).append("quorate", q.quorate());
            update.set("delegatesPresent", q.delegatesPresent()).set("quorate", q.quorate());
        } else if (step instanceof ElectionRecorded el) {
            entry.append("decision", DecisionDocuments.of(el.decision())).append("body", el.body().name());
            update.push("elections", new Document("body", el.body().name())
                    .append("termOrdinal", el.termOrdinal())
                    .append("decision", DecisionDocuments.of(el.decision()))
                    .append("seats", el.seats().stream().map(GovernanceProjection::seat).toList()));
        } else if (step instanceof CongressClosed c) {
            update.set("closedOn", c.closedOn().toString());
        }
        return update.push("steps", entry);
    }

    @ResetHandler
    void reset() {
        for (String collection : List.of(UNIONS, TERMS, CONGRESSES, HOLDINGS)) {
            documents.mongo().dropCollection(collection);
        }
        createIndexes();
    }

    static String id(String unionId, Object key) {
        return unionId + ":" + key;
    }

    private static Document seat(Seat s) {
        Document d = new Document("personId", s.personId()).append("fullName", s.fullName())
                .append("position", s.position().name()).append("mode", s.mode().name());
        if (s.votes() != null) {
            d.append("votes", s.votes()).append("validVotes", s.validVotes());
        }
        return d;
    }


    private void createIndexes() {
        documents.mongo().indexOps(TERMS).createIndex(new Index().on("unionId", Sort.Direction.ASC));
        documents.mongo().indexOps(CONGRESSES).createIndex(new Index().on("unionId", Sort.Direction.ASC));
        var holdings = documents.mongo().indexOps(HOLDINGS);
        holdings.createIndex(new Index().on("unionId", Sort.Direction.ASC).on("from", Sort.Direction.ASC));
        holdings.createIndex(new Index().on("personId", Sort.Direction.ASC));
    }
}
