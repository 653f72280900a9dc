package org.alliances.kernel.testing;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Each application context of the tests (the default one, the demo ones) installs its own Vaadin-aware security
 * context strategy as the global one when it starts, while its beans keep their own. Before each test, this puts
 * back the strategy of the test's context, so that {@code @WithMockUser} and {@link SignIn#as} reach the
 * services whatever the order in which the contexts started.
 */
public class SecurityStrategyPerContext implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    /** Before {@code WithSecurityContextTestExecutionListener} (10000) sets the test's security context. */
    @Override
    public int getOrder() {
        return 5000;
    }
}
