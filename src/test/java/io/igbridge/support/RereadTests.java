package io.igbridge.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** A value read again once its interval has passed or it was forgotten, and a gate opening at most once an interval. */
class RereadTests {

    @Test
    void aValueIsReadOnceThenAgainOnlyAfterItsIntervalOrWhenForgotten() {
        AtomicInteger reads = new AtomicInteger();
        Reread<Integer> value = new Reread<>(Duration.ofMillis(300), reads::incrementAndGet);

        assertThat(value.get()).isEqualTo(1);
        assertThat(value.get()).as("within the interval").isEqualTo(1);
        value.forget();
        assertThat(value.get()).as("forgotten").isEqualTo(2);
        await().atMost(Duration.ofSeconds(5)).until(() -> value.get() == 3);
        assertThat(reads).hasValue(3);
    }

    @Test
    void aReadingUnderWayWhenTheValueIsForgottenIsNotKept() {
        AtomicInteger reads = new AtomicInteger();
        List<Reread<Integer>> value = new ArrayList<>();
        value.add(new Reread<>(Duration.ofMinutes(1), () -> {
            int read = reads.incrementAndGet();
            if (read == 1) {
                value.get(0).forget(); // a replay, say, while this reading is under way
            }
            return read;
        }));

        assertThat(value.get(0).get()).isEqualTo(1);
        assertThat(value.get(0).get()).as("the first reading was not kept").isEqualTo(2);
        assertThat(value.get(0).get()).as("within the interval").isEqualTo(2);
    }

    @Test
    void aGateIsOpenAtOnceThenAtMostOnceAnInterval() {
        AtMostEvery gate = new AtMostEvery(Duration.ofMillis(300));

        assertThat(gate.due()).isTrue();
        assertThat(gate.due()).as("just opened").isFalse();
        await().atMost(Duration.ofSeconds(5)).until(gate::due);
        assertThat(gate.due()).isFalse();
    }
}
