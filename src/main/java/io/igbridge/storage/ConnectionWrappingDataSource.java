package io.igbridge.storage;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/** A data source whose connections are the target's, each doing something more after some calls ({@link JdbcProxy}). */
abstract class ConnectionWrappingDataSource extends DelegatingDataSource {

    ConnectionWrappingDataSource(DataSource target) {
        super(target);
    }

    /** What follows a call on a connection handed out, which returned {@code result}; returns what the caller gets. */
    abstract Object afterCall(Connection connection, Method method, Object result) throws SQLException;

    private Connection wrap(Connection connection) {
        return JdbcProxy.of(Connection.class, connection, (method, result) -> afterCall(connection, method, result));
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(super.getConnection(username, password));
    }
}
