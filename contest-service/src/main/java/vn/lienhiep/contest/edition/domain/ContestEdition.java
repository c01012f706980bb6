package vn.lienhiep.contest.edition.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import vn.lienhiep.contest.common.domain.AwardedSolutions;
import vn.lienhiep.contest.common.domain.ContestType;
import vn.lienhiep.contest.common.domain.EditionSnapshot;
import vn.lienhiep.contest.common.domain.EditionStatus;
import vn.lienhiep.contest.common.domain.EditionTerms;
import vn.lienhiep.contest.common.domain.Editions;
import vn.lienhiep.contest.common.domain.EntryAuthor;
import vn.lienhiep.contest.common.domain.EntryStanding;
import vn.lienhiep.contest.common.domain.EntryStandings;
import vn.lienhiep.contest.common.domain.Normalisation;
import vn.lienhiep.contest.common.domain.NormalisedTotal;
import vn.lienhiep.contest.common.domain.PrizeLevel;
import vn.lienhiep.contest.common.domain.PrizeMoney;
import vn.lienhiep.contest.common.domain.PrizeRanking;
import vn.lienhiep.contest.common.domain.PrizeSlot;
import vn.lienhiep.contest.common.domain.Ranked;
import vn.lienhiep.contest.common.domain.Standing;
import vn.lienhiep.contest.common.domain.SubPanel;
import vn.lienhiep.contest.edition.domain.EditionCommands.*;
import vn.lienhiep.contest.edition.domain.EditionEvents.*;
import vn.lienhiep.contest.edition.domain.EditionPolicies.EditionAct;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.Inputs;
import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.kernel.Outcome;

import static vn.lienhiep.contest.edition.domain.EditionPolicies.*;

/**
 * One edition of a contest programme (kỳ/lần thứ N, docs/domain/contest.md#edition-lifecycle): its terms and their
 * versions, the jury, the rounds, the results the jury proposes and the committee approves, the prizes (and their
 * revocation), the national nominations and results. Each command handler takes its values through {@code Inputs},
 * enforces its act's named policy ({@link EditionPolicies}) and applies one event; only event-sourcing handlers change
 * state. After each change the edition's committed snapshot is saved for the entries' rules ({@link Editions}).
 */
@AggregateRoot
public class ContestEdition {

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    @AggregateIdentifier
    private String editionId;
    private ContestType type;
    private int ordinal;
    private String label;
    private int awardYear;
    private Integer nationalEdition;
    private EditionStatus status;
    private final List<EditionTerms> versions = new ArrayList<>();
    private List<SubPanel> subPanels = List.of();
    private Set<String> finalists = Set.of();
    private List<Award> proposed = List.of();
    /** Approved prizes by entry, revoked ones removed. */
    private final Map<String, Award> awards = new LinkedHashMap<>();
    private final Map<String, NationalTarget> nominated = new LinkedHashMap<>();

    protected ContestEdition() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public Outcome handle(DraftEdition command, EditionRegistry registry, Editions editions) {
        Inputs.required(command.type(), "type");
        if (command.ordinal() < 1 || command.ordinal() > 200) {
            throw new InvalidInput("ordinal", "số thứ tự kỳ thi phải từ 1 đến 200", "must be between 1 and 200");
        }
        if (command.awardYear() < FIRST_YEAR || command.awardYear() > LAST_YEAR) {
            throw new InvalidInput("awardYear", "năm trao giải phải từ " + FIRST_YEAR + " đến " + LAST_YEAR,
                                   "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        String text = Inputs.text(command.label(), "label");
        EditionTerms terms = Inputs.required(command.terms(), "terms").issued(0, null);
        registry.claimOrdinal(command.type(), command.ordinal(), command.editionId());
        AggregateLifecycle.apply(new EditionDrafted(command.editionId(), command.type(), command.ordinal(), text,
                Inputs.optionalText(command.cycleLabel()), command.awardYear(), command.nationalEdition(), terms));
        return saved(editions);
    }

    @CommandHandler
    public Outcome handle(ReviseTerms command, Editions editions, Clock clock) {
        EditionTerms terms = Inputs.required(command.terms(), "terms").issued(0, null);
        REVISING.enforce(act(null, clock));
        AggregateLifecycle.apply(new EditionTermsRevised(editionId, terms));
        return saved(editions);
    }

    @CommandHandler
    public Outcome handle(IssueRules command, Editions editions, Clock clock) {
        DecisionRef decision = Inputs.required(command.decision(), "decision");
        ISSUING.enforce(act(decision.date(), clock));
        AggregateLifecycle.apply(new EditionRulesIssued(editionId, type, ordinal, label, current().issued(1, decision)));
        return saved(editions);
    }

    @CommandHandler
    public Outcome handle(Launch command, EditionRegistry registry, Editions editions, Clock clock) {
        LocalDate on = Inputs.required(command.launchedOn(), "launchedOn");
        LAUNCHING.enforce(act(on, clock));
        registry.open(type, editionId);
        AggregateLifecycle.apply(new EditionLaunched(editionId, type, ordinal, label, awardYear, on,
                                                     current().submissionClose()));
        return saved(editions);
    }

    @CommandHandler
    public Outcome handle(AmendRules command, Editions editions, Clock clock) {
        DecisionRef decision = Inputs.required(command.decision(), "decision");
        EditionTerms terms = Inputs.required(command.terms(), "terms");
        AMENDING.enforce(act(decision.date(), clock));
        AggregateLifecycle.apply(new EditionRulesAmended(editionId, terms.issued(current().version() + 1, decision)));
        return saved(editions);
    }

    @CommandHandler
    public Outcome handle(ExtendDeadline command, Editions editions, Clock clock) {
        DecisionRef decision = Inputs.required(command.decision(), "decision");
        LocalDate close = Inputs.required(command.newClose(), "newClose");
        EXTENDING.enforce(new EditionAct(status, current(), subPanels, decision.date(), Clocks.today(clock)));
        LATER_DEADLINE.enforce(new EditionAct(status, current(), subPanels, close, Clocks.today(clock)));
        AggregateLifecycle.apply(new SubmissionDeadlineExtended(editionId, current().submissionClose(), close,
                                                                decision));
        return saved(editions);
    }

    @CommandHandler
    public Outcome handle(AppointJury command, Editions editions, Clock clock) {
        DecisionRef decision = Inputs.required(command.decision(), "decision");
        List<SubPanel> panels = Inputs.nonEmpty(command.subPanels(), "subPanels");
        APPOINTING.enforce(EditionAct.of(status, current(), panels, decision.date(), Clocks.today(clock)));
        AggregateLifecycle.apply(new JuryAppointed(editionId, decision, List.copyOf(panels)));
        return saved(editions);
    }

    @CommandHandler
    public Outcome handle(CloseSubmissions command, EditionRegistry registry, Editions editions, Clock clock) {
        CLOSING.enforce(act(null, clock));
        registry.closed(type, editionId);
        AggregateLifecycle.apply(new SubmissionsClosed(editionId, type, Clocks.today(clock)));
        return saved(editions);
    }

    @CommandHandler
    public Outcome handle(CompleteScreening command, Editions editions, Clock clock) {
        SCREENED.enforce(act(null, clock));
        AggregateLifecycle.apply(new ScreeningCompleted(editionId, Clocks.today(clock)));
        return saved(editions);
    }

    @CommandHandler
    public Outcome handle(ApproveShortlist command, EntryStandings standings, Editions editions, Clock clock) {
        List<String> chosen = Inputs.nonEmptyTexts(command.finalists(), "finalists");
        SHORTLISTING.enforce(act(null, clock));
        for (String entryId : chosen) {
            shortlistable(entryId, standings.of(entryId), editionId).ifPresent(r -> {
                throw r.asException();
            });
        }
        AggregateLifecycle.apply(new ShortlistApproved(editionId, List.copyOf(new LinkedHashSet<>(chosen)),
                                                       Clocks.today(clock)));
        return saved(editions);
    }

    @CommandHandler
    public Outcome handle(ProposeResults command, EntryStandings standings, Editions editions, Clock clock) {
        String minutes = Inputs.text(command.minutes(), "minutes");
        PROPOSING.enforce(act(null, clock));
        Results results = results(standings);
        Map<String, PrizeLevel> chosen = command.awards() == null || command.awards().isEmpty()
                ? PrizeRanking.propose(results.ranked(), current().prizes()) : command.awards();
        PrizeRanking.check(chosen, results.ranked(), current().prizes()).ifPresent(r -> {
            throw r.asException();
        });
        List<Award> list = new ArrayList<>();
        for (Ranked ranked : results.ranked()) {
            PrizeLevel level = chosen.get(ranked.entryId());
            if (level != null) {
                list.add(award(results.standings().get(ranked.entryId()), ranked, level));
            }
        }
        AggregateLifecycle.apply(new ResultsProposed(editionId, minutes, list, Clocks.today(clock)));
        return saved(editions);
    }

    @CommandHandler
    public Outcome handle(ReturnToJury command, Editions editions, Clock clock) {
        String reason = Inputs.text(command.reason(), "reason");
        RETURNING.enforce(act(null, clock));
        AggregateLifecycle.apply(new ResultsReturnedToJury(editionId, reason, Clocks.today(clock)));
        return saved(editions);
    }

    @CommandHandler
    public Outcome handle(ApproveResults command, AwardedSolutions awarded, Editions editions, Clock clock) {
        DecisionRef decision = Inputs.required(command.decision(), "decision");
        APPROVING.enforce(act(decision.date(), clock));
        proposed.forEach(a -> awarded.record(type, editionId, a.entryId(), a.title()));
        AggregateLifecycle.apply(new ContestResultsApproved(editionId, type, ordinal, label, awardYear, decision,
                                                            proposed));
        return saved(editions);
    }

    @CommandHandler
    public Outcome handle(HoldCeremony command, Editions editions, Clock clock) {
        LocalDate on = Inputs.required(command.heldOn(), "heldOn");
        CEREMONY.enforce(act(on, clock));
        AggregateLifecycle.apply(new CeremonyHeld(editionId, on));
        return saved(editions);
    }

    @CommandHandler
    public Outcome handle(RevokePrize command, AwardedSolutions awarded, Editions editions, Clock clock) {
        DecisionRef decision = Inputs.required(command.decision(), "decision");
        String reason = Inputs.text(command.reason(), "reason");
        REVOKING.enforce(act(decision.date(), clock));
        Award award = awards.get(command.entryId());
        if (award == null) {
            throw notAwarded(command.entryId()).asException();
        }
        awarded.revoke(award.entryId());
        AggregateLifecycle.apply(new PrizeRevoked(editionId, award.entryId(), award.level(), award.field(), awardYear,
                                                  decision, reason));
        return saved(editions);
    }

    @CommandHandler
    public Outcome handle(SendNominations command, Editions editions, Clock clock) {
        NationalTarget target = Inputs.required(command.target(), "target");
        List<String> chosen = List.copyOf(new LinkedHashSet<>(Inputs.nonEmptyTexts(command.entryIds(), "entryIds")));
        LocalDate on = Inputs.required(command.sentOn(), "sentOn");
        NOMINATING.enforce(act(on, clock));
        for (String entryId : chosen) {
            if (!awards.containsKey(entryId)) {
                throw notAwarded(entryId).asException();
            }
            if (target.equals(nominated.get(entryId))) {
                throw alreadyNominated(entryId).asException();
            }
        }
        Integer cap = current().nationalCap();
        long already = nominated.values().stream().filter(target::equals).count();
        if (target == NationalTarget.NATIONAL_CONTEST && cap != null && already + chosen.size() > cap) {
            throw nationalCap(cap, (int) already + chosen.size()).asException();
        }
        AggregateLifecycle.apply(new NationalNominationSent(editionId, target,
                command.nationalEdition() != null ? command.nationalEdition() : nationalEdition, chosen, on));
        return saved(editions);
    }

    @CommandHandler
    public Outcome handle(RecordNationalResult command, Editions editions, Clock clock) {
        RECORDING_NATIONAL.enforce(act(null, clock));
        NationalTarget target = nominated.get(command.entryId());
        if (target == null) {
            throw notNominated(command.entryId()).asException();
        }
        if (command.year() < FIRST_YEAR || command.year() > LAST_YEAR) {
            throw new InvalidInput("year", "năm phải từ " + FIRST_YEAR + " đến " + LAST_YEAR,
                                   "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        Medal medal = command.medal() == null ? Medal.NONE : command.medal();
        AggregateLifecycle.apply(new NationalResultRecorded(editionId, command.entryId(), target, nationalEdition,
                                                            command.level(), medal, command.year()));
        return saved(editions);
    }

    @CommandHandler
    public Outcome handle(Archive command, EntryStandings standings, Editions editions, Clock clock) {
        ARCHIVING.enforce(act(null, clock));
        List<EntryStanding> competing = standings.ofEdition(editionId).stream().filter(EntryStanding::competing)
                                                 .toList();
        Map<String, Integer> byField = new TreeMap<>();
        competing.forEach(s -> byField.merge(s.field(), 1, Integer::sum));
        Map<String, Integer> byLevel = new TreeMap<>();
        awards.values().forEach(a -> byLevel.merge(a.level().name(), 1, Integer::sum));
        int participations = competing.stream().mapToInt(s -> s.authors().size()).sum();
        AggregateLifecycle.apply(new EditionArchived(editionId, type, ordinal, awardYear, competing.size(),
                                                     participations, byField, byLevel, nominated.size(),
                                                     Clocks.today(clock)));
        return saved(editions);
    }

    @CommandHandler
    public Outcome handle(Cancel command, EditionRegistry registry, AwardedSolutions awarded, Editions editions,
                          Clock clock) {
        DecisionRef decision = Inputs.required(command.decision(), "decision");
        String reason = Inputs.text(command.reason(), "reason");
        CANCELLING.enforce(act(decision.date(), clock));
        if (status == EditionStatus.OPEN) {
            registry.closed(type, editionId);
        }
        awards.keySet().forEach(awarded::revoke);
        AggregateLifecycle.apply(new EditionCancelled(editionId, type, decision, reason));
        return saved(editions);
    }

    // --- state ---------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(EditionDrafted e) {
        editionId = e.editionId();
        type = e.type();
        ordinal = e.ordinal();
        label = e.label();
        awardYear = e.awardYear();
        nationalEdition = e.nationalEdition();
        status = EditionStatus.DRAFT;
        versions.add(e.terms());
    }

    @EventSourcingHandler
    void on(EditionTermsRevised e) {
        versions.set(0, e.terms());
    }

    @EventSourcingHandler
    void on(EditionRulesIssued e) {
        versions.clear();
        versions.add(e.terms());
        status = EditionStatus.RULES_ISSUED;
    }

    @EventSourcingHandler
    void on(EditionLaunched e) {
        status = EditionStatus.OPEN;
    }

    @EventSourcingHandler
    void on(EditionRulesAmended e) {
        versions.add(e.terms());
    }

    @EventSourcingHandler
    void on(SubmissionDeadlineExtended e) {
        // Every version in force shares the window: an extension is not a rules amendment.
        versions.replaceAll(v -> v.closingOn(e.newClose()));
    }

    @EventSourcingHandler
    void on(JuryAppointed e) {
        subPanels = e.subPanels();
    }

    @EventSourcingHandler
    void on(SubmissionsClosed e) {
        status = EditionStatus.SCREENING;
    }

    @EventSourcingHandler
    void on(ScreeningCompleted e) {
        status = EditionStatus.PRELIMINARY_ROUND;
    }

    @EventSourcingHandler
    void on(ShortlistApproved e) {
        finalists = Set.copyOf(e.finalists());
        status = EditionStatus.FINAL_ROUND;
    }

    @EventSourcingHandler
    void on(ResultsProposed e) {
        proposed = e.awards();
        status = EditionStatus.RESULTS_PROPOSED;
    }

    @EventSourcingHandler
    void on(ResultsReturnedToJury e) {
        status = EditionStatus.FINAL_ROUND;
    }

    @EventSourcingHandler
    void on(ContestResultsApproved e) {
        e.awards().forEach(a -> awards.put(a.entryId(), a));
        status = EditionStatus.RESULTS_APPROVED;
    }

    @EventSourcingHandler
    void on(CeremonyHeld e) {
        status = EditionStatus.AWARDED;
    }

    @EventSourcingHandler
    void on(PrizeRevoked e) {
        awards.remove(e.entryId());
    }

    @EventSourcingHandler
    void on(NationalNominationSent e) {
        e.entryIds().forEach(id -> nominated.put(id, e.target()));
        status = EditionStatus.NOMINATED_UPWARD;
    }

    @EventSourcingHandler
    void on(NationalResultRecorded e) {
        // recorded for the record; nothing the edition's rules read changes
    }

    @EventSourcingHandler
    void on(EditionArchived e) {
        status = EditionStatus.ARCHIVED;
    }

    @EventSourcingHandler
    void on(EditionCancelled e) {
        status = EditionStatus.CANCELLED;
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** The entries that compete for prizes, ranked; the finalists only once a shortlist was approved. */
    record Results(List<Ranked> ranked, Map<String, EntryStanding> standings) {
    }

    private Results results(EntryStandings entries) {
        Map<String, EntryStanding> competing = new LinkedHashMap<>();
        for (EntryStanding s : entries.ofEdition(editionId)) {
            if (s.competing() && (finalists.isEmpty() || finalists.contains(s.entryId()))) {
                if (!s.complete()) {
                    throw scoringIncomplete(s).asException();
                }
                competing.put(s.entryId(), s);
            }
        }
        List<Standing> list = competing.values().stream().map(EntryStanding::standing).toList();
        Map<String, NormalisedTotal> normalised = current().scoring().normalised() ? Normalisation.zScores(list)
                : Map.of();
        return new Results(PrizeRanking.rank(list, current().scoring(), normalised), competing);
    }

    private Award award(EntryStanding standing, Ranked ranked, PrizeLevel level) {
        long amount = current().prizes().slots().stream().filter(s -> s.level() == level).findFirst()
                               .map(PrizeSlot::amountVnd).orElse(0L);
        Map<String, Integer> shares = new LinkedHashMap<>();
        List<EntryAuthor> authors = standing.authors();
        for (int i = 0; i < authors.size(); i++) {
            shares.put(String.valueOf(i), authors.get(i).sharePercent());
        }
        Map<String, Long> parts = authors.isEmpty() ? Map.of() : PrizeMoney.split(amount, shares);
        List<Award.AwardedAuthor> awarded = new ArrayList<>();
        for (int i = 0; i < authors.size(); i++) {
            EntryAuthor a = authors.get(i);
            awarded.add(new Award.AwardedAuthor(a.personId(), a.name(), a.principal(), a.sharePercent(),
                                                parts.getOrDefault(String.valueOf(i), 0L), a.tradeUnionMember(),
                                                a.consentToPublish()));
        }
        return new Award(standing.entryId(), standing.entryNo(), standing.field(), standing.title(), level,
                         ranked.total(), amount, awarded);
    }

    private EditionTerms current() {
        return versions.get(versions.size() - 1);
    }

    private EditionAct act(LocalDate date, Clock clock) {
        return EditionAct.of(status, current(), subPanels, date, Clocks.today(clock));
    }

    private Outcome saved(Editions editions) {
        editions.save(new EditionSnapshot(editionId, type, ordinal, label, awardYear, status, versions, subPanels,
                                          finalists));
        return new Outcome(editionId, status.name(), AggregateLifecycle.getVersion());
    }
}
