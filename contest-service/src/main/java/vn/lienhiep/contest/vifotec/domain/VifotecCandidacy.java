package vn.lienhiep.contest.vifotec.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import vn.lienhiep.contest.common.domain.ContestDates;
import vn.lienhiep.contest.common.domain.ContestField;
import vn.lienhiep.contest.common.domain.ContestType;
import vn.lienhiep.contest.common.domain.EligibilityPolicy;
import vn.lienhiep.contest.vifotec.domain.CandidacyCommands.*;
import vn.lienhiep.contest.vifotec.domain.CandidacyEvents.*;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.Inputs;
import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.kernel.Policy;
import vn.lienhiep.kernel.Rejection;

/**
 * A work the province proposes for the VIFOTEC award (docs/domain/contest.md#vifotec-candidacy): identified, its
 * dossier prepared by the authors, pre-screened by the union (researched and applied within five years up to the
 * award's final deadline, in one of the award's six fields), forwarded to the VIFOTEC fund under the leadership's
 * signature, and its result recorded. The province does not judge: the fund does.
 */
@AggregateRoot
public class VifotecCandidacy {

    @AggregateIdentifier
    private String candidacyId;
    private int awardYear;
    private String field;
    private Integer appliedSinceYear;
    private LocalDate finalDeadline;
    private CandidacyStatus status;

    protected VifotecCandidacy() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public Outcome handle(IdentifyCandidacy c) {
        if (c.awardYear() < 2000 || c.awardYear() > 2100) {
            throw new InvalidInput("awardYear", "năm phải từ 2000 đến 2100", "must be between 2000 and 2100");
        }
        AggregateLifecycle.apply(new CandidacyIdentified(c.candidacyId(), c.awardYear(), Inputs.text(c.title(), "title"),
                Inputs.text(c.field(), "field"), Inputs.nonEmptyTexts(c.authors(), "authors"), c.appliedSinceYear(),
                Inputs.required(c.finalDeadline(), "finalDeadline"), Inputs.optionalText(c.sourceEntryId())));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(PrepareDossier c, Clock clock) {
        List<String> documents = Inputs.nonEmptyTexts(c.documents(), "documents");
        inStatus("dossier", "hoàn thiện hồ sơ", CandidacyStatus.IDENTIFIED).enforce(status);
        AggregateLifecycle.apply(new CandidacyDossierPrepared(candidacyId, documents, Clocks.today(clock)));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(Prescreen c, Clock clock) {
        inStatus("prescreen", "thẩm định sơ bộ", CandidacyStatus.DOSSIER_PREPARED).enforce(status);
        PRESCREENING.enforce(this);
        AggregateLifecycle.apply(new CandidacyPrescreened(candidacyId, Clocks.today(clock)));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(Forward c, Clock clock) {
        DecisionRef letter = Inputs.required(c.letter(), "letter");
        LocalDate sentOn = Inputs.required(c.sentOn(), "sentOn");
        inStatus("forward", "gửi Quỹ VIFOTEC", CandidacyStatus.PRESCREENED).enforce(status);
        ContestDates.DATES.notInFuture(Clocks.today(clock), ContestDates.NOMINATION).enforce(sentOn);
        AggregateLifecycle.apply(new VifotecCandidacyForwarded(candidacyId, awardYear, field, letter, sentOn));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(RecordVifotecResult c) {
        inStatus("result", "ghi kết quả", CandidacyStatus.FORWARDED, CandidacyStatus.RESULT_RECORDED).enforce(status);
        if (c.year() < awardYear || c.year() > 2100) {
            throw new InvalidInput("year", "năm kết quả không trước năm giải thưởng", "not before the award year");
        }
        AggregateLifecycle.apply(new VifotecResultRecorded(candidacyId, awardYear, field, c.level(), c.year()));
        return outcome();
    }

    /** The award's window (five years, the VIFOTEC default) and its fields. */
    static final Policy<VifotecCandidacy> PRESCREENING = Policy.allOf(
            v -> {
                int years = EligibilityPolicy.defaults(ContestType.VIFOTEC_AWARD).applicationWindowYears();
                int earliest = v.finalDeadline.getYear() - years;
                return v.appliedSinceYear != null && v.appliedSinceYear >= earliest ? Policy.allow()
                        : Optional.of(Rejection.of("contest.vifotec.application-window",
                                "Công trình phải được nghiên cứu và áp dụng trong " + years
                                + " năm tính đến hạn nộp cuối cùng (từ năm " + earliest + ").",
                                "The work must have been researched and applied within " + years
                                + " years up to the final deadline (since " + earliest + ").")
                                .with("earliestYear", earliest));
            },
            v -> ContestField.standard(ContestType.VIFOTEC_AWARD).stream().anyMatch(f -> f.code().equals(v.field))
                    ? Policy.allow() : Optional.of(Rejection.of("contest.vifotec.field-unknown",
                            "Lĩnh vực " + v.field + " không thuộc sáu lĩnh vực của Giải thưởng VIFOTEC.",
                            "Field " + v.field + " is not one of the VIFOTEC award's six fields.")
                            .with("field", v.field)));

    private static Policy<CandidacyStatus> inStatus(String act, String actVi, CandidacyStatus... allowed) {
        EnumSet<CandidacyStatus> set = EnumSet.copyOf(List.of(allowed));
        return s -> set.contains(s) ? Policy.allow() : Optional.of(Rejection.of(
                "contest.vifotec." + act + "-not-allowed",
                "Không thể " + actVi + " khi hồ sơ đang ở trạng thái \"" + s.labelVi() + "\".",
                "Not allowed while the candidacy is " + s.labelEn().toLowerCase() + ".").with("status", s.name()));
    }

    @EventSourcingHandler
    void on(CandidacyIdentified e) {
        candidacyId = e.candidacyId();
        awardYear = e.awardYear();
        field = e.field();
        appliedSinceYear = e.appliedSinceYear();
        finalDeadline = e.finalDeadline();
        status = CandidacyStatus.IDENTIFIED;
    }

    @EventSourcingHandler
    void on(CandidacyDossierPrepared e) {
        status = CandidacyStatus.DOSSIER_PREPARED;
    }

    @EventSourcingHandler
    void on(CandidacyPrescreened e) {
        status = CandidacyStatus.PRESCREENED;
    }

    @EventSourcingHandler
    void on(VifotecCandidacyForwarded e) {
        status = CandidacyStatus.FORWARDED;
    }

    @EventSourcingHandler
    void on(VifotecResultRecorded e) {
        status = CandidacyStatus.RESULT_RECORDED;
    }

    private Outcome outcome() {
        return new Outcome(candidacyId, status.name(), AggregateLifecycle.getVersion());
    }
}
