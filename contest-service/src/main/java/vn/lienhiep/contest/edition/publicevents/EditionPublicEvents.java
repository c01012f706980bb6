package vn.lienhiep.contest.edition.publicevents;

import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienhiep.contest.edition.domain.Award;
import vn.lienhiep.contest.edition.domain.EditionEvents;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.platform.publishing.PublicEvent;
import vn.lienhiep.platform.publishing.PublicEventCatalog;

/**
 * What the contest tells the world about editions on {@code lienhiep.contest.v1}: each payload has a JSON Schema in
 * infra/contracts ({@code schemas/contest/<name>.v1.json}). A prize is announced when the committee approves the
 * results (never at the jury's proposal, which the committee may still send back), one {@code prize-awarded} per
 * entry, with its authors by person id and trade-union flag only. Names, shares, money and birth dates stay inside.
 */
@Configuration
public class EditionPublicEvents {

    @Bean
    public PublicEventCatalog editionPublicEventCatalog() {
        return PublicEventCatalog.builder()
                .publish(EditionEvents.EditionLaunched.class, "edition-launched", 1,
                         e -> new EditionLaunchedV1(e.editionId(), e.type().name(), e.ordinal(), e.label(),
                                                    e.awardYear(), e.launchedOn().toString(),
                                                    e.submissionClose().toString()))
                .publish(EditionEvents.SubmissionDeadlineExtended.class, "deadline-extended", 1,
                         e -> new DeadlineExtendedV1(e.editionId(), e.previousClose().toString(),
                                                     e.newClose().toString(), CommitteeDecisionV1.of(e.decision())))
                .mapEach(EditionEvents.ContestResultsApproved.class, e -> {
                    List<PublicEvent> events = new java.util.ArrayList<>();
                    Map<String, Integer> byLevel = new java.util.TreeMap<>();
                    e.awards().forEach(a -> byLevel.merge(a.level().name(), 1, Integer::sum));
                    events.add(new PublicEvent("results-approved", 1, new ResultsApprovedV1(e.editionId(),
                            e.type().name(), e.ordinal(), e.awardYear(), e.awards().size(), byLevel,
                            CommitteeDecisionV1.of(e.decision()))));
                    for (Award a : e.awards()) {
                        events.add(new PublicEvent("prize-awarded", 1, new PrizeAwardedV1(a.entryId(), e.editionId(),
                                e.type().name(), e.ordinal(), e.awardYear(), a.level().name(), a.field(), a.title(),
                                a.authors().stream().map(p -> new AwardedAuthorV1(p.personId(), p.principal(),
                                                                                  p.tradeUnionMember())).toList()),
                                                   a.entryId()));
                    }
                    return events;
                })
                .publish(EditionEvents.PrizeRevoked.class, "prize-revoked", 1,
                         e -> new PrizeRevokedV1(e.entryId(), e.editionId(), e.level().name(), e.field(), e.awardYear(),
                                                 e.reason(), CommitteeDecisionV1.of(e.decision())))
                .publish(EditionEvents.NationalNominationSent.class, "national-nomination-sent", 1,
                         e -> new NationalNominationSentV1(e.editionId(), e.target().name(), e.nationalEdition(),
                                                           e.entryIds(), e.sentOn().toString()))
                .publish(EditionEvents.NationalResultRecorded.class, "national-result-recorded", 1,
                         e -> new NationalResultRecordedV1(e.editionId(), e.entryId(), e.target().name(),
                                                           e.nationalEdition(),
                                                           e.level() == null ? null : e.level().name(),
                                                           e.medal().name(), e.year()))
                .publish(EditionEvents.EditionArchived.class, "edition-closed", 1,
                         e -> new EditionClosedV1(e.editionId(), e.type().name(), e.ordinal(), e.awardYear(),
                                                  e.entries(), e.authorParticipations(), e.entriesByField(),
                                                  e.prizesByLevel(), e.nationalNominations(),
                                                  e.archivedOn().toString()))
                .build();
    }

    /** The Organising Committee's decision as published: number, date, signer. */
    public record CommitteeDecisionV1(String number, String date, String signer) {
        static CommitteeDecisionV1 of(DecisionRef d) {
            return new CommitteeDecisionV1(d.number(), d.date().toString(), d.signer());
        }
    }

    public record EditionLaunchedV1(String editionId, String contestType, int ordinal, String label, int awardYear,
                                    String launchedOn, String submissionClose) {
    }

    public record DeadlineExtendedV1(String editionId, String previousClose, String newClose,
                                     CommitteeDecisionV1 decision) {
    }

    public record ResultsApprovedV1(String editionId, String contestType, int ordinal, int awardYear, int prizes,
                                    Map<String, Integer> prizesByLevel, CommitteeDecisionV1 decision) {
    }

    /** @param personId null when the author is not known to membership */
    public record AwardedAuthorV1(String personId, boolean principal, boolean tradeUnionMember) {
    }

    public record PrizeAwardedV1(String entryId, String editionId, String contestType, int ordinal, int awardYear,
                                 String level, String field, String title, List<AwardedAuthorV1> authors) {
    }

    public record PrizeRevokedV1(String entryId, String editionId, String level, String field, int awardYear,
                                 String reason, CommitteeDecisionV1 decision) {
    }

    public record NationalNominationSentV1(String editionId, String target, Integer nationalEdition,
                                           List<String> entryIds, String sentOn) {
    }

    /** @param level null when the entry was not awarded nationally */
    public record NationalResultRecordedV1(String editionId, String entryId, String target, Integer nationalEdition,
                                           String level, String medal, int year) {
    }

    public record EditionClosedV1(String editionId, String contestType, int ordinal, int awardYear, int entries,
                                  int authorParticipations, Map<String, Integer> entriesByField,
                                  Map<String, Integer> prizesByLevel, int nationalNominations, String closedOn) {
    }
}
