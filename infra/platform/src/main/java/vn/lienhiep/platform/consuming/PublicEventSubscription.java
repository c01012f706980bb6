package vn.lienhiep.platform.consuming;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import vn.lienhiep.platform.publishing.PublicEvent;

/**
 * What a service listens to on another context's topic. Declared as a bean; the platform runs the Kafka consumer,
 * dedupes on CloudEvents id + source, validates each payload against its schema, retries a failing handler a bounded
 * number of times and then parks the record on a dead-letter topic.
 *
 * <pre>{@code
 * PublicEventSubscription.named("expert-pool")
 *     .topic("lienhiep.membership.v1")
 *     .on("membership", "expert-verified", 1, ExpertVerifiedV1.class, pool::add)
 *     .build();
 * }</pre>
 */
public final class PublicEventSubscription {

    private final String name;
    private final String topic;
    private final Map<String, Binding<?>> bindings;

    private PublicEventSubscription(String name, String topic, Map<String, Binding<?>> bindings) {
        this.name = name;
        this.topic = topic;
        this.bindings = Map.copyOf(bindings);
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public String topic() {
        return topic;
    }

    public Binding<?> binding(String cloudEventType) {
        return bindings.get(cloudEventType);
    }

    public Map<String, Binding<?>> bindings() {
        return bindings;
    }

    /** @param schemaPath where the payload's schema lives in infra/contracts */
    public record Binding<T>(String type, String schemaPath, Class<T> payloadType, PublicEventHandler<T> handler) {
    }

    public static final class Builder {
        private final String name;
        private String topic;
        private final Map<String, Binding<?>> bindings = new LinkedHashMap<>();

        private Builder(String name) {
            if (!name.matches("[a-z0-9][a-z0-9.-]{0,60}")) {
                throw new IllegalArgumentException("subscription name must be lower-case kebab: " + name);
            }
            this.name = name;
        }

        public Builder topic(String topic) {
            this.topic = topic;
            return this;
        }

        public <T> Builder on(String context, String eventName, int version, Class<T> payloadType,
                              PublicEventHandler<T> handler) {
            String type = PublicEvent.typeName(context, eventName, version);
            bindings.put(type, new Binding<>(type, PublicEvent.schemaPath(context, eventName, version), payloadType,
                                             handler));
            return this;
        }

        public PublicEventSubscription build() {
            Objects.requireNonNull(topic, "topic");
            if (bindings.isEmpty()) {
                throw new IllegalStateException("subscription " + name + " handles no event type");
            }
            return new PublicEventSubscription(name, topic, bindings);
        }
    }
}
