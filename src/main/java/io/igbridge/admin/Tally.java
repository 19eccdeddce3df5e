package io.igbridge.admin;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The figures of one day, week or period while they are added up: counts, and the delays medians are taken of. */
final class Tally {

    /** What the dashboard counts. */
    enum Count {
        DMS, COMMENTS, MENTIONS, AUTO_REPLIES, ESCALATIONS, POSITIVE_COMMENTS, NEGATIVE_COMMENTS, NEUTRAL_COMMENTS,
        FAILED_ACTIONS, LEADS
    }

    private final Map<Count, Long> counts = new EnumMap<>(Count.class);
    private final List<Long> botDelaysMillis = new ArrayList<>();
    private final List<Long> humanDelaysMillis = new ArrayList<>();

    void add(Count count, long n) {
        counts.merge(count, n, Long::sum);
    }

    /** The delays before a customer message's first answer by the bot and by a person (null: none yet). */
    void addFirstResponses(Long botMillis, Long humanMillis) {
        if (botMillis != null) {
            botDelaysMillis.add(botMillis);
        }
        if (humanMillis != null) {
            humanDelaysMillis.add(humanMillis);
        }
    }

    void addAll(Tally other) {
        other.counts.forEach(this::add);
        botDelaysMillis.addAll(other.botDelaysMillis);
        humanDelaysMillis.addAll(other.humanDelaysMillis);
    }

    Dashboard.Figures figures() {
        return new Dashboard.Figures(get(Count.DMS), get(Count.COMMENTS), get(Count.MENTIONS), get(Count.AUTO_REPLIES),
                get(Count.ESCALATIONS), medianSeconds(botDelaysMillis), medianSeconds(humanDelaysMillis),
                get(Count.POSITIVE_COMMENTS), get(Count.NEGATIVE_COMMENTS), get(Count.NEUTRAL_COMMENTS),
                get(Count.FAILED_ACTIONS), get(Count.LEADS));
    }

    private long get(Count count) {
        return counts.getOrDefault(count, 0L);
    }

    static Double medianSeconds(List<Long> millis) {
        if (millis.isEmpty()) {
            return null;
        }
        List<Long> sorted = millis.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
        return median / 1000;
    }
}
