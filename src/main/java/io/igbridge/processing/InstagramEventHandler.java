package io.igbridge.processing;

/**
 * The seam for step ④: every handler bean is called once for each newly stored event, inside the delivery's
 * transaction. A handler decides (writes rows, e.g. outbox actions); it never calls the outside world. Throwing
 * rolls the whole delivery back, to be retried.
 */
public interface InstagramEventHandler {

    void on(StoredEvent event);
}
