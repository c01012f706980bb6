package vn.lienhiep.platform;

import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.lienhiep.kernel.Clocks;

import static org.assertj.core.api.Assertions.assertThat;

/** Bean validation's "past" and "future" are judged by the date in Vietnam, whatever the host's time zone. */
class ValidationClockTest extends PlatformTestBase {

    @Autowired
    ValidatorFactory validation;

    @Test
    void theValidatorsClockIsVietnamTime() {
        assertThat(validation.getClockProvider().getClock().getZone()).isEqualTo(Clocks.VIETNAM);
    }
}
