package vn.lienhiep.contest.entry.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import vn.lienhiep.contest.common.domain.AwardedSolutions;
import vn.lienhiep.contest.common.domain.ContestType;
import vn.lienhiep.contest.common.domain.Divergence;
import vn.lienhiep.contest.common.domain.EditionSnapshot;
import vn.lienhiep.contest.common.domain.EditionStatus;
import vn.lienhiep.contest.common.domain.EditionTerms;
import vn.lienhiep.contest.common.domain.Editions;
import vn.lienhiep.contest.common.domain.EntryAuthor;
import vn.lienhiep.contest.common.domain.EntryStanding;
import vn.lienhiep.contest.common.domain.EntryStandings;
import vn.lienhiep.contest.common.domain.ScoreSheet;
import vn.lienhiep.contest.common.domain.ScoringScheme;
import vn.lienhiep.contest.common.domain.SubPanel;
import vn.lienhiep.contest.entry.domain.EntryCommands.*;
import vn.lienhiep.contest.entry.domain.EntryEvents.*;
import vn.lienhiep.contest.entry.domain.EntryPolicies.Assignment;
import vn.lienhiep.contest.entry.domain.EntryPolicies.Screening;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.Inputs;
import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.kernel.Rejection;

import static vn.lienhiep.contest.entry.domain.EntryPolicies.*;

/**
 * A solution or youth product entered in an edition (docs/domain/contest.md#entry-lifecycle): its dossier, the
 * screening, the judges assigned in each round, their independent scores, the divergence that sends it to the whole
 * sub-panel and the re-score (never overwriting the first scores). Rules read the edition as committed
 * ({@link Editions}); the entry's standing is saved for the edition's results in the same transaction
 * ({@link EntryStandings}).
 */
@AggregateRoot
public class ContestEntry {

    @AggregateIdentifier
    private String entryId;
    private String entryNo;
    private String editionId;
    private ContestType type;
    private Dossier dossier;
    private EntryStatus status;
    private final Map<Round, Set<String>> assigned = new EnumMap<>(Round.class);
    private final Map<Round, Map<String, ScoreSheet>> sheets = new EnumMap<>(Round.class);
    private final Map<Round, Map<String, ScoreSheet>> rescores = new EnumMap<>(Round.class);
    private final Map<Round, Boolean> divergent = new EnumMap<>(Round.class);
    private final Map<Round, Boolean> completed = new EnumMap<>(Round.class);
    private final Set<String> recused = new LinkedHashSet<>();

    protected ContestEntry() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public Outcome handle(SubmitEntry command, Editions editions, EntryNumbers numbers, EntryStandings standings,
                          AwardedSolutions awarded, MemberOrganisations organisations, Clock clock) {
        String edition = Inputs.text(command.editionId(), "editionId");
        Dossier submitted = cleaned(Inputs.required(command.dossier(), "dossier"));
        LocalDate on = Inputs.required(command.submittedOn(), "submittedOn");
        EditionSnapshot snapshot = editions.find(edition).orElseThrow(() -> editionUnknown(edition).asException());
        EditionTerms terms = snapshot.inForceOn(on);
        SUBMITTING.enforce(screening(submitted, snapshot, terms, on, command.postmarkedOn(), awarded, organisations,
                                     clock));
        AggregateLifecycle.apply(new EntrySubmitted(command.entryId(), numbers.next(edition), edition,
                                                    snapshot.type(), submitted, on, command.postmarkedOn(),
                                                    terms.version()));
        return saved(standings);
    }

    @CommandHandler
    public Outcome handle(ReturnForCompletion command, EntryStandings standings, Clock clock) {
        String missing = Inputs.text(command.missing(), "missing");
        inStatus(status, "returned", "trả lại", EnumSet.of(EntryStatus.SUBMITTED)).ifPresent(EntryPolicies::fail);
        AggregateLifecycle.apply(new EntryReturnedForCompletion(entryId, missing, Clocks.today(clock)));
        return saved(standings);
    }

    @CommandHandler
    public Outcome handle(Resubmit command, Editions editions, EntryStandings standings, AwardedSolutions awarded,
                          MemberOrganisations organisations, Clock clock) {
        Dossier completed = cleaned(Inputs.required(command.dossier(), "dossier"));
        inStatus(status, "resubmitted", "nộp lại", EnumSet.of(EntryStatus.INCOMPLETE)).ifPresent(EntryPolicies::fail);
        EditionSnapshot snapshot = edition(editions);
        LocalDate today = Clocks.today(clock);
        RESUBMITTING.enforce(screening(completed, snapshot, snapshot.inForceOn(today), today, null, awarded,
                                       organisations, clock));
        AggregateLifecycle.apply(new EntryResubmitted(entryId, completed, today));
        return saved(standings);
    }

    @CommandHandler
    public Outcome handle(Withdraw command, EntryStandings standings, Clock clock) {
        String reason = Inputs.text(command.reason(), "reason");
        inStatus(status, "withdrawn", "rút", EnumSet.of(EntryStatus.SUBMITTED, EntryStatus.INCOMPLETE,
                                                        EntryStatus.ELIGIBLE)).ifPresent(EntryPolicies::fail);
        AggregateLifecycle.apply(new EntryWithdrawn(entryId, reason, Clocks.today(clock)));
        return saved(standings);
    }

    @CommandHandler
    public Outcome handle(DeclareEligible command, Editions editions, EntryStandings standings,
                          AwardedSolutions awarded, MemberOrganisations organisations, Clock clock) {
        inStatus(status, "declared-eligible", "công nhận hợp lệ", EnumSet.of(EntryStatus.SUBMITTED))
                .ifPresent(EntryPolicies::fail);
        EditionSnapshot snapshot = edition(editions);
        LocalDate today = Clocks.today(clock);
        EditionTerms terms = snapshot.inForceOn(today);
        RESUBMITTING.enforce(screening(dossier, snapshot, terms, today, null, awarded, organisations, clock));
        AggregateLifecycle.apply(new EntryDeclaredEligible(entryId, editionId, dossier.field(), terms.version(), today));
        return saved(standings);
    }

    @CommandHandler
    public Outcome handle(DeclareIneligible command, EntryStandings standings, Clock clock) {
        String reason = Inputs.text(command.reason(), "reason");
        inStatus(status, "declared-ineligible", "kết luận không hợp lệ",
                 EnumSet.of(EntryStatus.SUBMITTED, EntryStatus.INCOMPLETE, EntryStatus.ELIGIBLE))
                .ifPresent(EntryPolicies::fail);
        AggregateLifecycle.apply(new EntryDeclaredIneligible(entryId, editionId, reason, Clocks.today(clock)));
        return saved(standings);
    }

    @CommandHandler
    public Outcome handle(AssignJudge command, Editions editions, EntryStandings standings, Clock clock) {
        String judgeId = Inputs.text(command.judgeId(), "judgeId");
        EditionSnapshot snapshot = edition(editions);
        Round round = judgingRound(snapshot);
        inStatus(status, "judge-assigned", "phân công chấm",
                 round == Round.PRELIMINARY ? EnumSet.of(EntryStatus.ELIGIBLE, EntryStatus.IN_JUDGING)
                         : EnumSet.of(EntryStatus.SCORED, EntryStatus.IN_JUDGING)).ifPresent(EntryPolicies::fail);
        if (recused.contains(judgeId)) {
            throw recusedFrom(judgeId).asException();
        }
        ASSIGNING.enforce(assignment(judgeId, snapshot, standings, assigned.getOrDefault(round, Set.of())));
        AggregateLifecycle.apply(new JudgeAssigned(entryId, editionId, judgeId, round, Clocks.today(clock)));
        return saved(standings);
    }

    @CommandHandler
    public Outcome handle(DeclareConflict command, Editions editions, EntryStandings standings, Clock clock) {
        String judgeId = Inputs.text(command.judgeId(), "judgeId");
        String reason = Inputs.text(command.reason(), "reason");
        EditionSnapshot snapshot = edition(editions);
        Round round = judgingRound(snapshot);
        boolean onEntry = assigned.getOrDefault(round, Set.of()).contains(judgeId)
                          || status == EntryStatus.RESCORING;
        if (!onEntry || sheets.getOrDefault(round, Map.of()).containsKey(judgeId)
            || rescores.getOrDefault(round, Map.of()).containsKey(judgeId)) {
            // Once scored, a score stays: a conflict found afterwards is the jury's decision, not a recusal.
            throw (onEntry ? alreadyScored(judgeId) : notAssigned(judgeId)).asException();
        }
        AggregateLifecycle.apply(new JudgeConflictDeclared(entryId, judgeId, round, reason, Clocks.today(clock)));
        if (status == EntryStatus.RESCORING) {
            // The last member still due stepped aside: the others' re-score is the sub-panel's.
            completeRescoreIfDue(snapshot, standings, round);
        }
        return saved(standings);
    }

    @CommandHandler
    public Outcome handle(ScoreEntry command, Editions editions, EntryStandings standings, Clock clock) {
        String judgeId = Inputs.text(command.judgeId(), "judgeId");
        EditionSnapshot snapshot = edition(editions);
        Round round = judgingRound(snapshot);
        if (!assigned.getOrDefault(round, Set.of()).contains(judgeId)) {
            throw notAssigned(judgeId).asException();
        }
        if (sheets.getOrDefault(round, Map.of()).containsKey(judgeId)) {
            throw alreadyScored(judgeId).asException();
        }
        LocalDate today = Clocks.today(clock);
        EditionTerms terms = snapshot.inForceOn(today);
        ScoreSheet sheet = sheet(judgeId, command.points(), terms.scoring());
        AggregateLifecycle.apply(new EntryScored(entryId, judgeId, round, sheet.points(), sheet.total(),
                                                 Inputs.optionalText(command.comment()), terms.version(), today));
        Map<String, ScoreSheet> scored = sheets.getOrDefault(round, Map.of());
        if (scored.size() >= terms.scoring().judgesPerEntry()) {
            List<ScoreSheet> first = List.copyOf(scored.values());
            Optional<BigDecimal> gap = Divergence.between(first, terms.scoring());
            if (gap.isPresent()) {
                AggregateLifecycle.apply(new ScoreDivergenceDetected(entryId, round, gap.get(),
                        terms.scoring().divergenceThreshold(), first.stream().map(ScoreSheet::total).toList()));
            } else {
                AggregateLifecycle.apply(new EntryScoringCompleted(entryId, round, mean(first), false));
            }
        }
        return saved(standings);
    }

    @CommandHandler
    public Outcome handle(RescoreEntry command, Editions editions, EntryStandings standings, Clock clock) {
        String judgeId = Inputs.text(command.judgeId(), "judgeId");
        EditionSnapshot snapshot = edition(editions);
        Round round = judgingRound(snapshot);
        if (status != EntryStatus.RESCORING) {
            throw Rejection.of("contest.judging.not-rescoring",
                               "Hồ sơ không ở diện tiểu ban chấm lại (chỉ khi điểm hai giám khảo chênh lệch quá ngưỡng).",
                               "The entry is not being re-scored (only when the two judges' totals diverge).")
                           .with("status", status.name()).asException();
        }
        if (recused.contains(judgeId)) {
            throw recusedFrom(judgeId).asException();
        }
        RESCORING.enforce(assignment(judgeId, snapshot, standings, Set.of()));
        if (rescores.getOrDefault(round, Map.of()).containsKey(judgeId)) {
            throw alreadyScored(judgeId).asException();
        }
        LocalDate today = Clocks.today(clock);
        EditionTerms terms = snapshot.inForceOn(today);
        ScoreSheet sheet = sheet(judgeId, command.points(), terms.scoring());
        AggregateLifecycle.apply(new EntryRescored(entryId, judgeId, round, sheet.points(), sheet.total(),
                                                   Inputs.optionalText(command.comment()), terms.version(), today));
        completeRescoreIfDue(snapshot, standings, round);
        return saved(standings);
    }

    /** The re-score is complete when every sub-panel member still required has re-scored (at least one has). */
    private void completeRescoreIfDue(EditionSnapshot snapshot, EntryStandings standings, Round round) {
        Map<String, ScoreSheet> given = rescores.getOrDefault(round, Map.of());
        if (!given.isEmpty() && given.keySet().containsAll(rescorers(snapshot, standings))) {
            AggregateLifecycle.apply(new EntryScoringCompleted(entryId, round, mean(List.copyOf(given.values())), true));
        }
    }

    // --- state ---------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(EntrySubmitted e) {
        entryId = e.entryId();
        entryNo = e.entryNo();
        editionId = e.editionId();
        type = e.type();
        dossier = e.dossier();
        status = EntryStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(EntryReturnedForCompletion e) {
        status = EntryStatus.INCOMPLETE;
    }

    @EventSourcingHandler
    void on(EntryResubmitted e) {
        dossier = e.dossier();
        status = EntryStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(EntryWithdrawn e) {
        status = EntryStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(EntryDeclaredEligible e) {
        status = EntryStatus.ELIGIBLE;
    }

    @EventSourcingHandler
    void on(EntryDeclaredIneligible e) {
        status = EntryStatus.INELIGIBLE;
    }

    @EventSourcingHandler
    void on(JudgeAssigned e) {
        assigned.computeIfAbsent(e.round(), r -> new LinkedHashSet<>()).add(e.judgeId());
        completed.put(e.round(), false);
        status = EntryStatus.IN_JUDGING;
    }

    @EventSourcingHandler
    void on(JudgeConflictDeclared e) {
        assigned.getOrDefault(e.round(), new LinkedHashSet<>()).remove(e.judgeId());
        recused.add(e.judgeId());
    }

    @EventSourcingHandler
    void on(EntryScored e) {
        sheets.computeIfAbsent(e.round(), r -> new LinkedHashMap<>())
              .put(e.judgeId(), new ScoreSheet(e.judgeId(), e.points()));
    }

    @EventSourcingHandler
    void on(ScoreDivergenceDetected e) {
        divergent.put(e.round(), true);
        status = EntryStatus.RESCORING;
    }

    @EventSourcingHandler
    void on(EntryRescored e) {
        rescores.computeIfAbsent(e.round(), r -> new LinkedHashMap<>())
                .put(e.judgeId(), new ScoreSheet(e.judgeId(), e.points()));
    }

    @EventSourcingHandler
    void on(EntryScoringCompleted e) {
        completed.put(e.round(), true);
        status = EntryStatus.SCORED;
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private Screening screening(Dossier d, EditionSnapshot snapshot, EditionTerms terms, LocalDate on,
                                LocalDate postmarkedOn, AwardedSolutions awarded, MemberOrganisations organisations,
                                Clock clock) {
        return new Screening(d, snapshot, terms, on, postmarkedOn, Clocks.today(clock),
                             awarded.awardedBefore(snapshot.type(), d.title(), snapshot.editionId()),
                             d.organisationId() == null ? Optional.empty() : organisations.statusOf(d.organisationId()));
    }

    private Assignment assignment(String judgeId, EditionSnapshot snapshot, EntryStandings standings,
                                  Set<String> already) {
        Optional<SubPanel> panel = snapshot.subPanel(dossier.field());
        return new Assignment(judgeId, panel, dossier.authors(),
                              dossier.youth() == null ? null : dossier.youth().supervisorPersonId(),
                              standings.isEntrant(editionId, judgeId), already,
                              snapshot.inForceOn(LocalDate.MAX).scoring().judgesPerEntry());
    }

    /** Who must re-score: every member of the sub-panel who may judge the entry and did not step aside. */
    private Set<String> rescorers(EditionSnapshot snapshot, EntryStandings standings) {
        Set<String> needed = new LinkedHashSet<>();
        snapshot.subPanel(dossier.field()).ifPresent(panel -> panel.judges().forEach(j -> {
            if (!recused.contains(j.judgeId())
                && RESCORING.check(assignment(j.judgeId(), snapshot, standings, Set.of())).isEmpty()) {
                needed.add(j.judgeId());
            }
        }));
        return needed;
    }

    private Round judgingRound(EditionSnapshot snapshot) {
        if (snapshot.status() == EditionStatus.PRELIMINARY_ROUND) {
            return Round.PRELIMINARY;
        }
        if (snapshot.status() == EditionStatus.FINAL_ROUND) {
            if (!snapshot.finalists().contains(entryId)) {
                throw notFinalist(entryNo).asException();
            }
            return Round.FINAL;
        }
        throw notJudging(snapshot.status()).asException();
    }

    private static ScoreSheet sheet(String judgeId, Map<String, BigDecimal> points, ScoringScheme scheme) {
        if (points == null || points.isEmpty()) {
            throw new InvalidInput("points", "cần điểm của từng tiêu chí", "points per criterion are required");
        }
        scheme.checkSheet(points).ifPresent(EntryPolicies::fail);
        return new ScoreSheet(judgeId, Map.copyOf(points));
    }

    private static BigDecimal mean(List<ScoreSheet> list) {
        BigDecimal sum = list.stream().map(ScoreSheet::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(list.size()), 2, RoundingMode.HALF_UP);
    }

    private EditionSnapshot edition(Editions editions) {
        return editions.find(editionId).orElseThrow(() -> editionUnknown(editionId).asException());
    }

    private static Rejection editionUnknown(String id) {
        return Rejection.of("contest.entry.edition-unknown", "Không có kỳ thi " + id + ".", "There is no edition " + id
                            + ".").with("editionId", id);
    }

    /** Text cleaned the platform's one way; the authors' names and workplaces are cleaned by {@link EntryAuthor}. */
    private static Dossier cleaned(Dossier d) {
        String title = Inputs.text(d.title(), "title");
        String field = Inputs.text(d.field(), "field");
        EntrantType entrant = Inputs.required(d.entrantType(), "entrantType");
        List<EntryAuthor> authors = Inputs.nonEmpty(d.authors(), "authors");
        for (EntryAuthor a : authors) {
            if (a.sharePercent() < 0 || a.sharePercent() > 100) {
                throw new InvalidInput("authors.sharePercent", "tỷ lệ đóng góp phải từ 0 đến 100",
                                       "must be between 0 and 100");
            }
        }
        if (entrant == EntrantType.ORGANISATION && Inputs.optionalText(d.organisationName()) == null) {
            throw new InvalidInput("organisationName", "hồ sơ của tổ chức phải nêu tên tổ chức",
                                   "an organisation's entry names the organisation");
        }
        return new Dossier(field, title, entrant, Inputs.optionalText(d.organisationId()),
                           Inputs.optionalText(d.organisationName()), authors, d.createdYear(), d.appliedSinceYear(),
                           Inputs.texts(d.applicationSites()), d.evidence(), d.benefitVnd(), d.inProvince(),
                           d.youth());
    }

    /** The latest round with assignments: the final round's once it began for this entry, else the preliminary. */
    private Round latestRound() {
        return assigned.containsKey(Round.FINAL) ? Round.FINAL : Round.PRELIMINARY;
    }

    private Outcome saved(EntryStandings standings) {
        Round round = latestRound();
        boolean rescored = divergent.getOrDefault(round, false);
        Map<String, ScoreSheet> counting = rescored ? rescores.getOrDefault(round, Map.of())
                : sheets.getOrDefault(round, Map.of());
        standings.record(new EntryStanding(entryId, entryNo, editionId, dossier.field(), dossier.title(),
                                           status.competing(), new ArrayList<>(counting.values()), rescored,
                                           completed.getOrDefault(round, false), dossier.authors()));
        return new Outcome(entryId, status.name(), AggregateLifecycle.getVersion());
    }
}
