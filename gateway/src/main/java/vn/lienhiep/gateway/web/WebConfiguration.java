package vn.lienhiep.gateway.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** The request id filter before everything, and the gateway's problem+json for every failure, Tomcat's included. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

    @Bean
    FilterRegistrationBean<RequestIds.Filter> requestIdFilter() {
        FilterRegistrationBean<RequestIds.Filter> registration = new FilterRegistrationBean<>(new RequestIds.Filter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** After Spring Security (-100) and the rate limit (-90), so even a 413 carries the security headers. */
    @Bean
    FilterRegistrationBean<BodySizeFilter> bodySizeFilter(
            @Value("${lienhiep.http.max-body-size:1MB}") DataSize maxBody,
            @Value("${lienhiep.http.max-upload-size:20MB}") DataSize maxUpload) {
        FilterRegistrationBean<BodySizeFilter> registration =
                new FilterRegistrationBean<>(new BodySizeFilter(maxBody.toBytes(), maxUpload.toBytes()));
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
