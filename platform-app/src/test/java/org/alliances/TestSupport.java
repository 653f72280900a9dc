package org.alliances;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** What every Spring test of the application imports: the movable clock and the test members. */
@TestConfiguration(proxyBeanMethods = false)
@Import({TestClockConfiguration.class, TestMembers.class})
public class TestSupport {
}
