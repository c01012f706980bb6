package vn.lienhiep.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.lienhiep.testing.ConfigurationPrefixes;

/** The platform and infra/security on one class path: each settings prefix has one class. */
class ConfigurationPrefixesTest {

    @Test
    void everyPrefixIsBoundByExactlyOneClass() {
        assertThat(ConfigurationPrefixes.bound("vn.lienhiep")).containsKeys("lienhiep", "lienhiep.security",
                                                                             "lienhiep.http");
        assertThat(ConfigurationPrefixes.duplicates("vn.lienhiep")).isEmpty();
    }
}
