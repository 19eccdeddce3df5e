package io.igbridge.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.igbridge.outbox.OutboxDispatcher;
import io.igbridge.support.Deliveries.Dm;
import io.igbridge.support.SentDms.SentDm;
import io.igbridge.support.StoredRows.OutboxDm;

/**
 * What the crash and cluster tests check once their nodes have settled: every acknowledged DM stored, every event
 * stored and processed once, and each reply went out exactly once, checked on what the fake Graph API received. Meta's Send API takes no
 * idempotency key, so one window stays open (README, "The windows that remain"): a DM in flight to Meta when its
 * node was killed is sent again once its lease has expired. Its outbox row was {@code IN_FLIGHT} right after the
 * kill and was then claimed again ({@code attempts > 1}); a node runs one dispatcher, so a killed node leaves at
 * most one such row. Only those DMs may arrive twice.
 */
public final class ExactlyOnce {

    private static final int EXAMPLES = 5;

    private ExactlyOnce() {
    }

    /**
     * Waits until {@code node} has processed every delivery and carried out every action, and the fake Graph API has
     * received every expected reply.
     */
    public static void awaitSettled(ServiceProcess node, WireMockExtension graph, Set<SentDm> expected) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Backlog backlog = Backlog.of(node.client());
            long answered = expected.stream().filter(SentDms.counts(graph)::containsKey).count();
            assertThat(backlog.isEmpty() && answered == expected.size())
                    .as(() -> backlog + ", " + answered + " of " + expected.size() + " replies received; "
                            + node.describe("still busy")).isTrue();
        });
    }

    /**
     * Every acknowledged DM is stored with its exact bytes under the delivery id its acknowledgement gave; every
     * delivery is processed, and the event of every DM stored once.
     *
     * @param acknowledged the delivery id of each DM, by mid
     */
    public static void assertEachDmStoredAndProcessedOnce(StoredRows rows, List<Dm> dms,
            Map<String, Long> acknowledged) {
        Map<Long, byte[]> bodies = rows.deliveryBodies();
        List<String> lost = dms.stream().filter(dm -> !Arrays.equals(bodies.get(acknowledged.get(dm.mid())),
                dm.body().getBytes(StandardCharsets.UTF_8))).map(Dm::mid).toList();
        assertThat(lost).as("acknowledged DMs not stored under the id given (%d)", lost.size()).isEmpty();
        assertThat(rows.deliveriesByStatus()).as("deliveries by status").containsOnlyKeys("PROCESSED");
        Map<String, Long> events = rows.eventCounts(Deliveries.ACCOUNT);
        List<String> notOnce = dms.stream().map(dm -> "message:" + dm.mid())
                .filter(key -> events.getOrDefault(key, 0L) != 1).toList();
        assertThat(notOnce).as("events not stored exactly once (%d)", notOnce.size()).isEmpty();
    }

    /**
     * @param received    what the fake Graph API received, with how many times
     * @param expected    the replies the DMs sent must have had, each once
     * @param outbox      the outbox's DMs at the end
     * @param inFlight    the ids of the outbox rows {@code IN_FLIGHT} right after the kills (the surviving nodes'
     *                    too: those are not claimed again, unless a call of theirs failed)
     * @param killedNodes how many nodes were killed with SIGKILL while they worked
     * @return the replies that arrived twice because they were in flight at a kill
     */
    public static List<SentDm> assertEachReplySentOnce(Map<SentDm, Long> received, Set<SentDm> expected,
            List<OutboxDm> outbox, Set<Long> inFlight, int killedNodes) {
        Map<SentDm, List<OutboxDm>> rows = outbox.stream()
                .collect(Collectors.groupingBy(row -> new SentDm(row.recipient(), row.text())));
        List<OutboxDm> claimedAgain = outbox.stream().filter(row -> row.attempts() > 1).toList();
        List<OutboxDm> leftByAKill = claimedAgain.stream().filter(row -> inFlight.contains(row.id())).toList();
        Set<SentDm> mayRepeat = leftByAKill.stream().map(row -> new SentDm(row.recipient(), row.text()))
                .collect(Collectors.toSet());

        List<String> problems = new ArrayList<>();
        problem(problems, "expected replies with no outbox row",
                expected.stream().filter(reply -> !rows.containsKey(reply)).toList());
        problem(problems, "outbox DMs nobody expected",
                rows.keySet().stream().filter(reply -> !expected.contains(reply)).toList());
        problem(problems, "replies decided more than once (outbox rows)",
                rows.values().stream().filter(same -> same.size() > 1).toList());
        problem(problems, "outbox DMs not DONE", outbox.stream().filter(row -> !row.status().equals("DONE")).toList());
        problem(problems, "outbox DMs claimed again though not in flight at a kill (retried after a failure:"
                + " a Graph API timeout?)", claimedAgain.stream().filter(row -> !inFlight.contains(row.id()))
                        .map(row -> row + " received " + received.get(new SentDm(row.recipient(), row.text())) + " times")
                        .toList());
        int sendingThreads = killedNodes * ServiceProcess.OUTBOX_WORKERS;
        // each sending thread claims a batch, but calls Meta for one action of it at a time
        problem(problems, "outbox DMs left in flight by a kill, more than the killed nodes' sending threads' batches ("
                + sendingThreads * OutboxDispatcher.BATCH + ")",
                leftByAKill.size() > sendingThreads * OutboxDispatcher.BATCH ? leftByAKill : List.of());
        List<SentDm> repeated = mayRepeat.stream().filter(reply -> received.getOrDefault(reply, 0L) > 1).toList();
        problem(problems, "replies sent twice after a kill, more than the killed nodes' sending threads ("
                + sendingThreads + ")", repeated.size() > sendingThreads ? repeated : List.of());
        problem(problems, "expected replies the Graph API never received",
                expected.stream().filter(reply -> !received.containsKey(reply)).toList());
        problem(problems, "DMs the Graph API received that nobody expected",
                received.keySet().stream().filter(reply -> !expected.contains(reply)).toList());
        problem(problems, "replies received more than once though claimed once",
                received.entrySet().stream().filter(entry -> entry.getValue() > 1)
                        .filter(entry -> !mayRepeat.contains(entry.getKey())).toList());
        problem(problems, "replies received more than twice",
                received.entrySet().stream().filter(entry -> entry.getValue() > 2).toList());
        assertThat(problems).as("each reply sent exactly once (%d expected, %d received)", expected.size(),
                received.values().stream().mapToLong(Long::longValue).sum()).isEmpty();

        return mayRepeat.stream().filter(reply -> received.get(reply) == 2).toList();
    }

    private static void problem(List<String> problems, String what, Collection<?> found) {
        if (!found.isEmpty()) {
            problems.add(found.size() + " " + what + ", e.g. " + found.stream().limit(EXAMPLES).toList());
        }
    }
}
