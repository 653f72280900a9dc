package org.alliances;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** What the diagnosis module's integration tests start: the module and what it depends on, not the whole platform. */
@SpringBootApplication
@Modulithic(sharedModules = "kernel")
class DiagnosisTestApplication {
}
