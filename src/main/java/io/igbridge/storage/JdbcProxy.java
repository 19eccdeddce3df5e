package io.igbridge.storage;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.SQLException;

/** A JDBC object (a connection, a statement) that does something more after its calls. */
final class JdbcProxy {

    private JdbcProxy() {
    }

    /** What follows a call on the proxied object, which returned {@code result}; returns what the caller gets. */
    @FunctionalInterface
    interface AfterCall {
        Object after(Method method, Object result) throws SQLException;
    }

    /** {@code target} as {@code type}, each call followed by {@code after} (but {@code equals} and {@code hashCode}). */
    static <T> T of(Class<T> type, Object target, AfterCall after) {
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
        return type.cast(Proxy.newProxyInstance(JdbcProxy.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
