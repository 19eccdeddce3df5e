package io.igbridge.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

class ForegroundWorkTests {

    final ForegroundWork foreground = new ForegroundWork();

    @Test
    void withNoDeliveryBeingReceivedBackgroundWorkGoesOnAtOnce() {
        CompletableFuture<Void> gaveWay = CompletableFuture.runAsync(foreground::giveWay);

        await().atMost(Duration.ofSeconds(1)).until(gaveWay::isDone);
    }

    @Test
    void whileADeliveryIsBeingReceivedBackgroundWorkWaitsItsBoundThenGoesOn() {
        foreground.started();
        long start = System.nanoTime();
        CompletableFuture<Long> gaveWay = CompletableFuture.supplyAsync(() -> {
            foreground.giveWay();
            return System.nanoTime() - start;
        });

        await().atMost(Duration.ofSeconds(5)).until(gaveWay::isDone);
        assertThat(Duration.ofNanos(gaveWay.join())).isGreaterThanOrEqualTo(ForegroundWork.MAX_WAIT);
        foreground.finished();
    }

    @Test
    void aDeliveryWaitingForItsCommitHoldsNothingBackThenCountsAgain() {
        foreground.started();
        assertThat(foreground.holdsBack()).isTrue();

        boolean heldBackAside = foreground.aside(foreground::holdsBack);

        assertThat(heldBackAside).as("background work held back while the only delivery waited aside").isFalse();
        assertThat(foreground.holdsBack()).as("the delivery counts again once back").isTrue();
        foreground.finished();
        assertThat(foreground.holdsBack()).isFalse();
    }

    @Test
    void deliveriesWaitingForTheirCommitsHoldBackgroundWorkBackOnceTheIntakeFallsBehind() {
        assertThat(heldBackWhileWaitingAside(ForegroundWork.BACKED_UP - 1)).isFalse();
        assertThat(heldBackWhileWaitingAside(ForegroundWork.BACKED_UP)).isTrue();
        assertThat(foreground.holdsBack()).as("once they are answered").isFalse();
    }

    /** Whether background work is held back while {@code count} deliveries wait for their commits at once. */
    private boolean heldBackWhileWaitingAside(int count) {
        for (int i = 0; i < count; i++) {
            foreground.started();
        }
        boolean heldBack = waitingAside(count, foreground::holdsBack);
        for (int i = 0; i < count; i++) {
            foreground.finished();
        }
        return heldBack;
    }

    private boolean waitingAside(int count, Supplier<Boolean> check) {
        return count == 0 ? check.get() : foreground.aside(() -> waitingAside(count - 1, check));
    }
}
