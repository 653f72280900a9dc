package org.alliances.kernel.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL's password, when it keeps its data between runs: generated at the first start, kept in a
 * file readable by its owner only, next to the data folder ({@code <folder>.password}); every connection, even from
 * this machine, must give it (scram-sha-256 in {@code pg_hba.conf}).
 */
final class EmbeddedDatabasePassword {

    private static final String HBA = """
            # Written by Alliances at each start: every connection gives the password kept next to this data folder.
            local all all scram-sha-256
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;

    private EmbeddedDatabasePassword() {
    }

    /** The file that keeps the password of the data folder. */
    static Path fileOf(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".password");
    }

    /** The password kept for the data folder, made and kept now when there is none. */
    static String readOrCreate(Path dataDirectory) {
        var file = fileOf(dataDirectory);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            var bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            var password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.createDirectories(file.getParent());
            Files.writeString(file, password, StandardCharsets.UTF_8);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the embedded database's password in " + file, e);
        }
    }

    /**
     * Gives the server's superuser the password and requires it from every connection from now on (a server that
     * trusted local connections, as a fresh one does, is closed to them once this is done).
     */
    static void require(EmbeddedPostgres server, Path dataDirectory, String password) {
        try (var connection = server.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            // the password is base64url: nothing in it needs escaping
            statement.execute("alter role postgres password '" + password + "'");
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded database refused its password: if " + fileOf(dataDirectory)
                    + " was removed, remove " + dataDirectory + " too to start again from scratch", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + dataDirectory.resolve("pg_hba.conf"), e);
        }
    }
}
