package vn.lienhiep.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.lienhiep.testing.ConfigurationPrefixes;

/** The gateway, infra/security and the provider on its test class path: each settings prefix has one class. */
class ConfigurationPrefixesTest {

    @Test
    void everyPrefixIsBoundByExactlyOneClass() {
        assertThat(ConfigurationPrefixes.bound("vn.lienhiep"))
                .as("the scan sees the shared classes and the gateway's")
                .containsKeys("lienhiep.security", "lienhiep.http", "lienhiep.gateway", "lienhiep.gateway.login",
                              "lienhiep.gateway.rate-limit", "lienhiep.auth");
        assertThat(ConfigurationPrefixes.duplicates("vn.lienhiep")).isEmpty();
    }
}
