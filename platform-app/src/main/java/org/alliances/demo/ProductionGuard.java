package org.alliances.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the production build with the demo's settings: the demo profile (known passwords for every demo
 * account) or the demo's admin password. The production build is the one made with Maven's {@code production}
 * profile (Vaadin's {@code flow-build-info.json} says {@code "productionMode": true}), as the Docker image is.
 */
@Component
class ProductionGuard {

    static final String BUILD_INFO = "META-INF/VAADIN/config/flow-build-info.json";
    private static final Pattern PRODUCTION = Pattern.compile("\"productionMode\"\\s*:\\s*true");

    ProductionGuard(Environment environment, @Value("${alliances.admin.password:}") String adminPassword) {
        refusal(isProductionBuild(), Arrays.asList(environment.getActiveProfiles()).contains("demo"), adminPassword)
                .ifPresent(reason -> {
                    throw new IllegalStateException(reason);
                });
    }

    /** Why a start must be refused, if it must. */
    static Optional<String> refusal(boolean production, boolean demoProfile, String adminPassword) {
        if (!production) {
            return Optional.empty();
        }
        if (demoProfile) {
            return Optional.of("The production build does not start with the demo profile: its accounts have a known password. "
                    + "Remove 'demo' from SPRING_PROFILES_ACTIVE.");
        }
        if (demoAdminPassword().equals(adminPassword)) {
            return Optional.of("The production build does not start with the demo's admin password. "
                    + "Set ALLIANCES_ADMIN_PASSWORD to a secret of your own (or leave it empty to have one generated).");
        }
        return Optional.empty();
    }

    /** The admin password the demo profile sets, as its properties file says. */
    static String demoAdminPassword() {
        try {
            var demo = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-demo.properties"));
            return demo.getProperty("alliances.admin.password", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo's settings", e);
        }
    }

    static boolean isProductionBuild() {
        if (Boolean.getBoolean("vaadin.productionMode")) {
            return true;
        }
        try (var info = ProductionGuard.class.getClassLoader().getResourceAsStream(BUILD_INFO)) {
            return info != null && PRODUCTION.matcher(new String(info.readAllBytes(), StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BUILD_INFO, e);
        }
    }
}
