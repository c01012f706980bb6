package vn.lienhiep.gateway.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.gateway.GatewayProperties;
import vn.lienhiep.gateway.web.GatewayProblem;
import vn.lienhiep.security.SecurityProperties;
import vn.lienhiep.security.TokenAuthentication;
import vn.lienhiep.security.TokenIdentity;

/**
 * The edge's coarse rules; each service enforces the fine ones itself, so nothing here grants what a service would
 * refuse: anonymous callers reach only the gateway's own public endpoints and what the services themselves declare
 * public ({@link ServicePublicPaths}). Tokens are validated and read exactly as in the services (infra/security).
 * Two kinds of caller: API clients with their own bearer token (validated here and passed on unchanged), and
 * browsers that log in through the gateway (backend for frontend: tokens stay in the gateway's session, the browser
 * holds an HttpOnly cookie, and the gateway relays the access token to the services).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginProperties.class)
public class SecurityConfiguration {

    static final String LOGIN_PATH = "/oauth2/authorization/" + LoginProperties.REGISTRATION_ID;
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** What each service declares public, learned from the services (fail closed until a service answers). */
    @Bean
    ServicePublicPaths servicePublicPaths(GatewayProperties gateway) {
        return new ServicePublicPaths(gateway.services(), gateway.publicAccess());
    }

    @Bean
    @Conditional(LoginEnabled.class)
    ClientRegistrationRepository clientRegistrations(SecurityProperties tokens, LoginProperties login) {
        return new DiscoveredClientRegistrations(tokens.issuer(), login);
    }

    @Bean
    @Conditional(LoginEnabled.class)
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Hands out the session user's access token, refreshing it shortly before it expires. */
    @Bean
    @Conditional(LoginEnabled.class)
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                                                          OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken(refresh -> refresh.clockSkew(Duration.ofSeconds(30)))
                .build());
        return manager;
    }

    @Bean
    TokenRelay tokenRelay(ObjectProvider<OAuth2AuthorizedClientManager> authorizedClientManager) {
        return new TokenRelay(authorizedClientManager.getIfAvailable());
    }

    @Bean
    SecurityFilterChain edgeSecurity(HttpSecurity http, JwtDecoder decoder, SecurityProperties tokens,
                                     TokenAuthentication.Converter converter, GatewayProperties gateway,
                                     ServicePublicPaths servicePublicPaths, LoginProperties login,
                                     ObjectProvider<ClientRegistrationRepository> registrations,
                                     ObjectProvider<OAuth2AuthorizedClientRepository> authorizedClients)
            throws Exception {
        ClientRegistrationRepository clients = registrations.getIfAvailable();
        boolean browserLogin = clients != null;
        EdgeProblems problems = new EdgeProblems(browserLogin ? LOGIN_PATH : null);

        http.formLogin(form -> form.disable())
            .httpBasic(basic -> basic.disable())
            .anonymous(anonymous -> { })
            .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                                                       .accessDeniedHandler(problems))
            .oauth2ResourceServer(resourceServer -> resourceServer
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems))
            .cors(cors -> cors.disable())
            .addFilterBefore(EdgeCors.filter(gateway.cors().allowedOrigins()), CsrfFilter.class)
            .headers(headers -> headers
                    .frameOptions(frame -> frame.deny())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    // Spring writes HSTS on HTTPS requests only (X-Forwarded-Proto counts behind the TLS proxy).
                    .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                                                             .maxAgeInSeconds(Duration.ofDays(365).toSeconds())))
            .authorizeHttpRequests(authorize -> rules(authorize, servicePublicPaths));

        if (browserLogin) {
            DefaultOAuth2AuthorizationRequestResolver resolver =
                    new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
            resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            OidcClientInitiatedLogoutSuccessHandler logoutSuccess = new ConsoleLogoutSuccessHandler(clients);
            logoutSuccess.setPostLogoutRedirectUri(login.postLogoutRedirectUri());
            HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
            // Only a page the user navigated to is worth returning to after login; saving API calls would create a
            // session for every anonymous request.
            requestCache.setRequestMatcher(EdgeProblems::isBrowserNavigation);
            http.oauth2Login(oauth -> oauth
                        .clientRegistrationRepository(clients)
                        .authorizedClientRepository(authorizedClients.getObject())
                        .loginPage(LOGIN_PATH)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(
                                oidcUserService(decoder, tokens)))
                        .failureHandler((request, response, exception) ->
                                GatewayProblem.UNAUTHENTICATED.write(request, response, null)))
                .oauth2Client(client -> client.authorizedClientRepository(authorizedClients.getObject()))
                .requestCache(cache -> cache.requestCache(requestCache))
                .logout(logout -> logout
                        .logoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout"))
                        .logoutSuccessHandler(logoutSuccess))
                .csrf(csrf -> csrf.spa().requireCsrfProtectionMatcher(SecurityConfiguration::cookieAuthenticatedChange))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED));
        } else {
            http.csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        }
        return http.build();
    }

    /**
     * CSRF matters only where the browser sends the credential by itself, i.e. a session cookie. A bearer token is
     * attached by the caller's code, and a request without a session is anonymous anyway (and gets its 401).
     */
    static boolean cookieAuthenticatedChange(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod())
               && request.getHeader(HttpHeaders.AUTHORIZATION) == null
               && request.getSession(false) != null;
    }

    /**
     * The web console's static files (infra/console), which the gateway serves itself: public like any page (what the
     * console shows comes from /api), and not counted by the rate limit, which guards what reaches the services.
     */
    public static final List<String> CONSOLE_PATHS = List.of("/", "/index.html", "/console/**", "/favicon.ico");

    /** The gateway's own anonymous endpoints; the services' public paths come from the services themselves. */
    static final List<String> OWN_PUBLIC_PATHS = java.util.stream.Stream.concat(Stream.of("/schemas/**",
            "/asyncapi.yaml", "/actuator/health", "/actuator/health/**", "/actuator/info", "/session",
            "/oauth2/authorization/**", "/login/oauth2/code/**"), CONSOLE_PATHS.stream()).toList();

    private static void rules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize,
            ServicePublicPaths servicePublicPaths) {
        authorize.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll();
        // As in every service: operators may read the processor admin API, only the union admin may change it.
        authorize.requestMatchers(path(HttpMethod.GET, "/api/*/admin/**"))
                 .hasAnyRole(Role.UNION_ADMIN.name(), Role.OPERATOR.name());
        authorize.requestMatchers(path(null, "/api/*/admin/**")).hasRole(Role.UNION_ADMIN.name());
        authorize.requestMatchers(OWN_PUBLIC_PATHS.stream().map(pattern -> path(HttpMethod.GET, pattern))
                                                  .toArray(RequestMatcher[]::new)).permitAll();
        authorize.requestMatchers(path(HttpMethod.POST, "/logout")).permitAll();
        authorize.requestMatchers(servicePublicPaths).permitAll();
        authorize.requestMatchers(path(null, "/actuator/**")).hasRole(Role.OPERATOR.name());
        authorize.anyRequest().authenticated();
    }

    private static PathPatternRequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    /**
     * The ID token says who the user is; the roles are in the access token (the one the services will see), read
     * with the same validation as a bearer token.
     */
    private static OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(JwtDecoder decoder,
                                                                               SecurityProperties tokens) {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            Collection<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
            try {
                Jwt access = decoder.decode(request.getAccessToken().getTokenValue());
                authorities.addAll(TokenIdentity.of(access.getClaims(), tokens).authorities());
            } catch (JwtException e) {
                throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token",
                        "The provider's access token is not valid here: " + e.getMessage(), null), e);
            }
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), JwtClaimNames.SUB);
        };
    }
}
