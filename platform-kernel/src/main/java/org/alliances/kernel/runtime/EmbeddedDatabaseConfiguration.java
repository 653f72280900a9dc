package org.alliances.kernel.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL 17 inside the application when no database is configured
 * ({@code spring.datasource.url} unset), so that the platform runs and is tested with no install. It listens on the
 * loopback only. With {@code alliances.embedded-database.directory} set, the data is kept there between runs, behind a
 * generated password kept next to it ({@link EmbeddedDatabasePassword}); without it (the tests), the server is
 * temporary and each application context gets a database of its own.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static final AtomicInteger databases = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static String password;
    private static int openDataSources;

    @Bean
    DataSource dataSource(@Value("${alliances.embedded-database.directory:}") String directory) {
        var postgres = start(directory);
        var database = directory.isBlank() ? createFreshDatabase(postgres) : "postgres";
        var dataSource = new EmbeddedDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", database));
        dataSource.setUsername("postgres");
        if (password != null) {
            dataSource.setPassword(password);
        }
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    private static String createFreshDatabase(EmbeddedPostgres postgres) {
        var name = "alliances_" + databases.incrementAndGet();
        try (var connection = postgres.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + name, e);
        }
        return name;
    }

    /**
     * One server per JVM: test contexts share it. It stops when the last data source on it closes, after the
     * beans that still query it at shutdown (the event publication registry does); its own shutdown hook would
     * race with them and leave them waiting for a connection.
     */
    private static synchronized EmbeddedPostgres start(String directory) {
        openDataSources++;
        return serverOn(directory);
    }

    /**
     * Starts the server on its data folder ahead of the context, in a thread of its own, so that PostgreSQL's start
     * overlaps Spring's (the run command); the data source then finds it started, or waits for it. Stopped again if
     * the application fails before any data source uses it.
     */
    static void startAhead(String directory) {
        Thread.ofPlatform().name("embedded-postgresql-start").daemon().start(() -> {
            try {
                serverOn(directory);
            } catch (RuntimeException failed) {
                log.debug("Starting PostgreSQL ahead failed; the data source will try again", failed);
            }
        });
    }

    static synchronized void stopIfUnused() {
        if (openDataSources == 0) {
            openDataSources = 1;
            release();
        }
    }

    private static synchronized EmbeddedPostgres serverOn(String directory) {
        if (server == null) {
            try {
                var builder = builder().setRegisterShutdownHook(false);
                Path dataDirectory = null;
                if (!directory.isBlank()) {
                    dataDirectory = Path.of(directory).toAbsolutePath();
                    Files.createDirectories(dataDirectory);
                    LeftoverServer.stopIfRunning(dataDirectory);
                    password = EmbeddedDatabasePassword.readOrCreate(dataDirectory);
                    builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false).setConnectConfig("password", password);
                    log.info("Embedded PostgreSQL keeps its data in {}", dataDirectory);
                }
                server = builder.start();
                if (dataDirectory != null) {
                    EmbeddedDatabasePassword.require(server, dataDirectory, password);
                }
                log.info("Embedded PostgreSQL started on port {}", server.getPort());
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL could not start", e);
            }
        }
        return server;
    }

    /** The embedded server as the platform runs it: on the loopback only, French-ready locale, 200 connections (the tests keep many contexts open). */
    static EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder().setLocaleConfig("locale", "C.UTF-8").setServerConfig("max_connections", "200")
                .setServerConfig("listen_addresses", "localhost");
    }

    private static synchronized void release() {
        if (--openDataSources == 0 && server != null) {
            try {
                server.close();
                log.info("Embedded PostgreSQL stopped");
            } catch (IOException e) {
                log.warn("The embedded PostgreSQL did not stop cleanly", e);
            } finally {
                server = null;
                password = null;
            }
        }
    }

    /** A connection pool that lets the embedded server stop once the pool is closed. */
    static class EmbeddedDataSource extends HikariDataSource {

        private boolean released;

        @Override
        public void close() {
            super.close();
            synchronized (this) {
                if (!released) {
                    released = true;
                    release();
                }
            }
        }
    }
}
