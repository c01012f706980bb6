package vn.lienhiep.platform.autoconfigure;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lienhiep.platform.commands.CommandDispatcher;
import vn.lienhiep.platform.commands.IdempotencyFilter;
import vn.lienhiep.platform.commands.IdempotencyInterceptor;
import vn.lienhiep.platform.commands.IdempotencyStore;
import vn.lienhiep.platform.web.ApiProblems;
import vn.lienhiep.platform.web.LabelsController;
import vn.lienhiep.kernel.Labelled;
import vn.lienhiep.platform.web.BodySizeLimitFilter;
import vn.lienhiep.platform.web.RequestIdFilter;
import vn.lienhiep.security.web.HttpLimits;

/** HTTP conventions shared by every service: problem details, request ids, body limits, idempotent commands. */
@AutoConfiguration(afterName = {
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({LienhiepProperties.class, HttpLimits.class})
public class WebAutoConfiguration {

    /**
     * {@code @PastOrPresent} and friends judge "today" in Vietnam, like the domain's Clocks.today: on a UTC host a
     * decision dated today in Hà Nội would otherwise be "in the future" from 00:00 to 07:00.
     */
    @Bean
    public org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer vietnamValidationClock() {
        return configuration -> configuration.clockProvider(vn.lienhiep.kernel.Clocks::vietnam);
    }

    /** The words for the codes the API answers with (statuses, kinds…), for every client: LabelsController. */
    @Bean
    public LabelsController labelsController(@Value("${lienhiep.context}") String context, BeanFactory beans) {
        List<String> packages = new java.util.ArrayList<>(AutoConfigurationPackages.get(beans));
        packages.add(Labelled.class.getPackageName());
        return new LabelsController(context, packages);
    }

    @Bean
    public ApiProblems apiProblems() {
        return new ApiProblems();
    }

    @Bean
    public FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(HttpLimits limits) {
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(limits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<IdempotencyFilter> idempotencyFilter() {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(new IdempotencyFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    public IdempotencyStore idempotencyStore(JdbcTemplate jdbc) {
        return new IdempotencyStore(jdbc);
    }

    @Bean
    public IdempotencyInterceptor idempotencyInterceptor(IdempotencyStore store,
                                                         @Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
        return new IdempotencyInterceptor(store, json);
    }

    /** Registered explicitly (not as a generic interceptor bean) so it is certain to run inside the unit of work. */
    @Bean
    public InitializingBean idempotencyInterceptorRegistration(CommandBus commandBus,
                                                               IdempotencyInterceptor interceptor) {
        return () -> commandBus.registerHandlerInterceptor(interceptor);
    }

    @Bean
    public CommandDispatcher commandDispatcher(CommandGateway gateway, IdempotencyStore store,
                                               @Qualifier("defaultAxonObjectMapper") ObjectMapper json,
                                               PlatformTransactionManager transactionManager,
                                               vn.lienhiep.platform.observability.TraceParent traces) {
        return new CommandDispatcher(gateway, store, json, new TransactionTemplate(transactionManager), traces);
    }

    /**
     * Who acted and which request caused it travel from the command into every event it produces. Axon's own
     * MessageOriginProvider (correlation and trace ids) stays: this configuration runs after Axon's, whose
     * conditional default is registered before this bean exists.
     */
    @Bean
    public CorrelationDataProvider actingUserCorrelation() {
        return new SimpleCorrelationDataProvider(CommandDispatcher.ACTING_USER, CommandDispatcher.ACTING_USER_ID,
                                                CommandDispatcher.ACTING_ROLES, CommandDispatcher.REQUEST_ID,
                                                CommandDispatcher.TRACE_PARENT);
    }
}
