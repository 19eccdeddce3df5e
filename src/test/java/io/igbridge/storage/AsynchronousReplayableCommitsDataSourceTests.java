package io.igbridge.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.igbridge.support.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a real PostgreSQL: the transactions of replayable work, and only those, commit without waiting for the log's
 * {@code fsync}; the setting ends with its transaction, on a connection that goes on serving other work.
 */
class AsynchronousReplayableCommitsDataSourceTests {

    private SingleConnectionDataSource oneConnection;
    private JdbcTemplate jdbc;
    private TransactionTemplate transaction;

    @BeforeEach
    void onePooledConnectionOnPostgresql() throws SQLException {
        TestDatabases.Database database = TestDatabases.freshPostgres();
        Connection connection = DriverManager.getConnection(database.url(), database.username(), database.password());
        try (Statement statement = connection.createStatement()) {
            // the tests' server commits asynchronously throughout (fast tests): this session as production's default
            statement.execute("set synchronous_commit to on");
        }
        oneConnection = new SingleConnectionDataSource(connection, true);
        AsynchronousReplayableCommitsDataSource dataSource = new AsynchronousReplayableCommitsDataSource(oneConnection);
        jdbc = new JdbcTemplate(dataSource);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @AfterEach
    void close() {
        oneConnection.destroy();
    }

    @Test
    void aReplayableTransactionCommitsAsynchronouslyAndTheNextTransactionOnTheConnectionDoesNot() {
        assertThat(inTransaction()).isEqualTo("on");

        assertThat(replayable(this::inTransaction)).isEqualTo("off");

        assertThat(inTransaction()).isEqualTo("on");
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
    }

    @Test
    void aReplayableStatementInAutoCommitModeIsLeftSynchronous() {
        assertThat(replayable(() -> jdbc.queryForObject("show synchronous_commit", String.class))).isEqualTo("on");
    }

    @Test
    void whatAReplayableTransactionWroteIsCommitted() {
        jdbc.execute("create table note (text varchar(20))");

        replayable(() -> transaction.execute(status -> jdbc.update("insert into note values ('kept')")));

        assertThat(jdbc.queryForList("select text from note", String.class)).containsExactly("kept");
    }

    private String inTransaction() {
        return transaction.execute(status -> jdbc.queryForObject("show synchronous_commit", String.class));
    }

    private static <T> T replayable(java.util.function.Supplier<T> work) {
        Object[] result = new Object[1];
        ReplayableWork.run(() -> {
            result[0] = work.get();
            return true;
        });
        @SuppressWarnings("unchecked")
        T typed = (T) result[0];
        return typed;
    }
}
