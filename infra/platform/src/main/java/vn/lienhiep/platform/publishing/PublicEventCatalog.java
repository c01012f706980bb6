package vn.lienhiep.platform.publishing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which domain events a context makes public, and how each one is translated. Each sub-context declares a catalog
 * bean next to its code; the platform merges them and publishes. A domain event without a mapping stays private.
 */
public final class PublicEventCatalog {

    private final Map<Class<?>, Function<Object, List<PublicEvent>>> mappings;

    private PublicEventCatalog(Map<Class<?>, Function<Object, List<PublicEvent>>> mappings) {
        this.mappings = Collections.unmodifiableMap(new LinkedHashMap<>(mappings));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** One catalog from the catalogs of a service's sub-contexts; a domain event mapped twice is an error. */
    public static PublicEventCatalog merge(java.util.List<PublicEventCatalog> catalogs) {
        Map<Class<?>, Function<Object, List<PublicEvent>>> all = new LinkedHashMap<>();
        for (PublicEventCatalog catalog : catalogs) {
            catalog.mappings.forEach((type, mapping) -> {
                if (all.putIfAbsent(type, mapping) != null) {
                    throw new IllegalStateException("domain event " + type.getName() + " is mapped twice");
                }
            });
        }
        return new PublicEventCatalog(all);
    }

    /** The public events of a domain event: none for a private one, usually one, several where the mapping says. */
    public List<PublicEvent> toPublic(Object domainEvent) {
        Function<Object, List<PublicEvent>> mapping = mappings.get(domainEvent.getClass());
        return mapping == null ? List.of() : mapping.apply(domainEvent);
    }

    public boolean isPublic(Class<?> domainEventType) {
        return mappings.containsKey(domainEventType);
    }

    public java.util.Set<Class<?>> domainEventTypes() {
        return mappings.keySet();
    }

    public static final class Builder {
        private final Map<Class<?>, Function<Object, List<PublicEvent>>> mappings = new LinkedHashMap<>();

        /** Publishes {@code type} as {@code name}.v{@code version} with the payload {@code toPayload} builds. */
        public <E> Builder publish(Class<E> type, String name, int version, Function<? super E, ?> toPayload) {
            return map(type, event -> new PublicEvent(name, version, toPayload.apply(event)));
        }

        /** Full control: the function may return null to keep a particular event private. */
        public <E> Builder map(Class<E> type, Function<? super E, PublicEvent> mapping) {
            return mapEach(type, event -> {
                PublicEvent published = mapping.apply(event);
                return published == null ? List.of() : List.of(published);
            });
        }

        /**
         * One domain event, several public events (each with its own {@link PublicEvent#idSuffix()}, so every
         * CloudEvents id stays unique and stable); an empty list keeps that event private.
         */
        @SuppressWarnings("unchecked")
        public <E> Builder mapEach(Class<E> type, Function<? super E, List<PublicEvent>> mapping) {
            if (mappings.putIfAbsent(type, event -> List.copyOf(mapping.apply((E) event))) != null) {
                throw new IllegalStateException("duplicate public mapping for " + type.getName());
            }
            return this;
        }

        public PublicEventCatalog build() {
            return new PublicEventCatalog(mappings);
        }
    }
}
