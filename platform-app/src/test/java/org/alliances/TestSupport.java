package org.alliances;

import org.alliances.kernel.testing.TestClockConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** What every Spring test of the application imports: the movable clock, the test members, a recording mail sender. */
@TestConfiguration(proxyBeanMethods = false)
@Import({TestClockConfiguration.class, TestMembers.class})
public class TestSupport {

    @Bean
    RecordingMailSender mailSender() {
        return new RecordingMailSender();
    }
}
