package vn.lienhiep.platform.autoconfigure;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import vn.lienhiep.platform.deadlines.DeadlineScheduler;
import vn.lienhiep.platform.eventstore.PlatformSchemaMigration;

/**
 * Persisted Axon deadlines: a db-scheduler {@link Scheduler} on the service's own DataSource (table
 * {@code scheduled_tasks}, migrated with the event store), which Axon's {@code AxonDbSchedulerAutoConfiguration} turns
 * into the {@code DeadlineManager} aggregates receive. A deadline survives a restart or kill -9 of the service; one
 * that fell due while the service was down fires on the next start. Every service gets one, like the event store.
 */
@AutoConfiguration(after = EventStoreAutoConfiguration.class,
                   beforeName = "org.axonframework.springboot.autoconfig.AxonDbSchedulerAutoConfiguration")
public class DeadlineAutoConfiguration {

    /**
     * The tasks are Axon's (deadline and scheduled-event tasks, beans of the Axon auto-configuration); the scheduler
     * is started by {@link DeadlineScheduler}, not here.
     *
     * @param pollingInterval how often due deadlines are looked for ({@code lienhiep.deadlines.polling-interval});
     *                        a deadline fires at most this late
     */
    @Bean
    @ConditionalOnMissingBean
    public Scheduler deadlineSchedulerEngine(DataSource dataSource, List<Task<?>> tasks,
                                             PlatformSchemaMigration schemaMigrated,
                                             @Value("${lienhiep.deadlines.polling-interval:PT2S}")
                                             Duration pollingInterval) {
        return Scheduler.create(dataSource, tasks)
                        .threads(2)
                        .pollingInterval(pollingInterval)
                        .build();
    }

    @Bean
    public DeadlineScheduler deadlineScheduler(Scheduler scheduler) {
        return new DeadlineScheduler(scheduler);
    }
}
