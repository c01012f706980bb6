package vn.lienhiep.platform.observability;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.slf4j.MDC;

/**
 * Carries one trace across the asynchronous hops Micrometer does not see: the request's W3C {@code traceparent}
 * goes into the command's metadata, from there (Axon correlation data) into every event it produces, onto the Kafka
 * record of the public event, and the consuming side continues the same trace around its handler. So one trace id
 * follows a request from the gateway into the service, into the record headers, and into the consumer's projection.
 */
public class TraceParent {

    /** The W3C header and metadata key. */
    public static final String KEY = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    public TraceParent(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The current span as a {@code traceparent} value, if a trace is in progress. */
    public Optional<String> current() {
        TraceContext context = tracer.currentTraceContext().context();
        if (context == null) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(context, carrier, Map::put);
        return Optional.ofNullable(carrier.get(KEY));
    }

    /**
     * Runs {@code work} in a new span that continues the trace of {@code traceparent} (a new trace when it is null or
     * malformed), with the trace id in the logging MDC.
     */
    public <T> T continueTrace(String traceparent, String spanName, Span.Kind kind, Supplier<T> work) {
        Span.Builder builder = traceparent == null
                ? tracer.spanBuilder()
                : propagator.extract(Map.of(KEY, traceparent), (carrier, key) -> carrier.get(key));
        Span span = builder.name(spanName).kind(kind).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return work.get();
        } catch (RuntimeException e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }

    /** The trace id for problem details and logs: from the logging context of the current thread. */
    public static String currentTraceId() {
        return MDC.get("traceId");
    }
}
