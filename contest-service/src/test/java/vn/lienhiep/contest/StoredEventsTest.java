package vn.lienhiep.contest;

import org.junit.jupiter.api.Test;

import vn.lienhiep.platform.autoconfigure.EventStoreAutoConfiguration;
import vn.lienhiep.platform.eventstore.InitialRevisionUpcaster;
import vn.lienhiep.testing.StoredEventContract;

/**
 * Every event this service has ever stored stays readable (samples under src/test/resources/stored-events, see
 * {@link StoredEventContract}): a changed event shape without a new revision and an upcaster fails here.
 */
class StoredEventsTest {

    @Test
    void everyStoredEventTypeStaysReadable() {
        StoredEventContract.forService("vn.lienhiep.contest")
                           .objectMapper(new EventStoreAutoConfiguration().defaultAxonObjectMapper())
                           .platformUpcasters(new InitialRevisionUpcaster())
                           .verify();
    }
}
