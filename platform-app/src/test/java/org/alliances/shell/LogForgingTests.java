package org.alliances.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliances.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;

/** A line break inside a logged value cannot start a line of its own: the log writes it as \n. */
@SpringBootTest
@Import(TestSupport.class)
@ExtendWith(OutputCaptureExtension.class)
class LogForgingTests {

    @Test
    void aLineBreakInAMessageIsWrittenEscaped(CapturedOutput output) {
        LoggerFactory.getLogger("org.alliances.accounts.FirstAdmin")
                .warn("Organisation {} registered", "Club\r\n2026-12-04T10:00:00.000Z  WARN [main] FirstAdmin : FORGED LOG LINE\rend");

        assertThat(output.getOut()).contains("Organisation Club\\n2026-12-04T10:00:00.000Z  WARN [main] FirstAdmin : FORGED LOG LINE\\nend registered");
        assertThat(output.getOut().lines()).noneMatch(line -> line.startsWith("2026-12-04T10:00:00.000Z  WARN"));
    }
}
