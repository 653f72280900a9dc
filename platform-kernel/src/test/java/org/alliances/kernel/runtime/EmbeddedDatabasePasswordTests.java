package org.alliances.kernel.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL that keeps its data: a password generated once and kept by its owner only; a connection
 * without it refused, even from this machine; the next start opens with it.
 */
class EmbeddedDatabasePasswordTests {

    @Test
    void aConnectionWithoutThePasswordIsRefusedAndTheNextStartUsesIt(@TempDir Path folder) throws Exception {
        var data = folder.resolve("postgres");
        Files.createDirectories(data);
        var password = EmbeddedDatabasePassword.readOrCreate(data);
        assertThat(password).hasSizeGreaterThanOrEqualTo(43);
        assertThat(EmbeddedDatabasePassword.readOrCreate(data)).isEqualTo(password);
        assertThat(Files.getPosixFilePermissions(EmbeddedDatabasePassword.fileOf(data)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));

        for (int start = 0; start < 2; start++) {
            try (var server = start(data, password)) {
                EmbeddedDatabasePassword.require(server, data, password);
                var url = server.getJdbcUrl("postgres", "postgres");
                assertThatThrownBy(() -> DriverManager.getConnection(url, credentials(null))).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> DriverManager.getConnection(url, credentials("not the password")))
                        .isInstanceOf(SQLException.class);
                try (var connection = DriverManager.getConnection(url, credentials(password));
                     var result = connection.createStatement().executeQuery("show listen_addresses")) {
                    result.next();
                    assertThat(result.getString(1)).isEqualTo("localhost");
                }
            }
        }
    }

    private static EmbeddedPostgres start(Path data, String password) throws Exception {
        return EmbeddedPostgres.builder().setRegisterShutdownHook(false).setLocaleConfig("locale", "C.UTF-8")
                .setServerConfig("listen_addresses", "localhost").setDataDirectory(data).setCleanDataDirectory(false)
                .setConnectConfig("password", password).start();
    }

    private static Properties credentials(String password) {
        var properties = new Properties();
        properties.setProperty("user", "postgres");
        if (password != null) {
            properties.setProperty("password", password);
        }
        return properties;
    }
}
