package vn.lienhiep.platform.commands;

import vn.lienhiep.platform.observability.TraceParent;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.lienhiep.kernel.BusinessRuleViolation;
import vn.lienhiep.platform.security.Caller;
import vn.lienhiep.platform.security.Callers;
import vn.lienhiep.platform.web.RequestContext;

/**
 * The one way controllers send commands. Adds who acted and the request id as metadata (they travel into every
 * event: the history shows who did what), and honours {@code Idempotency-Key}: a retried request gets the first
 * request's result instead of acting twice (a lost reply must not force a duplicate or a 500, docs/platform-notes.md#lost-replies).
 */
public class CommandDispatcher {

    public static final String ACTING_USER = "actingUser";
    public static final String ACTING_USER_ID = "actingUserId";
    public static final String ACTING_ROLES = "actingRoles";
    public static final String REQUEST_ID = "requestId";
    /** W3C trace context of the request: travels into the events and onto the Kafka records. */
    public static final String TRACE_PARENT = TraceParent.KEY;
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final CommandGateway gateway;
    private final IdempotencyStore store;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;
    private final TraceParent traces;

    public CommandDispatcher(CommandGateway gateway, IdempotencyStore store, ObjectMapper json,
                             TransactionTemplate transactions, TraceParent traces) {
        this.gateway = gateway;
        this.store = store;
        this.json = json;
        this.transactions = transactions;
        this.traces = traces;
    }

    /** Sends the command and waits for its result (the aggregate's return value). */
    public <R> R send(Object command) {
        return sendAs(Callers.current(), command);
    }

    /** For work outside a request (e.g. an import job): who acted is given explicitly. */
    public <R> R sendAs(Caller caller, Object command) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(ACTING_USER, caller.username());
        metadata.put(ACTING_USER_ID, caller.userId());
        metadata.put(ACTING_ROLES, caller.rolesAsText());
        String requestId = RequestContext.requestId();
        if (requestId != null) {
            metadata.put(REQUEST_ID, requestId);
        }
        traces.current().ifPresent(traceparent -> metadata.put(TRACE_PARENT, traceparent));
        Optional<Idempotency> idempotency = currentIdempotency(caller);
        if (idempotency.isEmpty()) {
            return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata));
        }
        Idempotency key = idempotency.get();
        Optional<IdempotencyStore.StoredResult> earlier = store.find(key.key());
        if (earlier.isPresent()) {
            return replay(earlier.get(), key);
        }
        metadata.put(IdempotencyInterceptor.KEY, key.key());
        metadata.put(IdempotencyInterceptor.FINGERPRINT, key.fingerprint());
        try {
            return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata));
        } catch (DuplicateKeyException concurrentDuplicate) {
            return replay(store.find(key.key()).orElseThrow(() -> concurrentDuplicate), key);
        }
    }

    /**
     * Runs an action that is not an Axon command (e.g. starting an import job) with the same idempotency guarantee:
     * the action's own SQL writes and the idempotency record share one transaction.
     */
    public <R> R once(Supplier<R> action) {
        Optional<Idempotency> idempotency = currentIdempotency(Callers.current());
        if (idempotency.isEmpty()) {
            return action.get();
        }
        Idempotency key = idempotency.get();
        Optional<IdempotencyStore.StoredResult> earlier = store.find(key.key());
        if (earlier.isPresent()) {
            return replay(earlier.get(), key);
        }
        try {
            return transactions.execute(status -> {
                R result = action.get();
                try {
                    store.insert(key.key(), key.fingerprint(), result == null ? null : result.getClass().getName(),
                                 result == null ? null : json.writeValueAsString(result));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
                return result;
            });
        } catch (DuplicateKeyException concurrentDuplicate) {
            return replay(store.find(key.key()).orElseThrow(() -> concurrentDuplicate), key);
        }
    }

    @SuppressWarnings("unchecked")
    private <R> R replay(IdempotencyStore.StoredResult stored, Idempotency key) {
        if (!stored.fingerprint().equals(key.fingerprint())) {
            throw new BusinessRuleViolation("platform.idempotency-key-reused",
                    "Idempotency-Key này đã được dùng cho một yêu cầu khác.",
                    "This Idempotency-Key was already used for a different request.");
        }
        markReplayed();
        if (stored.resultType() == null) {
            return null;
        }
        try {
            return (R) json.readValue(stored.result(), Class.forName(stored.resultType()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read stored result of idempotency key " + key.key(), e);
        }
    }

    private static void markReplayed() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletResponse response = attributes.getResponse();
            if (response != null) {
                response.setHeader(REPLAYED_HEADER, "true");
            }
        }
    }

    /**
     * Keys are per caller: two users who happen to choose the same key do not see each other's results (nor learn
     * that the other used it).
     */
    private static Optional<Idempotency> currentIdempotency(Caller caller) {
        HttpServletRequest request = RequestContext.current();
        if (request == null || request.getAttribute(IdempotencyFilter.KEY_ATTRIBUTE) == null) {
            return Optional.empty();
        }
        return Optional.of(new Idempotency(callerPrefix(caller) + request.getAttribute(IdempotencyFilter.KEY_ATTRIBUTE),
                                           request.getAttribute(IdempotencyFilter.FINGERPRINT_ATTRIBUTE).toString()));
    }

    /** A short digest of the caller id, so caller + 200-character key still fits the key column. */
    private static String callerPrefix(Caller caller) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(caller.userId().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8) + ":";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Idempotency(String key, String fingerprint) {
    }
}
