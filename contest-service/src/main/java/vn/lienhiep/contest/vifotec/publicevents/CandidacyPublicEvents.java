package vn.lienhiep.contest.vifotec.publicevents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienhiep.contest.vifotec.domain.CandidacyEvents;
import vn.lienhiep.platform.publishing.DecisionV1;
import vn.lienhiep.platform.publishing.PublicEvent;
import vn.lienhiep.platform.publishing.PublicEventCatalog;

/**
 * What the contest tells the world of VIFOTEC candidacies on {@code lienhiep.contest.v1}: that the province forwarded
 * a work (never before its pre-screening passed) and the fund's result. Authors stay inside.
 */
@Configuration
public class CandidacyPublicEvents {

    @Bean
    public PublicEventCatalog candidacyPublicEventCatalog() {
        return PublicEventCatalog.builder()
                .publish(CandidacyEvents.VifotecCandidacyForwarded.class, "vifotec-candidacy-forwarded", 1,
                         e -> new VifotecCandidacyForwardedV1(e.candidacyId(), e.awardYear(), e.field(),
                                                              DecisionV1.of(e.letter()), e.sentOn().toString()))
                .map(CandidacyEvents.VifotecResultRecorded.class, e -> new PublicEvent("vifotec-result-recorded", 1,
                        new VifotecResultRecordedV1(e.candidacyId(), e.awardYear(), e.field(),
                                                    e.level() == null ? null : e.level().name(), e.year())))
                .build();
    }

    public record VifotecCandidacyForwardedV1(String candidacyId, int awardYear, String field, DecisionV1 letter,
                                              String sentOn) {
    }

    /** @param level null when not awarded */
    public record VifotecResultRecordedV1(String candidacyId, int awardYear, String field, String level, int year) {
    }
}
