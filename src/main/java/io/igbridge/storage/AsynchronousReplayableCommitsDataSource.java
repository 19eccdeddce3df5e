package io.igbridge.storage;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;


/**
 * On PostgreSQL, the transactions of {@link ReplayableWork} commit without waiting for their write-ahead log to reach
 * the disk ({@code SET LOCAL synchronous_commit TO OFF}, PostgreSQL's "asynchronous commit"): processing a delivery
 * or handling an event no longer waits for an {@code fsync} each. What the service acts on stays durable: the next
 * synchronous commit, on any connection of any node (an outbox's claim before its call to Meta, a delivery's
 * acknowledgement), flushes the log up to itself, every earlier commit included. A crash of PostgreSQL's machine may
 * lose the last fraction of a second of replayable commits, whose input then stays due and is processed again; a
 * JVM killed loses nothing (the server has the commits). Statements in auto-commit mode are left as they are.
 */
final class AsynchronousReplayableCommitsDataSource extends ConnectionWrappingDataSource {

    AsynchronousReplayableCommitsDataSource(DataSource target) {
        super(target);
    }

    @Override
    Object afterCall(Connection connection, Method method, Object result) throws SQLException {
        if (method.getName().equals("setAutoCommit") && !connection.getAutoCommit() && ReplayableWork.isActive()) {
            // the transaction's first statement: LOCAL ends with it, whether it commits or rolls back
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local synchronous_commit to off");
            }
        }
        return result;
    }
}
