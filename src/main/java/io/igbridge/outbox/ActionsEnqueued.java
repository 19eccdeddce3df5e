package io.igbridge.outbox;

/** Published after a transaction that enqueued actions commits, so the dispatcher starts without waiting. */
record ActionsEnqueued() {
}
