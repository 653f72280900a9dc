package org.alliances;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds (no cycles, no access to another module's internals) and its diagrams are written to docs/. */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(AlliancesApplication.class);

    @Test
    void theModulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyModuleIsDetectedAcrossTheJars() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .containsExactlyInAnyOrder("kernel", "diagnosis", "matching", "partnerships", "resources", "observatory",
                        "accounts", "notifications", "shell", "demo", "legal", "privacy", "moderation", "conversations");
    }

    @Test
    void writeTheModuleDiagrams() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
