package io.igbridge.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

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
}
