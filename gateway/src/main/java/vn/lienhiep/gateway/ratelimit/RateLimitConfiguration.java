package vn.lienhiep.gateway.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** In-memory buckets unless a Redis URL is configured; the filter sits right after Spring Security's chain. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimitConfiguration {

    /** Spring Security's filter chain is at -100: after it the caller is known, and routing has not started. */
    public static final int FILTER_ORDER = -90;

    @Bean
    RateLimiter rateLimiter(RateLimitProperties properties) {
        return properties.redis().configured() ? new RedisRateLimiter(properties.redis().url())
                : new InMemoryRateLimiter(properties.maxKeys());
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimiter limiter, RateLimitProperties properties,
                                                           MeterRegistry meters) {
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(limiter, properties, meters));
        registration.setOrder(FILTER_ORDER);
        registration.setEnabled(properties.enabled());
        return registration;
    }
}
