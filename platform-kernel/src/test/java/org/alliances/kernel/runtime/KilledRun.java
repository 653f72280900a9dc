package org.alliances.kernel.runtime;

import java.nio.file.Path;
import java.sql.DriverManager;

/** For {@link LeftoverServerTests}: a run that starts PostgreSQL on a folder, writes a line, says so and waits to be killed. */
public final class KilledRun {

    static final String READY = "ready to be killed";

    private KilledRun() {
    }

    public static void main(String[] arguments) throws Exception {
        var server = LeftoverServerTests.start(Path.of(arguments[0]));
        try (var connection = DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"));
             var statement = connection.createStatement()) {
            statement.execute("create table kept (line text)");
            statement.execute("insert into kept values ('written before the crash')");
        }
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(120_000);
    }
}
