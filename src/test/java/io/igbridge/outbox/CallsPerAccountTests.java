package io.igbridge.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class CallsPerAccountTests {

    static final String ACCOUNT = "17841400000000001";
    static final Outcome DONE = new Outcome.Done(List.of("m_1"));

    final Clock clock = Clock.systemUTC();
    final CallsPerAccount calls = new CallsPerAccount(8, clock);
    final AtomicLong nextId = new AtomicLong(1_000);

    private CallsPerAccount.Turn turn(String account) {
        return enter(account, clock.instant(), Duration.ofSeconds(5)).orElseThrow();
    }

    private Optional<CallsPerAccount.Turn> enter(String account, Instant claimedAt, Duration wait) {
        return enter(action(account, nextId.incrementAndGet(), 1), claimedAt, wait);
    }

    private static PendingAction action(String account, long id, int attempts) {
        return new PendingAction(id, account, new SendDirectMessage(account, "p" + id, "Bonjour", false), attempts, 0,
                null, null);
    }

    private Optional<CallsPerAccount.Turn> enter(PendingAction action, Instant claimedAt, Duration wait) {
        try {
            return calls.enter(action, claimedAt, clock.instant().plus(wait));
        } catch (InterruptedException interrupted) {
            throw new CompletionException(interrupted);
        }
    }

    private CompletableFuture<Optional<CallsPerAccount.Turn>> enterAsync(String account, Instant claimedAt) {
        return enterAsync(action(account, nextId.incrementAndGet(), 1), claimedAt);
    }

    private CompletableFuture<Optional<CallsPerAccount.Turn>> enterAsync(PendingAction action, Instant claimedAt) {
        return CompletableFuture.supplyAsync(() -> enter(action, claimedAt, Duration.ofSeconds(10)));
    }

    @Test
    void anAccountStartsWithOneCallAtATimeAnotherAccountIsNotHeldBack() {
        turn(ACCOUNT);

        assertThat(enter(ACCOUNT, clock.instant(), Duration.ofMillis(50))).as("a second call of the account").isEmpty();
        assertThat(enter("17841400000000002", clock.instant(), Duration.ofMillis(50))).isPresent();
    }

    @Test
    void eachSuccessDoublesTheCallsAtOnceUpToTheThreads() {
        for (int expected : new int[] {2, 4, 8, 8}) {
            turn(ACCOUNT).leave(DONE);
            assertThat(calls.limit(ACCOUNT)).isEqualTo(expected);
        }
        List<CallsPerAccount.Turn> turns = IntStream.range(0, 8).mapToObj(i -> turn(ACCOUNT)).toList();

        assertThat(turns).hasSize(8);
        assertThat(enter(ACCOUNT, clock.instant(), Duration.ofMillis(50))).as("a ninth at once").isEmpty();
    }

    @Test
    void aTimeoutOrA5xxNarrowsToOneCallAPermanentFailureChangesNothing() {
        turn(ACCOUNT).leave(DONE);
        turn(ACCOUNT).leave(DONE);
        turn(ACCOUNT).leave(new Outcome.Permanent("the messaging window is closed"));
        assertThat(calls.limit(ACCOUNT)).isEqualTo(4);

        turn(ACCOUNT).leave(new Outcome.Batch(List.of(), new Outcome.Transient("timed out after 500 ms")));

        assertThat(calls.limit(ACCOUNT)).isEqualTo(1);
    }

    @Test
    void anActionWaitingForTheAccountsTurnGetsItWhenTheCallBeforeItEnds() {
        CallsPerAccount.Turn first = turn(ACCOUNT);
        var second = enterAsync(ACCOUNT, clock.instant());
        await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(1)).until(() -> !second.isDone());

        first.leave(new Outcome.Transient("HTTP 503"));

        await().atMost(Duration.ofSeconds(5)).until(second::isDone);
        assertThat(second.join()).isPresent();
    }

    @Test
    void waitingActionsTakeTheAccountsTurnFirstTriesFirstThenOldestFirst() {
        CallsPerAccount.Turn first = turn(ACCOUNT);
        var retry = enterAsync(action(ACCOUNT, 1, 5), clock.instant());
        var newer = enterAsync(action(ACCOUNT, 9, 1), clock.instant());
        var older = enterAsync(action(ACCOUNT, 8, 1), clock.instant());
        await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(1))
                .until(() -> !retry.isDone() && !newer.isDone() && !older.isDone());

        first.leave(new Outcome.Transient("timed out"));
        await().atMost(Duration.ofSeconds(5)).until(older::isDone);
        await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(1))
                .until(() -> !retry.isDone() && !newer.isDone());
        older.join().orElseThrow().leave(new Outcome.Transient("timed out"));
        await().atMost(Duration.ofSeconds(5)).until(newer::isDone);
        await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(1)).until(() -> !retry.isDone());
        newer.join().orElseThrow().leave(new Outcome.Transient("timed out"));

        await().atMost(Duration.ofSeconds(5)).until(retry::isDone);
        assertThat(retry.join()).as("the retry, last though it came first").isPresent();
    }

    @Test
    void aRefusedTokenGivesBackWhatWasClaimedBeforeItButNotWhatIsClaimedAfter() {
        Instant claimed = clock.instant();
        CallsPerAccount.Turn first = turn(ACCOUNT);
        var claimedBefore = enterAsync(ACCOUNT, claimed);
        await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(1)).until(() -> !claimedBefore.isDone());

        first.leave(new Outcome.Reauthorize("Error validating access token"));

        await().atMost(Duration.ofSeconds(5)).until(claimedBefore::isDone);
        assertThat(claimedBefore.join()).as("claimed before the refusal").isEmpty();
        assertThat(enter(ACCOUNT, claimed, Duration.ZERO)).as("claimed before, asking later").isEmpty();
        assertThat(enter(ACCOUNT, clock.instant().plusMillis(1), Duration.ofSeconds(1)))
                .as("claimed (a millisecond) after the refusal, once the account was resumed").isPresent();
    }

    @Test
    void aRateLimitHoldsTheAccountLikeARefusedToken() {
        Instant claimed = clock.instant();
        turn(ACCOUNT).leave(new Outcome.RateLimited(Duration.ofMinutes(1), "Application request limit reached"));

        assertThat(enter(ACCOUNT, claimed, Duration.ZERO)).isEmpty();
        assertThat(calls.limit(ACCOUNT)).isEqualTo(1);
    }

    @Test
    void alertsToTheTeamTakeNoTurn() {
        turn(ACCOUNT);

        calls.outsideAnyAccount().leave(new Outcome.Reauthorize("not the account's"));

        assertThat(enter(ACCOUNT, clock.instant(), Duration.ofMillis(50))).isEmpty();
        assertThat(calls.limit(ACCOUNT)).isEqualTo(1);
    }

    @Test
    void beyondTheAccountsRememberedTheIdleOnesStartAgainAtOneCall() {
        turn(ACCOUNT).leave(DONE);
        CallsPerAccount.Turn busy = turn("busy");
        busy.leave(DONE);
        busy = turn("busy");
        assertThat(calls.limit(ACCOUNT)).isEqualTo(2);

        for (int i = 0; i < CallsPerAccount.REMEMBERED; i++) {
            turn("other-" + i).leave(DONE);
        }

        assertThat(calls.limit(ACCOUNT)).as("idle, forgotten").isEqualTo(1);
        assertThat(calls.limit("busy")).as("a call in flight, kept").isEqualTo(2);
        busy.leave(DONE);
        assertThat(calls.limit("busy")).isEqualTo(4);
    }
}
