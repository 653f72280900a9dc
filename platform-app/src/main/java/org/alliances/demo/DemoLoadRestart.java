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
 * A demo load either completes or starts over: when the previous start was killed during the load (its organisations
 * begun, {@code demo_load} still empty), the demo's database is emptied before its tables are created again, and the
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

    /** Whether the demo was begun and not finished: the demo association is there, the load's completion is not. */
    static boolean interrupted(DataSource dataSource) {
        var jdbc = new JdbcTemplate(dataSource);
        if (!exists(jdbc, "accounts_user") || !Boolean.TRUE.equals(jdbc.queryForObject(
                "select count(*) > 0 from accounts_user where email = ?", Boolean.class, DemoData.ASSOCIATION_EMAIL))) {
            return false;
        }
        if (exists(jdbc, "demo_load")) {
            return !Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0 from demo_load", Boolean.class));
        }
        return !Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0 from accounts_user where email = ?", Boolean.class,
                DemoMembers.SECOND_AGENT_EMAIL));
    }

    private static boolean exists(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, table);
    }
}
