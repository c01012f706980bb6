package vn.lienhiep.gateway.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import vn.lienhiep.security.web.BodySizeLimitFilter;
import vn.lienhiep.security.web.HttpLimits;

/** The request id filter before everything, and the gateway's problem+json for every failure, Tomcat's included. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

    @Bean
    FilterRegistrationBean<RequestIds.Filter> requestIdFilter() {
        FilterRegistrationBean<RequestIds.Filter> registration = new FilterRegistrationBean<>(new RequestIds.Filter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * The services' body limit (infra/security), with the gateway's 413, before anything is sent to a service. After
     * Spring Security (-100) and the rate limit (-90), so even a 413 carries the security headers.
     */
    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeFilter(HttpLimits limits) {
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
                new BodySizeLimitFilter(limits, (request, response, limit) ->
                        GatewayProblem.CONTENT_TOO_LARGE.write(request, response, null)));
        registration.setOrder(-80);
        return registration;
    }

    @Bean
    RequestIds.Forward requestIdForwarding() {
        return new RequestIds.Forward();
    }

    @Bean
    RequestIds.DropEcho requestIdEchoRemoval() {
        return new RequestIds.DropEcho();
    }

    /** Set on the host before it starts, which is when Tomcat installs its error valve. */
    @Bean
    TomcatContextCustomizer problemErrorReportValve() {
        return context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        };
    }

    @Bean
    GatewayExceptionResolver gatewayExceptionResolver() {
        return new GatewayExceptionResolver();
    }
}
