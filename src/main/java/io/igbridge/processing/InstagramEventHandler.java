package io.igbridge.processing;

/**
 * The seam for step ④: every handler bean is called once for each newly stored event, in a transaction of the
 * event's own, events of one contact in timestamp order. A handler decides (writes rows, e.g. outbox actions); it
 * never calls the outside world. Throwing rolls back that event's handling, which is retried with backoff.
 */
public interface InstagramEventHandler {

    void on(StoredEvent event);
}
