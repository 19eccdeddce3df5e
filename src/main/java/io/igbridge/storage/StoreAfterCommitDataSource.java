package io.igbridge.storage;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * H2's crash safety, without giving up its background writer: a commit returns only once H2 has stored it in its
 * file (a {@code CHECKPOINT}, which writes what every thread committed so far), and so does a write made in
 * auto-commit mode; but for {@link ReplayableWork}, whose commits wait for the next store. Concurrent commits share
 * a store ({@link SharedStores}). H2's own way, {@code WRITE_DELAY=0}, stores on every commit too, but also stops the
 * background writer, the only place H2 compacts its file: the file then grows without end under steady traffic
 * (docs/benchmarks.md). A store is a write to the file, not an {@code fsync}: what returned survives the process
 * dying, not the machine losing power.
 */
final class StoreAfterCommitDataSource extends DelegatingDataSource {

    private static final Set<String> WRITES = Set.of("execute", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");

    private final SharedStores stores = new SharedStores();

    StoreAfterCommitDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return storingAfterCommit(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return storingAfterCommit(super.getConnection(username, password));
    }

    private Connection storingAfterCommit(Connection connection) {
        return proxy(Connection.class, connection, (method, result) -> {
            if (method.getName().equals("commit")) {
                storeUnlessReplayable(connection);
            }
            // createStatement, prepareStatement, prepareCall: the statement, as the interface the method returns
            return result instanceof Statement ? proxy(method.getReturnType(), result,
                    storingAfterAutoCommitWrite(connection)) : result;
        });
    }

    private AfterCall storingAfterAutoCommitWrite(Connection connection) {
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

    /** What to do after a call on the proxied object returned {@code result}; returns what the caller gets. */
    @FunctionalInterface
    private interface AfterCall {
        Object after(Method method, Object result) throws SQLException;
    }

    private static <T> T proxy(Class<T> type, Object target, AfterCall after) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            switch (method.getName()) {
                case "equals" -> {
                    return proxy == arguments[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                default -> {
                    // the target's
                }
            }
            Object result;
            try {
                result = method.invoke(target, arguments);
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
            return after.after(method, result);
        };
        return type.cast(Proxy.newProxyInstance(StoreAfterCommitDataSource.class.getClassLoader(),
                new Class<?>[] {type}, handler));
    }
}
