package vn.lienhiep.platform.processing;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;

import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells an infrastructure outage from a poison event. An outage (the read-model store or the database unreachable, a
 * timeout, the thread interrupted because the processor is stopping) says nothing about the event: it must halt the
 * processor, which retries with back-off until the store is back, exactly as before dead letters existed. Parking
 * the event instead would park every event that arrives while the store is down (docs/adr/0014-poison-events.md).
 *
 * <p>The MongoDB driver's own types are listed too: Spring Data translates them (to
 * {@link DataAccessResourceFailureException}), but a handler that uses the driver directly throws them untranslated.
 */
public final class Outages {

    private Outages() {
    }

    /** True if {@code failure} or any of its causes means "the infrastructure is not there", not "this event is bad". */
    public static boolean isOutage(Throwable failure) {
        if (Thread.currentThread().isInterrupted()) {
            return true;
        }
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException
                || t instanceof DataAccessResourceFailureException
                || t instanceof RecoverableDataAccessException
                || t instanceof CannotCreateTransactionException
                || t instanceof SQLTransientException
                || t instanceof SQLRecoverableException
                || t instanceof ConnectException
                || t instanceof SocketTimeoutException
                || t instanceof UnknownHostException
                || t instanceof InterruptedException
                || t instanceof MongoSocketException
                || t instanceof MongoTimeoutException
                || t instanceof MongoExecutionTimeoutException
                || t instanceof MongoInterruptedException
                || t instanceof MongoNotPrimaryException
                || t instanceof MongoNodeIsRecoveringException) {
                return true;
            }
        }
        return false;
    }
}
