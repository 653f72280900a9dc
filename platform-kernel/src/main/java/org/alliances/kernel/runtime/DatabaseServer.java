package org.alliances.kernel.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded PostgreSQL on its own, for several instances on one machine ({@code scripts/cluster}): the same server
 * the run command embeds, its data kept in a folder behind the password kept beside it, on a given port, until the
 * process is stopped (SIGTERM stops PostgreSQL too). A server left running on the folder by a killed run is stopped
 * first.
 * <p>
 * {@code java -cp <platform's class path> org.alliances.kernel.runtime.DatabaseServer <data folder> <port>}
 */
public final class DatabaseServer {

    private DatabaseServer() {
    }

    public static void main(String[] arguments) throws Exception {
        if (arguments.length != 2) {
            System.err.println("Usage: DatabaseServer <data folder> <port>");
            System.exit(2);
        }
        var dataDirectory = Path.of(arguments[0]).toAbsolutePath();
        int port = Integer.parseInt(arguments[1]);
        Files.createDirectories(dataDirectory);
        LeftoverServer.stopIfRunning(dataDirectory);
        var password = EmbeddedDatabasePassword.readOrCreate(dataDirectory);
        var server = EmbeddedDatabaseConfiguration.builder().setRegisterShutdownHook(true).setPort(port)
                .setDataDirectory(dataDirectory).setCleanDataDirectory(false).setConnectConfig("password", password).start();
        EmbeddedDatabasePassword.require(server, dataDirectory, password);
        System.out.println("PostgreSQL ready on port " + server.getPort() + ", password in " + EmbeddedDatabasePassword.fileOf(dataDirectory));
        new CountDownLatch(1).await();
    }
}
