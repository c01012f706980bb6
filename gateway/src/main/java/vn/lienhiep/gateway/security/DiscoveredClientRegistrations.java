package vn.lienhiep.gateway.security;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The gateway's one login client, with the provider's endpoints read from its OIDC discovery document on first use
 * rather than at start-up: the launcher starts the gateway and the provider side by side, and the gateway must not
 * fail (or wait) because the provider is a second slower. A failed discovery is retried at the next login.
 */
final class DiscoveredClientRegistrations implements ClientRegistrationRepository {

    private final String issuer;
    private final LoginProperties login;
    private volatile ClientRegistration registration;

    DiscoveredClientRegistrations(String issuer, LoginProperties login) {
        this.issuer = issuer;
        this.login = login;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!LoginProperties.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration found = registration;
        if (found == null) {
            synchronized (this) {
                found = registration;
                if (found == null) {
                    found = ClientRegistrations.fromIssuerLocation(issuer)
                            .registrationId(LoginProperties.REGISTRATION_ID)
                            .clientId(login.clientId())
                            .clientSecret(login.clientSecret())
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .scope(login.scopes())
                            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                            .build();
                    registration = found;
                }
            }
        }
        return found;
    }
}
