package vn.lienhiep.platform.observability;

import java.util.List;
import java.util.function.BiFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Counts domain events by type once they are COMMITTED to the store ({@code lienhiep.domain.events}), so a rejected
 * or rolled-back command does not inflate the numbers operators see.
 */
public class DomainEventCounter implements MessageDispatchInterceptor<EventMessage<?>> {

    private final MeterRegistry meters;

    public DomainEventCounter(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        for (EventMessage<?> message : messages) {
            String type = message.getPayloadType().getSimpleName();
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().afterCommit(u -> increment(type));
            } else {
                increment(type);
            }
        }
        return (index, message) -> message;
    }

    private void increment(String type) {
        Counter.builder("lienhiep.domain.events")
               .description("Domain events committed to the event store, by type")
               .tag("type", type)
               .register(meters)
               .increment();
    }
}
