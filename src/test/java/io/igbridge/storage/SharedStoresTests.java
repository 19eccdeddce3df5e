package io.igbridge.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A store covers the commits that asked before it began, never one that asked while it ran. H2 cannot be made to hold
 * a {@code CHECKPOINT} while other threads queue, so the connection here is a hand-written one whose
 * {@code CHECKPOINT} waits for the test.
 */
class SharedStoresTests {

    private final AtomicInteger stores = new AtomicInteger();
    private final CountDownLatch firstStoreMayEnd = new CountDownLatch(1);
    private final ExecutorService threads = Executors.newFixedThreadPool(3);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void commitsThatAskWhileAStoreRunsShareTheNextOneAndNoneReturnsBeforeAStoreThatBeganAfterIt() throws Exception {
        SharedStores shared = new SharedStores();
        Connection connection = connectionWhoseFirstCheckpointWaits();

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> store(shared, connection), threads);
        await().atMost(10, TimeUnit.SECONDS).until(() -> stores.get() == 1);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> store(shared, connection), threads);
        CompletableFuture<Void> third = CompletableFuture.runAsync(() -> store(shared, connection), threads);
        await().atMost(10, TimeUnit.SECONDS).until(() -> shared.waiting() == 2);
        assertThat(second).isNotDone();

        firstStoreMayEnd.countDown();
        CompletableFuture.allOf(first, second, third).get(10, TimeUnit.SECONDS);
        assertThat(stores).as("the first, then one for the two that asked while it ran").hasValue(2);

        store(shared, connection);
        assertThat(stores).as("a commit after them all gets a store of its own").hasValue(3);
    }

    private void store(SharedStores shared, Connection connection) {
        try {
            shared.storeAfterCommit(connection);
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private Connection connectionWhoseFirstCheckpointWaits() {
        Statement statement = (Statement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Statement.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("execute") && "CHECKPOINT".equals(arguments[0])) {
                        if (stores.incrementAndGet() == 1) {
                            assertThat(firstStoreMayEnd.await(10, TimeUnit.SECONDS)).isTrue();
                        }
                        return false;
                    }
                    return null;
                });
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> method.getName().equals("createStatement") ? statement : null);
    }
}
