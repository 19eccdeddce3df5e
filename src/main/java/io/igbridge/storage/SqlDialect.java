package io.igbridge.storage;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The database igbridge runs on, where one statement can do on PostgreSQL what takes two or three on H2: an upsert
 * that updates ({@code ON CONFLICT ... DO UPDATE}; H2 takes only {@code DO NOTHING}), a claim that locks, checks and
 * marks a row at once (H2 parses a statement with {@code FOR UPDATE} again at every call). On PostgreSQL each
 * statement is a round trip and a turn of the server's, on the same cores: fewer statements per DM is what made it
 * faster (docs/benchmarks.md, "What a DM costs PostgreSQL").
 */
public enum SqlDialect {
    H2,
    POSTGRESQL;

    /** The dialect of the database behind {@code dataSource}, asked once (at start-up). */
    public static SqlDialect of(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "PostgreSQL".equalsIgnoreCase(product) ? POSTGRESQL : H2;
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Could not tell which database igbridge runs on", e);
        }
    }

    public boolean postgresql() {
        return this == POSTGRESQL;
    }
}
