package vn.lienhiep.review.common.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.platform.commands.CommandDispatcher;
import vn.lienhiep.platform.readmodel.PageResult;

/**
 * A review record's history (a plan's, an engagement's): what changed (Vietnamese, then English), when it took effect,
 * when it was recorded, who did it with which roles, under which decision — the lines membership's histories answer,
 * in the same shape. Review has no shared history read model (membership's HistoryProjection is membership's own), so
 * this reads the record's own event stream: a plan or an engagement has a few dozen events, and the answer is never
 * behind the last command. Each record says how its events read ({@link Described}) and which of them a reader may
 * not see (the describer answers null).
 */
@Component
public class ReviewHistory {

    private final EventStore events;

    public ReviewHistory(EventStore events) {
        this.events = events;
    }

    /**
     * Oldest first; empty if no such record.
     *
     * @param type      the record's events (its stream holds no other)
     * @param describer how one reads; null leaves it out
     */
    public <E> List<Entry> of(String aggregateId, Class<E> type, Function<? super E, Described> describer) {
        List<Entry> lines = new ArrayList<>();
        events.readEvents(aggregateId).asStream()
              .filter(message -> type.isInstance(message.getPayload()))
              .forEach(message -> {
                  Described described = describer.apply(type.cast(message.getPayload()));
                  if (described != null) {
                      lines.add(entry(message, described));
                  }
              });
        return lines;
    }

    /** Newest first, one page of {@link #of}, as membership's histories page. */
    public <E> PageResult<Entry> page(String aggregateId, Class<E> type, Function<? super E, Described> describer,
                                      int page, int size) {
        List<Entry> newestFirst = new ArrayList<>(of(aggregateId, type, describer));
        Collections.reverse(newestFirst);
        int from = (int) Math.min((long) page * size, newestFirst.size());
        int to = Math.min(from + size, newestFirst.size());
        return PageResult.of(List.copyOf(newestFirst.subList(from, to)), page, size, newestFirst.size());
    }

    /** An amount as the histories write it: 12.500.000 VND. */
    public static String vnd(long amount) {
        return String.format("%,d", amount).replace(',', '.') + " VND";
    }

    private static Entry entry(DomainEventMessage<?> message, Described d) {
        Object actor = message.getMetaData().get(CommandDispatcher.ACTING_USER);
        Object roles = message.getMetaData().get(CommandDispatcher.ACTING_ROLES);
        return new Entry(message.getPayload().getClass().getSimpleName(), d.vi(), d.en(),
                         d.effective() == null ? null : d.effective().toString(), message.getTimestamp().toString(),
                         actor == null ? "system" : actor.toString(), roles == null ? null : roles.toString(),
                         d.decision() == null ? null : new Decision(d.decision().number(),
                                 d.decision().date().toString(), d.decision().issuedBy(), d.decision().signer()),
                         message.getSequenceNumber());
    }

    /** How one event reads: its summary in both languages, the date it took effect and its decision (either null). */
    public record Described(String vi, String en, LocalDate effective, DecisionRef decision) {

        public static Described of(String vi, String en) {
            return new Described(vi, en, null, null);
        }

        public static Described on(String vi, String en, LocalDate effective) {
            return new Described(vi, en, effective, null);
        }

        public static Described by(String vi, String en, DecisionRef decision) {
            return new Described(vi, en, decision == null ? null : decision.date(), decision);
        }
    }

    /**
     * One line of a history.
     *
     * @param effectiveDate when the change took effect (legal date), null when the act has none of its own;
     *                      {@code recordedAt} when it was entered
     * @param actingRoles   the roles the acting user held when they acted (comma-separated), null for the system
     * @param sequence      the event's position in the record's stream
     */
    public record Entry(String eventType, String summaryVi, String summaryEn, String effectiveDate, String recordedAt,
                        String actingUser, String actingRoles, Decision decision, long sequence) {
    }

    public record Decision(String number, String date, String issuedBy, String signer) {
    }
}
