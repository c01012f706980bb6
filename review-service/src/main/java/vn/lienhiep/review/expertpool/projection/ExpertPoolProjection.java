package vn.lienhiep.review.expertpool.projection;

import java.time.Clock;
import java.time.Instant;

import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.lienhiep.platform.readmodel.VersionedDocuments;
import vn.lienhiep.kernel.text.VietnameseText;
import vn.lienhiep.review.common.domain.PoolExpert;

/**
 * The {@code review_expert_pool} read model for the UI (search, filters), written by the expert-pool subscription
 * after the SQL replica. One document per expert keyed by expert id, guarded by membership's aggregate sequence
 * ({@link VersionedDocuments#apply}): a redelivered or older event changes nothing. Deactivated experts stay as
 * documents with {@code active = false}, for the same reason as in SQL: a late profile change must not revive them.
 */
@Component
public class ExpertPoolProjection {

    public static final String COLLECTION = "review_expert_pool";

    private final VersionedDocuments documents;
    private final Clock clock;

    public ExpertPoolProjection(VersionedDocuments documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    public boolean activate(PoolExpert expert, long sequence) {
        Update update = new Update().set("expertId", expert.expertId())
                                    .set("personId", expert.personId())
                                    .set("displayName", expert.displayName())
                                    // Folded copy: "nguyen van lao" finds "Nguyễn Văn Lào".
                                    .set("searchName", VietnameseText.fold(expert.displayName()))
                                    .set("expertiseFields", expert.expertiseFields())
                                    .set("employers", expert.employers())
                                    .set("scope", expert.scope())
                                    .set("availability", expert.availability())
                                    .set("active", true)
                                    .set("updatedAt", Instant.now(clock).toString());
        return documents.apply(COLLECTION, expert.expertId(), sequence, update);
    }

    public boolean deactivate(String expertId, String personId, long sequence) {
        Update update = new Update().set("expertId", expertId)
                                    .set("personId", personId)
                                    .set("active", false)
                                    .set("updatedAt", Instant.now(clock).toString());
        return documents.apply(COLLECTION, expertId, sequence, update);
    }
}
