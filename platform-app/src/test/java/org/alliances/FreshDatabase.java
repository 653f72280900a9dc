package org.alliances;

import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database of its own on the tests' PostgreSQL server, for whole instances a test starts beside its own context (a
 * restart, two instances): their JDBC address, for {@code --spring.datasource.url}.
 */
public final class FreshDatabase {

    private FreshDatabase() {
    }

    /** Creates the database and gives its address, the test context's own with the database's name changed. */
    public static String create(DataSource testDataSource, String prefix) {
        var database = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
        new JdbcTemplate(testDataSource).execute("create database " + database);
        return ((HikariDataSource) testDataSource).getJdbcUrl().replaceFirst("/[a-z0-9_]+(\\?|$)", "/" + database + "$1");
    }
}
