package vn.lienhiep.auth;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import vn.lienhiep.contracts.security.Claims;
import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.contracts.security.RoleClaims;

/**
 * Three filter chains: the OAuth2/OIDC endpoints; the admin API and actuator (bearer tokens this server issued,
 * stateless); and the login form for everything else.
 */
@Configuration
public class SecurityConfiguration {

    public static final String GATEWAY_CLIENT = "lienhiep-gateway";
    public static final String CLI_CLIENT = "lienhiep-cli";
    public static final String LAUNCHER_CLIENT = "lienhiep-launcher";
    public static final String PROMETHEUS_CLIENT = "lienhiep-prometheus";

    @Bean
    @Order(1)
    public SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
            .with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
            .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
            .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                    new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
            .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        return http.build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain adminApi(HttpSecurity http, AdminProblems problems) throws Exception {
        JwtAuthenticationConverter roles = new JwtAuthenticationConverter();
        roles.setJwtGrantedAuthoritiesConverter(jwt -> RoleClaims.roles(jwt.getClaims(), Claims.ROLES).stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList());
        http.securityMatcher("/admin/**", "/actuator/**")
            .csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .authorizeHttpRequests(authorize -> authorize
                    .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                    .requestMatchers("/actuator/**").hasRole(Role.OPERATOR.name())
                    .anyRequest().hasRole(Role.UNION_ADMIN.name()))
            .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                                                       .accessDeniedHandler(problems))
            .oauth2ResourceServer(resourceServer -> resourceServer
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(roles))
                    .authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(3)
    public SecurityFilterChain login(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                    .requestMatchers("/error", "/login").permitAll()
                    .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").permitAll());
        return http.build();
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder(); // bcrypt, with the algorithm in the hash
    }

    /** The admin API and userinfo accept only our own tokens meant for the platform: signature, time, iss and aud. */
    @Bean
    public JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys, @Value("${lienhiep.security.issuer}") String issuer) {
        NimbusJwtDecoder decoder = (NimbusJwtDecoder) OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(Claims.AUDIENCE));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                                                                      audience));
        return decoder;
    }

    @Bean
    public AuthorizationServerSettings authorizationServerSettings(@Value("${lienhiep.security.issuer}") String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).build();
    }

    /** In SQL, so refresh tokens and half-finished logins survive a restart of the provider. */
    @Bean
    public OAuth2AuthorizationService authorizations(JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationService(jdbc, clients);
    }

    @Bean
    public OAuth2AuthorizationConsentService consents(JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }

    /** The platform's clients, from configuration; a confidential client exists only when its secret is set. */
    @Bean
    public RegisteredClientRepository registeredClients(AuthProperties properties, PasswordEncoder encoder) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl())
                                            .refreshTokenTimeToLive(properties.refreshTokenTtl())
                                            .reuseRefreshTokens(false).build();
        List<RegisteredClient> clients = new ArrayList<>();
        clients.add(RegisteredClient.withId(CLI_CLIENT).clientId(CLI_CLIENT)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://127.0.0.1/callback")
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens).build());
        if (hasText(properties.gatewayClientSecret())) {
            clients.add(RegisteredClient.withId(GATEWAY_CLIENT).clientId(GATEWAY_CLIENT)
                    .clientSecret(encoder.encode(properties.gatewayClientSecret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUri(properties.gatewayUrl() + "/login/oauth2/code/lienhiep")
                    .postLogoutRedirectUri(properties.gatewayUrl() + "/")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireProofKey(true)
                                                  .requireAuthorizationConsent(false).build())
                    .tokenSettings(tokens).build());
        }
        if (hasText(properties.launcherClientSecret())) {
            clients.add(service(LAUNCHER_CLIENT, encoder.encode(properties.launcherClientSecret()), tokens));
        }
        if (hasText(properties.prometheusClientSecret())) {
            clients.add(service(PROMETHEUS_CLIENT, encoder.encode(properties.prometheusClientSecret()), tokens));
        }
        return new InMemoryRegisteredClientRepository(clients);
    }

    private static RegisteredClient service(String id, String encodedSecret, TokenSettings tokens) {
        return RegisteredClient.withId(id).clientId(id).clientSecret(encodedSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(tokens).build();
    }

    /**
     * The platform's claims: roles, username, display name, scope ({@code org}, {@code requester}) and who the user is
     * ({@code person}, {@code expert}); audience {@code lienhiep-api} on access tokens.
     */
    @Bean
    public OAuth2TokenCustomizer<JwtEncodingContext> platformClaims(Users users, AuthProperties properties) {
        return context -> {
            String principal = context.getPrincipal().getName();
            boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
            boolean idToken = "id_token".equals(context.getTokenType().getValue());
            if (!accessToken && !idToken) {
                return;
            }
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                Set<Role> roles = EnumSet.noneOf(Role.class);
                if (LAUNCHER_CLIENT.equals(principal)) {
                    properties.launcherRoles().forEach(name -> Role.parse(name).ifPresent(roles::add));
                } else if (PROMETHEUS_CLIENT.equals(principal)) {
                    roles.add(Role.OPERATOR);
                }
                context.getClaims().claim(Claims.ROLES, mutable(roles.stream().map(Role::name).toList()))
                       .claim(Claims.USERNAME, principal).claim(Claims.DISPLAY_NAME, principal)
                       .audience(mutable(List.of(Claims.AUDIENCE, principal)));
                return;
            }
            users.find(principal).ifPresent(account -> {
                List<String> roles = account.roles().stream().map(Role::name).sorted().toList();
                context.getClaims().claim(Claims.ROLES, mutable(roles))
                       .claim(Claims.USERNAME, account.username())
                       .claim(Claims.DISPLAY_NAME, account.displayName())
                       .subject(account.id());
                if (account.organizationId() != null) {
                    context.getClaims().claim(Claims.ORGANIZATION, account.organizationId());
                }
                if (account.requesterId() != null) {
                    context.getClaims().claim(Claims.REQUESTER, account.requesterId());
                }
                if (account.personId() != null) {
                    context.getClaims().claim(Claims.PERSON, account.personId());
                }
                if (account.expertId() != null) {
                    context.getClaims().claim(Claims.EXPERT, account.expertId());
                }
                if (accessToken) {
                    context.getClaims().audience(mutable(List.of(Claims.AUDIENCE,
                                                                     context.getRegisteredClient().getClientId())));
                }
            });
        };
    }

    /**
     * Claims are also stored with the authorization (JdbcOAuth2AuthorizationService) and read back through Spring
     * Security's Jackson allow-list, which accepts ArrayList but not the JDK's immutable lists.
     */
    private static List<String> mutable(List<String> values) {
        return new ArrayList<>(values);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }
}
