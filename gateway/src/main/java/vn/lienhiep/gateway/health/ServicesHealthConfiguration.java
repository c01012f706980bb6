package vn.lienhiep.gateway.health;

import java.net.URI;
import java.util.Map;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienhiep.gateway.GatewayProperties;

/**
 * One health component per configured service, next to the gateway's own: an operator sees on one page which service
 * is down, and the overall status is DOWN while any of them is. The probes (liveness, readiness) stay on the gateway
 * alone, see application.yml.
 */
@Configuration(proxyBeanMethods = false)
public class ServicesHealthConfiguration {

    @Bean
    SmartInitializingSingleton serviceHealthRegistration(HealthContributorRegistry registry,
                                                         GatewayProperties properties) {
        return () -> {
            for (Map.Entry<String, URI> service : properties.services().entrySet()) {
                registry.registerContributor(service.getKey(),
                        new ServiceHealthIndicator(service.getValue(), properties.healthTimeout()));
            }
        };
    }
}
