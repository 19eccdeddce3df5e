package io.igbridge.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

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
            statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                    + "'");
        }
        return new PostgresOutage(admin, database);
    }

    /** The database takes connections again. */
    @Override
    public void close() throws SQLException {
        try (admin; Statement statement = admin.createStatement()) {
            statement.execute("alter database " + database + " allow_connections true");
        }
    }
}
