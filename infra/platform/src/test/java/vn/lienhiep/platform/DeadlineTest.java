package vn.lienhiep.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.lienhiep.platform.testapp.Thing;

/**
 * Axon deadlines are persisted in the service's SQL database (db-scheduler) and fire: the row exists while the
 * deadline is pending, the aggregate's deadline handler applies its event when it falls due, and the row is gone.
 */
class DeadlineTest extends PlatformTestBase {

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore events;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPersistedDeadlineFiresAndAppliesItsEvent() throws Exception {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new Thing.Create(id, "nhắc việc"));
        int before = pending();
        commands.sendAndWait(new Thing.Remind(id, 3_000));

        assertThat(pending()).as("the deadline is a row in scheduled_tasks while it waits").isEqualTo(before + 1);
        assertThat(types(id)).doesNotContain(Thing.Reminded.class.getName());

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!types(id).contains(Thing.Reminded.class.getName()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(types(id)).as("the deadline handler applied its event").contains(Thing.Reminded.class.getName());
        // db-scheduler removes the row in its own transaction after the handler returned: wait for it, don't race it
        while (pending() != before && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(pending()).as("a fired deadline leaves no row").isEqualTo(before);
    }

    /** Only this test schedules deadlines in the shared test service. */
    private int pending() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks", Integer.class);
        return n == null ? 0 : n;
    }

    private List<String> types(String id) {
        return events.readEvents(id).asStream().map(DomainEventMessage::getPayloadType).map(Class::getName).toList();
    }
}
