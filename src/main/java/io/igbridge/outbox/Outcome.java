package io.igbridge.outbox;

import java.time.Duration;
import java.util.List;

/** What executing an action came to; the dispatcher records it on the row. */
public sealed interface Outcome {

    /** A short name for metrics and the row's error kind. */
    String label();

    /** Done; Meta's ids of what was created. */
    record Done(List<String> resultIds) implements Outcome {
        @Override
        public String label() {
            return "done";
        }
    }

    /** The outcome of a message that carried other rows too (grouped notifications): recorded on each of them. */
    record Batch(List<PendingAction> others, Outcome outcome) implements Outcome {
        @Override
        public String label() {
            return outcome.label();
        }
    }

    /** A failure that may pass (5xx, timeout, Meta codes 1 and 2): retried with backoff, up to a cap. */
    record Transient(String error) implements Outcome {
        @Override
        public String label() {
            return "transient";
        }
    }

    /** Meta says to slow down: retried after {@code retryAfter}, not counted against the retry cap. */
    record RateLimited(Duration retryAfter, String error) implements Outcome {
        @Override
        public String label() {
            return "rate_limited";
        }
    }

    /**
     * This node's own count of the account's calls is at Meta's limit: only this action waits (another node, with
     * its own count, may go on; Meta's answers, {@link RateLimited}, hold the whole account).
     */
    record OverLocalLimit(Duration retryAfter) implements Outcome {
        @Override
        public String label() {
            return "rate_limited";
        }
    }

    /** The token must be renewed: the account's sends pause, the team is told once. */
    record Reauthorize(String error) implements Outcome {
        @Override
        public String label() {
            return "reauthorize";
        }
    }

    /** Will never work (window closed, comment gone, …): recorded, not retried. */
    record Permanent(String error) implements Outcome {
        @Override
        public String label() {
            return "permanent";
        }
    }

    /**
     * No account here answers for the action's Instagram account (not configured, or disabled): recorded, not retried,
     * and said once per account in the log rather than once per action.
     */
    record NotAnswered(String reason) implements Outcome {
        @Override
        public String label() {
            return "not_answered";
        }
    }
}
