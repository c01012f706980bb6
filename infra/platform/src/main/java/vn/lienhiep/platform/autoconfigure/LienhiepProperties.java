package vn.lienhiep.platform.autoconfigure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings every service shares. A service sets only {@code lienhiep.context}; the rest has defaults that fit the
 * embedded stack and are overridden by environment in production. The HTTP and token settings the gateway shares too
 * have their own classes in infra/security ({@code lienhiep.http}: HttpLimits, {@code lienhiep.security}:
 * SecurityProperties), so each prefix is bound by exactly one class.
 */
@ConfigurationProperties(prefix = "lienhiep")
public class LienhiepProperties {

    /** The bounded context this service owns, e.g. {@code membership}. Names the topic and the public event types. */
    private String context;

    private final Province province = new Province();
    private final Publishing publishing = new Publishing();
    private final Processing processing = new Processing();

    public String getContext() { return context; }
    public void setContext(String context) { this.context = context; }
    public Province getProvince() { return province; }
    public Publishing getPublishing() { return publishing; }
    public Processing getProcessing() { return processing; }

    /** The tenant: one deployment serves one provincial union. */
    public static class Province {
        /** Administrative code of the province (Sơn La = 14, Lào Cai = 10). */
        private String code = "14";
        private String name = "Sơn La";
        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }

    public static class Publishing {
        /** Publish public events to Kafka. Off only in slice tests. */
        private boolean enabled = true;
        /** Topic; defaults to {@code lienhiep.<context>.v1}. */
        private String topic;
        /** Base of the {@code dataschema} URI: the schemas' {@code $id} namespace (the gateway serves copies at /schemas/). */
        private String schemaBaseUri = "https://schemas.lienhiep.vn/";
        /** How long one batch may wait for the broker's acknowledgement before the batch is retried. */
        private Duration sendTimeout = Duration.ofSeconds(15);
        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
        public String getTopic() { return topic; }
        public void setTopic(String topic) { this.topic = topic; }
        public String getSchemaBaseUri() { return schemaBaseUri; }
        public void setSchemaBaseUri(String schemaBaseUri) { this.schemaBaseUri = schemaBaseUri; }
        public Duration getSendTimeout() { return sendTimeout; }
        public void setSendTimeout(Duration sendTimeout) { this.sendTimeout = sendTimeout; }
    }

    public static class Processing {
        /** Events per transaction of a tracking processor (docs/platform-notes.md#batch-sizes: >= 100 under load). */
        private int batchSize = 100;
        /** How long an idle processor waits on the event store before polling again. */
        private Duration eventAvailabilityTimeout = Duration.ofSeconds(1);
        private final DeadLetters deadLetters = new DeadLetters();
        public int getBatchSize() { return batchSize; }
        public void setBatchSize(int batchSize) { this.batchSize = batchSize; }
        public Duration getEventAvailabilityTimeout() { return eventAvailabilityTimeout; }
        public void setEventAvailabilityTimeout(Duration eventAvailabilityTimeout) {
            this.eventAvailabilityTimeout = eventAvailabilityTimeout;
        }
        public DeadLetters getDeadLetters() { return deadLetters; }
    }

    /**
     * When a projection's handler fails on an event that is not an infrastructure outage, it is tried
     * {@code attempts} times in all (waiting {@code backoff}, doubled after each failure), then the event is parked
     * in the processor's dead-letter queue and the processor goes on (docs/adr/0014-poison-events.md).
     */
    public static class DeadLetters {
        /** Attempts in all, the first included, before an event is parked. 1 parks at the first failure. */
        private int attempts = 3;
        /** Wait before the second attempt; doubled before each further one. */
        private Duration backoff = Duration.ofMillis(100);
        /** Aggregates (sequences) a processor may have parked; beyond that the processor halts instead. */
        private int maxSequences = 1024;
        /** Events one parked aggregate may hold (the failed one and those queued behind it) before the processor halts. */
        private int maxSequenceSize = 1024;
        public int getAttempts() { return attempts; }
        public void setAttempts(int attempts) { this.attempts = attempts; }
        public Duration getBackoff() { return backoff; }
        public void setBackoff(Duration backoff) { this.backoff = backoff; }
        public int getMaxSequences() { return maxSequences; }
        public void setMaxSequences(int maxSequences) { this.maxSequences = maxSequences; }
        public int getMaxSequenceSize() { return maxSequenceSize; }
        public void setMaxSequenceSize(int maxSequenceSize) { this.maxSequenceSize = maxSequenceSize; }
    }

    public String topic() {
        return publishing.topic != null ? publishing.topic : "lienhiep." + context + ".v1";
    }

    /** CloudEvents {@code source}: which province's which context emitted the event. */
    public String eventSource() {
        return "urn:lienhiep:" + province.code + ":" + context;
    }
}
