package org.alliances.kernel.runtime;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The platform's scheduled jobs (deadlines, reminders, digests, purges, message e-mails) run once across the
 * instances: each one marked {@code @SchedulerLock} takes its lock in PostgreSQL ({@code kernel_scheduler_lock}, the
 * database's clock) before it runs, and an instance that finds it taken skips that run. Only the runs the scheduler
 * starts are locked; a test or an admin's button calls the job directly. The jobs that keep an instance's own memory
 * current (the search indexes' reloads) run on every instance and carry no lock.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(interceptMode = EnableSchedulerLock.InterceptMode.PROXY_SCHEDULER, defaultLockAtMostFor = "PT30M")
class SchedulerLockConfiguration {

    @Bean
    LockProvider schedulerLocks(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("kernel_scheduler_lock").usingDbTime().build());
    }
}
