package vn.lienhiep.contest.entry.publicevents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienhiep.contest.entry.domain.EntryEvents;
import vn.lienhiep.platform.publishing.PublicEventCatalog;

/**
 * What the contest tells the world about entries on {@code lienhiep.contest.v1}: that an entry was submitted (it
 * passed the dossier and eligibility rules) and how screening ended. No author, no title beyond what the gallery will
 * show, nothing a blind jury must not learn: scores and judges never leave the service.
 */
@Configuration
public class EntryPublicEvents {

    @Bean
    public PublicEventCatalog entryPublicEventCatalog() {
        return PublicEventCatalog.builder()
                .publish(EntryEvents.EntrySubmitted.class, "entry-submitted", 1,
                         e -> new EntrySubmittedV1(e.entryId(), e.entryNo(), e.editionId(), e.type().name(),
                                                   e.dossier().field(), e.dossier().entrantType().name(),
                                                   e.dossier().authors().size(), e.submittedOn().toString()))
                .publish(EntryEvents.EntryDeclaredEligible.class, "entry-declared-eligible", 1,
                         e -> new EntryScreenedV1(e.entryId(), e.editionId(), e.declaredOn().toString()))
                .publish(EntryEvents.EntryDeclaredIneligible.class, "entry-declared-ineligible", 1,
                         e -> new EntryScreenedV1(e.entryId(), e.editionId(), e.declaredOn().toString()))
                .build();
    }

    public record EntrySubmittedV1(String entryId, String entryNo, String editionId, String contestType,
                                   String field, String entrantType, int authorCount, String submittedOn) {
    }

    public record EntryScreenedV1(String entryId, String editionId, String declaredOn) {
    }
}
