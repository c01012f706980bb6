package vn.lienhiep.platform.deadlines;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

/**
 * Starts db-scheduler once everything else runs and stops it first. Axon's DbSchedulerDeadlineManager is built with
 * {@code startScheduler(false)} (it expects someone else to own the scheduler's lifecycle); without this nothing would
 * ever fire. Started last because a due deadline fires at once and needs Axon's aggregates and unit of work ready.
 *
 * <p>A lifecycle stop only pauses polling and a later start resumes it (Spring stops and restarts lifecycle beans
 * without closing the context, e.g. the test framework pausing a cached context); db-scheduler's own stop, which ends
 * its threads for good, happens when the context closes.
 */
public class DeadlineScheduler implements SmartLifecycle, DisposableBean {

    private final Scheduler scheduler;
    private volatile boolean started;
    private volatile boolean running;

    public DeadlineScheduler(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public synchronized void start() {
        if (started) {
            scheduler.resume();
        } else {
            scheduler.start();
            started = true;
        }
        running = true;
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (started) {
            scheduler.pause();
        }
    }

    @Override
    public synchronized void destroy() {
        running = false;
        if (started) {
            scheduler.stop();
        }
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
