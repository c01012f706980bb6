package vn.lienhiep.security.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import vn.lienhiep.security.SecurityProperties;
import vn.lienhiep.security.TokenAuthentication;
import vn.lienhiep.security.TokenDecoders;
import vn.lienhiep.security.web.HttpLimits;

/**
 * What the gateway and every service share about tokens: the settings, the decoder and the token → authentication
 * conversion. Each side builds its own filter chain from these (the services are stateless resource servers, the
 * gateway also logs browsers in). Runs before Boot's security auto-configurations so their defaults (a generated user,
 * a decoder from spring.security.* properties) back off.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({SecurityProperties.class, HttpLimits.class})
public class TokenSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public JwtDecoder jwtDecoder(SecurityProperties properties) {
        return TokenDecoders.forProvider(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    public TokenAuthentication.Converter tokenAuthenticationConverter(SecurityProperties properties) {
        return new TokenAuthentication.Converter(properties);
    }
}
