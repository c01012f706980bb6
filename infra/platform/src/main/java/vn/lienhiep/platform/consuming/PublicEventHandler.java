package vn.lienhiep.platform.consuming;

/**
 * Handles one public event. MUST be idempotent (a version-guarded upsert): Kafka delivers at least once, and the
 * consumer records an event as processed only after the handler returned.
 */
@FunctionalInterface
public interface PublicEventHandler<T> {
    void handle(T payload, ReceivedEvent event) throws Exception;
}
