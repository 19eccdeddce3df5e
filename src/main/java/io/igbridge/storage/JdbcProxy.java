package io.igbridge.storage;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/** A JDBC object (a connection, a statement) whose calls go through an {@link Around} first. */
final class JdbcProxy {

    private JdbcProxy() {
    }

    /** What a call on the proxied object does: something, the call itself ({@code proceed}), something. */
    @FunctionalInterface
    interface Around {
        Object invoke(Method method, Call proceed) throws Throwable;
    }

    /** The call on the proxied object; returns what it returned, throws what it threw. */
    @FunctionalInterface
    interface Call {
        Object proceed() throws Throwable;
    }

    /** {@code target} as {@code type}, each call through {@code around} (but {@code equals} and {@code hashCode}). */
    static <T> T of(Class<T> type, Object target, Around around) {
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
            return around.invoke(method, () -> {
                try {
                    return method.invoke(target, arguments);
                } catch (InvocationTargetException thrown) {
                    throw thrown.getCause();
                }
            });
        };
        return type.cast(Proxy.newProxyInstance(JdbcProxy.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
