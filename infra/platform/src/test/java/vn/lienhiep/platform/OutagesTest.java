package vn.lienhiep.platform;

import java.net.ConnectException;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;

import vn.lienhiep.platform.processing.Outages;

import static org.assertj.core.api.Assertions.assertThat;

/** What halts a processor (the store is not there) and what is parked (the event is bad). */
class OutagesTest {

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void theStoreNotBeingThereIsAnOutageHoweverItIsWrapped() {
        assertThat(Outages.isOutage(new DataAccessResourceFailureException("Prematurely reached end of stream",
                new MongoSocketReadException("Prematurely reached end of stream", new ServerAddress())))).isTrue();
        assertThat(Outages.isOutage(new MongoTimeoutException("Timed out while waiting for a server"))).isTrue();
        assertThat(Outages.isOutage(new QueryTimeoutException("slow"))).isTrue();
        assertThat(Outages.isOutage(new IllegalStateException("projection failed",
                new RuntimeException(new ConnectException("Connection refused"))))).isTrue();
    }

    @Test
    void aBugOrBadDataIsNot() {
        assertThat(Outages.isOutage(new IllegalArgumentException("no rule for this event"))).isFalse();
        assertThat(Outages.isOutage(new NullPointerException())).isFalse();
        assertThat(Outages.isOutage(new DataIntegrityViolationException("duplicate key"))).isFalse();
    }

    @Test
    void aProcessorThatIsStoppingIsNotHandedAPoisonEvent() {
        Thread.currentThread().interrupt();
        assertThat(Outages.isOutage(new IllegalArgumentException("whatever the handler threw"))).isTrue();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("a");
        RuntimeException second = new RuntimeException("b", first);
        first.initCause(second);
        assertThat(Outages.isOutage(second)).isFalse();
    }
}
