package io.igbridge.storage;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import javax.sql.DataSource;


/**
 * H2's crash safety, without giving up its background writer: a commit returns only once H2 has stored it in its
 * file (a {@code CHECKPOINT}, which writes what every thread committed so far), and so does a write made in
 * auto-commit mode; but for {@link ReplayableWork}, whose commits wait for the next store. Concurrent commits share
 * a store ({@link SharedStores}). H2's own way, {@code WRITE_DELAY=0}, stores on every commit too, but also stops the
 * background writer, the only place H2 compacts its file: the file then grows without end under steady traffic
 * (docs/benchmarks.md). A store is a write to the file, not an {@code fsync}: what returned survives the process
 * dying, not the machine losing power.
 */
final class StoreAfterCommitDataSource extends ConnectionWrappingDataSource {

    private static final Set<String> WRITES = Set.of("execute", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");

    private final SharedStores stores = new SharedStores();

    StoreAfterCommitDataSource(DataSource target) {
        super(target);
    }

    SharedStores sharedStores() {
        return stores;
    }

    @Override
    Object afterCall(Connection connection, Method method, Object result) throws SQLException {
        if (method.getName().equals("commit")) {
            storeUnlessReplayable(connection);
        }
        // createStatement, prepareStatement, prepareCall: the statement, as the interface the method returns
        return result instanceof Statement ? JdbcProxy.of(method.getReturnType(), result,
                storingAfterAutoCommitWrite(connection)) : result;
    }

    private JdbcProxy.AfterCall storingAfterAutoCommitWrite(Connection connection) {
        return (method, result) -> {
            if (WRITES.contains(method.getName()) && connection.getAutoCommit()) {
                storeUnlessReplayable(connection);
            }
            return result;
        };
    }

    private void storeUnlessReplayable(Connection connection) throws SQLException {
        if (ReplayableWork.isActive()) {
            return;
        }
        try {
            stores.storeAfterCommit(connection);
        } catch (SQLException failed) {
            throw new SQLException("The commit is done, but H2 could not store it in its file (CHECKPOINT, which needs"
                    + " an admin user: the default 'sa' is one): " + failed.getMessage(), failed.getSQLState(),
                    failed.getErrorCode(), failed);
        }
    }
}
