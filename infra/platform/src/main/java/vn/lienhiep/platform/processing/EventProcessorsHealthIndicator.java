package vn.lienhiep.platform.processing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * DOWN when a processor is in error (e.g. a projection keeps failing on an outage and its token is stuck). Details
 * list each processor's position, lag and parked events so an operator sees at once which read model is behind.
 *
 * <p>Parked events make the component degraded, not DOWN: the service answers and every other aggregate is up to
 * date, so taking it out of readiness would turn one bad event into an outage. The status stays UP (the launcher,
 * the gateway and the probes read the code) with a description saying what is parked and where to act on it.
 */
public class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final ProcessorAdmin admin;
    private final String adminPath;

    /** @param adminPath {@code /api/<context>/admin/processors}, for the description */
    public EventProcessorsHealthIndicator(ProcessorAdmin admin, String adminPath) {
        this.admin = admin;
        this.adminPath = adminPath;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean anyError = false;
        long parked = 0;
        List<String> parkedIn = new ArrayList<>();
        for (ProcessorAdmin.ProcessorStatus status : admin.all()) {
            anyError |= status.error();
            if (status.deadLetters() > 0) {
                parked += status.deadLetters();
                parkedIn.add(status.name() + " " + status.deadLetters());
            }
            builder.withDetail(status.name(), Map.of(
                    "running", status.running(), "error", status.error(),
                    "position", status.position(), "lag", status.lag(), "deadLetters", status.deadLetters()));
        }
        if (anyError) {
            builder.down();
        } else if (parked > 0) {
            builder.withDetail("degraded", true)
                   .status(new Status(Status.UP.getCode(), "degraded: " + parked + " event(s) parked in dead-letter "
                           + "queues (" + String.join(", ", parkedIn) + "); see " + adminPath
                           + "/{processor}/dead-letters"));
        } else {
            builder.up();
        }
    }
}
