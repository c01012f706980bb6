package vn.lienhiep.platform.deadlines;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.context.SmartLifecycle;

/**
 * Starts db-scheduler once everything else runs and stops it first. Axon's DbSchedulerDeadlineManager is built with
 * {@code startScheduler(false)} (it expects someone else to own the scheduler's lifecycle); without this nothing would
 * ever fire. Started last because a due deadline fires at once and needs Axon's aggregates and unit of work ready.
 */
public class DeadlineScheduler implements SmartLifecycle {

    private final Scheduler scheduler;
    private volatile boolean running;

    public DeadlineScheduler(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void start() {
        scheduler.start();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        scheduler.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
