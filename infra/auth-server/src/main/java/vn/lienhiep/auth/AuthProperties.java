package vn.lienhiep.auth;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param gatewayUrl             where browsers reach the gateway (its login callback is registered)
 * @param gatewayClientSecret    the gateway's client secret; the client exists only when set
 * @param launcherClientSecret   the launcher's service-account secret; the client exists only when set
 * @param prometheusClientSecret Prometheus' scrape client (role OPERATOR); exists only when set
 * @param launcherRoles          roles the launcher's service account acts with (demo loading, demo accounts)
 */
@ConfigurationProperties("lienhiep.auth")
public record AuthProperties(String gatewayUrl, String gatewayClientSecret, String launcherClientSecret,
                             String prometheusClientSecret, List<String> launcherRoles, Duration accessTokenTtl,
                             Duration refreshTokenTtl) {
}
