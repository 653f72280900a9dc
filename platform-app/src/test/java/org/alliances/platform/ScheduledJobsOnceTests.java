package org.alliances.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.alliances.AlliancesApplication;
import org.alliances.FreshDatabase;
import org.alliances.TestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The scheduled jobs run once across the instances. Two whole instances on one database, each scheduling a job every
 * second: each second's run is made by one of them only. And every scheduled job of the platform takes its lock, but
 * the reloads of an instance's own search indexes.
 */
@SpringBootTest
@Import(TestSupport.class)
class ScheduledJobsOnceTests {

    /** The jobs that keep an instance's memory current: they run on every instance. */
    private static final List<String> ON_EVERY_INSTANCE = List.of("MatchIndex.reload", "SearchIndex.reload");

    @Autowired ApplicationContext context;
    @Autowired DataSource testDataSource;

    @Test
    void everyScheduledJobButTheIndexReloadsTakesItsLock() {
        var unlocked = new ArrayList<String>();
        var names = new ArrayList<String>();
        for (var name : context.getBeanDefinitionNames()) {
            var type = context.getType(name);
            if (type == null || !type.getName().startsWith("org.alliances")) {
                continue;
            }
            for (Method method : org.springframework.util.ReflectionUtils.getUniqueDeclaredMethods(org.springframework.util.ClassUtils.getUserClass(type))) {
                if (method.isAnnotationPresent(Scheduled.class)) {
                    var lock = method.getAnnotation(SchedulerLock.class);
                    var job = org.springframework.util.ClassUtils.getUserClass(type).getSimpleName() + "." + method.getName();
                    if (lock == null) {
                        unlocked.add(job);
                    } else {
                        names.add(lock.name());
                    }
                }
            }
        }
        assertThat(unlocked).as("scheduled jobs without a lock").containsExactlyInAnyOrderElementsOf(ON_EVERY_INSTANCE);
        assertThat(names).as("one lock per job").hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates();
    }

    @Test
    void twoInstancesRunEachSecondsJobOnce() throws InterruptedException {
        var url = FreshDatabase.create(testDataSource, "scheduled");
        try (var first = start(url, "first"); var second = start(url, "second")) {
            var runs = new JdbcTemplate(first.getBean(DataSource.class));
            Thread.sleep(Duration.ofSeconds(5));
            var ticks = runs.queryForList("select tick from tick_run order by tick", Long.class);
            var instances = runs.queryForList("select distinct instance from tick_run", String.class);
            assertThat(ticks).as("a run each second").hasSizeGreaterThanOrEqualTo(3);
            assertThat(new HashSet<>(ticks)).as("no second run by both instances").hasSameSizeAs(ticks);
            assertThat(instances).as("by either instance").isNotEmpty();
        }
    }

    private static ConfigurableApplicationContext start(String url, String instance) {
        return new SpringApplicationBuilder(AlliancesApplication.class, TestSupport.class, EverySecond.class)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--server.port=0",
                        "--alliances.scheduling.enabled=true", "--test.instance=" + instance);
    }

    /** A job scheduled every second on each instance, which writes down the second it ran for and where. */
    @TestConfiguration(proxyBeanMethods = false)
    static class EverySecond {

        private final JdbcTemplate jdbc;
        private final String instance;

        EverySecond(DataSource dataSource, org.springframework.core.env.Environment environment) {
            this.jdbc = new JdbcTemplate(dataSource);
            this.instance = environment.getProperty("test.instance", "?");
            jdbc.execute("create table if not exists tick_run (tick bigint not null, instance varchar(20) not null)");
        }

        @Scheduled(cron = "* * * * * *")
        @SchedulerLock(name = "test-tick", lockAtLeastFor = "PT0.8S")
        public void tick() {
            jdbc.update("insert into tick_run (tick, instance) values (?, ?)", System.currentTimeMillis() / 1000, instance);
        }
    }
}
