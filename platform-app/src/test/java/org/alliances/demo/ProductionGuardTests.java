package org.alliances.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The production build refuses the demo profile and the demo's admin password, with a message saying what to change. */
class ProductionGuardTests {

    @Test
    void theProductionBuildRefusesTheDemoSettings() {
        assertThat(ProductionGuard.refusal(true, true, "")).hasValueSatisfying(reason ->
                assertThat(reason).contains("demo profile").contains("SPRING_PROFILES_ACTIVE"));
        assertThat(ProductionGuard.refusal(true, false, ProductionGuard.demoAdminPassword())).hasValueSatisfying(reason ->
                assertThat(reason).contains("ALLIANCES_ADMIN_PASSWORD"));
        assertThat(ProductionGuard.demoAdminPassword()).isNotBlank();
    }

    @Test
    void otherStartsGoAhead() {
        assertThat(ProductionGuard.refusal(true, false, "")).as("a generated admin password").isEmpty();
        assertThat(ProductionGuard.refusal(true, false, "a secret of the operator's own")).isEmpty();
        assertThat(ProductionGuard.refusal(false, true, ProductionGuard.demoAdminPassword())).as("the run command").isEmpty();
        assertThat(ProductionGuard.isProductionBuild()).as("the tests run the development build").isFalse();
    }
}
