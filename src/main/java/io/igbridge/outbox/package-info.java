/**
 * Step ⑤ outbox: every outgoing action is a row, written in the same transaction as the decision, with an
 * idempotency key; a dispatcher claims due rows, executes them through the Graph API client or a notifier, and
 * records the outcome. Only this package talks to {@code graphapi} and the notification senders.
 */
package io.igbridge.outbox;
