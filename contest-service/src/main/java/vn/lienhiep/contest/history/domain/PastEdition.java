package vn.lienhiep.contest.history.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import vn.lienhiep.contest.common.domain.ContestType;
import vn.lienhiep.contest.history.domain.PastEditionCommands.RecordPastEntry;
import vn.lienhiep.contest.history.domain.PastEditionEvents.*;
import vn.lienhiep.kernel.Inputs;
import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.kernel.Rejection;

/**
 * An edition held before the platform, as a union's paper history records it (docs/domain/contest.md#past-editions):
 * its entries, their authors, the prize each won and what it won nationally, so the cumulative reports cover years
 * before the platform. Recording the same entry again changes nothing ({@code UNCHANGED}); a corrected row is
 * recorded as a correction, the earlier record kept in the history.
 */
@AggregateRoot
public class PastEdition {

    /** The outcome's status when a row only repeated what was recorded. */
    public static final String UNCHANGED = "UNCHANGED";
    public static final String RECORDED = "RECORDED";

    @AggregateIdentifier
    private String pastEditionId;
    private ContestType type;
    private int awardYear;
    private final Map<String, PastEntryRecorded> entries = new HashMap<>();

    protected PastEdition() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Outcome handle(RecordPastEntry c) {
        Inputs.required(c.type(), "type");
        if (c.ordinal() < 1 || c.ordinal() > 200) {
            throw new InvalidInput("ordinal", "số thứ tự kỳ thi phải từ 1 đến 200", "must be between 1 and 200");
        }
        if (c.awardYear() < 1980 || c.awardYear() > 2100) {
            throw new InvalidInput("awardYear", "năm phải từ 1980 đến 2100", "must be between 1980 and 2100");
        }
        String entryNo = Inputs.text(c.entryNo(), "entryNo");
        List<PastAuthor> authors = Inputs.nonEmpty(c.authors(), "authors");
        if (pastEditionId == null) {
            AggregateLifecycle.apply(new PastEditionRecorded(c.pastEditionId(), c.type(), c.ordinal(), c.awardYear(),
                                                             Inputs.text(c.label(), "label")));
        } else if (awardYear != c.awardYear()) {
            throw Rejection.of("contest.history.award-year-mismatch",
                               "Kỳ thi lần thứ " + c.ordinal() + " đã được ghi nhận với năm " + awardYear + ".",
                               "Edition " + c.ordinal() + " was recorded with the year " + awardYear + ".")
                           .with("awardYear", awardYear).asException();
        }
        PastEntryRecorded recorded = new PastEntryRecorded(pastEditionId, type, c.ordinal(), awardYear, entryNo,
                Inputs.text(c.field(), "field"), Inputs.text(c.title(), "title"), List.copyOf(authors),
                Inputs.optionalText(c.unit()), c.level(), c.national(), false);
        PastEntryRecorded before = entries.get(entryNo);
        if (before != null && sameRecord(before, recorded)) {
            return new Outcome(pastEditionId, UNCHANGED, AggregateLifecycle.getVersion());
        }
        AggregateLifecycle.apply(before == null ? recorded : corrected(recorded));
        return new Outcome(pastEditionId, RECORDED, AggregateLifecycle.getVersion());
    }

    @EventSourcingHandler
    void on(PastEditionRecorded e) {
        pastEditionId = e.pastEditionId();
        type = e.type();
        awardYear = e.awardYear();
    }

    @EventSourcingHandler
    void on(PastEntryRecorded e) {
        entries.put(e.entryNo(), e);
    }

    private static boolean sameRecord(PastEntryRecorded a, PastEntryRecorded b) {
        return a.field().equals(b.field()) && a.title().equals(b.title()) && a.authors().equals(b.authors())
               && Objects.equals(a.unit(), b.unit()) && a.level() == b.level()
               && Objects.equals(a.national(), b.national());
    }

    private static PastEntryRecorded corrected(PastEntryRecorded e) {
        return new PastEntryRecorded(e.pastEditionId(), e.type(), e.ordinal(), e.awardYear(), e.entryNo(), e.field(),
                                     e.title(), e.authors(), e.unit(), e.level(), e.national(), true);
    }
}
