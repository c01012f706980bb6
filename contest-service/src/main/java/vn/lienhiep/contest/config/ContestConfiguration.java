package vn.lienhiep.contest.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienhiep.kernel.Clocks;

/**
 * The contest's own wiring: the clock. (Aggregates register themselves through Axon's Spring-free
 * {@code @AggregateRoot}; each edition carries its own configurable rules, so there are no service-wide rule
 * properties: docs/domain/contest.md#configurable-assumptions.)
 */
@Configuration
public class ContestConfiguration {

    @Bean
    public Clock clock() {
        return Clocks.vietnam();
    }
}
