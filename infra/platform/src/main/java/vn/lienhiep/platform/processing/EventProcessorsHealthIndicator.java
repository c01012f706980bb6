package vn.lienhiep.platform.processing;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * DOWN when a processor is in error (e.g. a projection keeps failing and its token is stuck). Details list each
 * processor's position and lag so an operator sees at once which read model is behind.
 */
public class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final ProcessorAdmin admin;

    public EventProcessorsHealthIndicator(ProcessorAdmin admin) {
        this.admin = admin;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean anyError = false;
        for (ProcessorAdmin.ProcessorStatus status : admin.all()) {
            anyError |= status.error();
            builder.withDetail(status.name(), java.util.Map.of(
                    "running", status.running(), "error", status.error(),
                    "position", status.position(), "lag", status.lag()));
        }
        if (anyError) {
            builder.down();
        } else {
            builder.up();
        }
    }
}
