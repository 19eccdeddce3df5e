package io.igbridge.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class ClaimsUnderWayTests {

    final ClaimsUnderWay claims = new ClaimsUnderWay();

    @Test
    void aCandidateAnotherThreadIsClaimingIsSkippedUntilItsClaimEnds() throws Exception {
        CountDownLatch tried = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> claims.claim(mayTry -> {
            boolean mine = mayTry.test(7);
            tried.countDown();
            await(finish);
            return mine;
        }));
        assertThat(tried.await(5, TimeUnit.SECONDS)).isTrue();

        List<Boolean> mayTry7And8 = claims.claim(mayTry -> List.of(mayTry.test(7), mayTry.test(8)));
        assertThat(mayTry7And8).as("7 held, 8 free").containsExactly(false, true);

        finish.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
        boolean mayTry7 = claims.claim(mayTry -> mayTry.test(7));
        assertThat(mayTry7).as("7 once the first claim ended").isTrue();
        assertThat(claims.size()).isZero();
    }

    @Test
    void aClaimThatFailsLeavesNothingHeld() {
        try {
            claims.claim(mayTry -> {
                LongStream.range(0, 16).forEach(mayTry::test);
                throw new IllegalStateException("the database went away");
            });
        } catch (IllegalStateException expected) {
            // the claim's own failure
        }

        assertThat(claims.size()).isZero();
        boolean mayTry3 = claims.claim(mayTry -> mayTry.test(3));
        assertThat(mayTry3).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
