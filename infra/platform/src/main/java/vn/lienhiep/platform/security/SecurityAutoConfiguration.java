package vn.lienhiep.platform.security;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.HandlerMapping;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.platform.web.ProblemWriter;
import vn.lienhiep.security.TokenAuthentication;
import vn.lienhiep.security.access.PublicAccess;
import vn.lienhiep.security.autoconfigure.TokenSecurityAutoConfiguration;
import vn.lienhiep.security.web.SecurityProblems;

/**
 * Every service is an OAuth2 resource server that validates tokens itself (defence in depth: being behind the
 * gateway is not a credential), with the decoder, the token conversion and the 401/403 answers the gateway uses too
 * (infra/security). Function-level rules come from the service's {@link AccessRules}; anything not named there is
 * denied. Stateless: no session, no cookie, so no CSRF surface.
 */
@AutoConfiguration(after = TokenSecurityAutoConfiguration.class, beforeName = {
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityAutoConfiguration {

    /** 401/403 in the services' problem shape: type about:blank, the request id of RequestIdFilter. */
    static final SecurityProblems PROBLEMS = new SecurityProblems((request, response, problem) ->
            ProblemWriter.RESPONSES.write(request, response, problem.status(), problem.kind(), problem.text()));

    /** {@code GET /api/<context>/access/public}: the public rules of this service, for the gateway. */
    @Bean
    public PublicAccessController publicAccessController(ObjectProvider<AccessRules> serviceRules,
                                                         @Value("${lienhiep.context}") String context) {
        return new PublicAccessController(context, serviceRules.orderedStream().toList());
    }

    /**
     * "Which actions may the caller take on this record now": the same access tables, in the same order, as the
     * filter chain below.
     */
    @Bean
    public AvailableActions availableActions(ObjectProvider<AccessRules> serviceRules) {
        return new AvailableActions(serviceRules.orderedStream().toList());
    }

    @Bean
    public SecurityFilterChain platformSecurity(HttpSecurity http, JwtDecoder decoder,
                                                TokenAuthentication.Converter converter,
                                                ObjectProvider<AccessRules> serviceRules,
                                                @Qualifier("requestMappingHandlerMapping")
                                                HandlerMapping endpoints) throws Exception {
        SecurityProblems problems = PROBLEMS;
        http.csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .formLogin(form -> form.disable())
            .httpBasic(basic -> basic.disable())
            .logout(logout -> logout.disable())
            .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                                                       .accessDeniedHandler(problems))
            .oauth2ResourceServer(resourceServer -> resourceServer
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems))
            .authorizeHttpRequests(authorize -> {
                authorize.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll();
                platformRules(authorize);
                serviceRules.orderedStream().forEach(rules -> apply(authorize, rules));
                // An endpoint nobody listed is closed; a path that is no endpoint at all falls through to MVC, which
                // answers 404 or 405 as problem+json (denying it would tell nobody what is wrong).
                authorize.anyRequest().access((authentication, context) ->
                        new AuthorizationDecision(!isEndpoint(endpoints, context.getRequest())));
            });
        return http.build();
    }

    private static boolean isEndpoint(HandlerMapping endpoints, jakarta.servlet.http.HttpServletRequest request) {
        try {
            return endpoints.getHandler(request) != null;
        } catch (Exception noHandlerForThisMethod) {
            return false;
        }
    }

    private static void platformRules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize) {
        authorize.requestMatchers(path(HttpMethod.GET, "/actuator/health"), path(HttpMethod.GET, "/actuator/health/**"),
                                  path(HttpMethod.GET, "/actuator/info")).permitAll();
        authorize.requestMatchers(path(null, "/actuator/**")).hasRole(Role.OPERATOR.name());
        // The published API description holds no data; frontends and the fuzzing harness read it.
        // The service's public rules, for the gateway: rules, not data (PublicAccessController).
        authorize.requestMatchers(path(HttpMethod.GET, PublicAccess.path("*"))).permitAll();
        // The labels of the API's codes: words, not data (LabelsController).
        authorize.requestMatchers(path(HttpMethod.GET, "/api/*/labels")).permitAll();
        authorize.requestMatchers(path(HttpMethod.GET, "/api/*/v3/api-docs"), path(HttpMethod.GET, "/api/*/v3/api-docs/**"),
                                  path(HttpMethod.GET, "/api/*/swagger-ui.html"),
                                  path(HttpMethod.GET, "/api/*/swagger-ui/**")).permitAll();
        authorize.requestMatchers(path(HttpMethod.GET, "/api/*/admin/**"))
                 .hasAnyRole(Role.UNION_ADMIN.name(), Role.OPERATOR.name());
        authorize.requestMatchers(path(null, "/api/*/admin/**")).hasRole(Role.UNION_ADMIN.name());
    }

    private static void apply(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize,
            AccessRules rules) {
        for (AccessRules.Rule rule : rules.rules()) {
            var matched = authorize.requestMatchers(path(rule.method(), rule.pattern()));
            switch (rule.audience()) {
                case PUBLIC -> matched.permitAll();
                case AUTHENTICATED -> matched.authenticated();
                case ROLES -> matched.hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
            }
        }
    }

    private static PathPatternRequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }
}
