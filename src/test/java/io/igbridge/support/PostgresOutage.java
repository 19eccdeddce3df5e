package io.igbridge.support;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real outage of the test's PostgreSQL database: from {@link #begin} until {@link #close} the server refuses new
 * connections to it, and the service's open connections are cut (a server restarting, a network partition).
 */
public final class PostgresOutage implements AutoCloseable {

    private final Connection admin;
    private final String database;

    private PostgresOutage(Connection admin, String database) {
        this.admin = admin;
        this.database = database;
    }

    /** @param url the service's {@code spring.datasource.url} (the test server, superuser {@code postgres}) */
    public static PostgresOutage begin(String url) throws SQLException {
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        Connection admin = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres",
                "postgres", "postgres");
        try (Statement statement = admin.createStatement()) {
            statement.execute("alter database " + database + " allow_connections false");
        }
        // a connection the pool was opening as the database closed may show up a moment later: cut until none is left
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> terminated(admin, database) == 0);
        return new PostgresOutage(admin, database);
    }

    /** Cuts the database's connections; returns how many there were. */
    private static int terminated(Connection admin, String database) throws SQLException {
        try (Statement statement = admin.createStatement(); ResultSet cut = statement.executeQuery(
                "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = '" + database + "'")) {
            cut.next();
            return cut.getInt(1);
        }
    }

    /** The database takes connections again. */
    @Override
    public void close() throws SQLException {
        try (admin; Statement statement = admin.createStatement()) {
            statement.execute("alter database " + database + " allow_connections true");
        }
    }
}
