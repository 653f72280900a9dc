package org.alliances.demo;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A demo load either completes or starts over: when the previous start was killed during the load (a load begun in
 * {@code demo_load}, not completed), the demo's database is emptied before its tables are created again, and the
 * demo is loaded whole. Only with the demo profile, whose database holds nothing but the demo at its first start.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoLoadRestart {

    private static final Logger log = LoggerFactory.getLogger(DemoLoadRestart.class);

    @Bean
    FlywayMigrationStrategy demoLoadStartedOverWhenInterrupted() {
        return flyway -> {
            if (interrupted(flyway.getConfiguration().getDataSource())) {
                log.warn("The demo's load was interrupted at the previous start: the database is emptied and the demo loaded again");
                flyway.clean();
            }
            flyway.migrate();
        };
    }

    /** Whether a demo load was begun and not completed. */
    static boolean interrupted(DataSource dataSource) {
        var jdbc = new JdbcTemplate(dataSource);
        return Boolean.TRUE.equals(jdbc.queryForObject("select to_regclass('demo_load') is not null", Boolean.class))
                && Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0 from demo_load where completed_at is null", Boolean.class));
    }
}
