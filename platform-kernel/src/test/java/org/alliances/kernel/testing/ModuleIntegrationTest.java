package org.alliances.kernel.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/**
 * A module's integration test: the module alone ({@link ApplicationModuleTest}, with the kernel and, as
 * {@link #mode()} says, the modules it depends on) on a fresh database of the embedded PostgreSQL, with the
 * {@link ModuleTestSupport}. Each module's tests run in its own Maven module, in seconds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ApplicationModuleTest
@Import(ModuleTestSupport.class)
@TestPropertySource(locations = "classpath:org/alliances/kernel/testing/module-test.properties")
public @interface ModuleIntegrationTest {

    /** Which other modules start too: none by default (the kernel always does). */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
    BootstrapMode mode() default BootstrapMode.STANDALONE;

    /** Modules started too although the module needs none of their beans, e.g. one whose events a test makes. */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
    String[] extraIncludes() default {};
}
