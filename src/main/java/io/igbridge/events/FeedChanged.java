package io.igbridge.events;

import java.time.Instant;

/**
 * {@code changes[field=feed]}: something happened on the linked Page's feed (the seed guide subscribes it).
 * Every field may be null.
 *
 * @param item        e.g. {@code comment}, {@code post}, {@code status}, {@code reaction}
 * @param verb        e.g. {@code add}, {@code edited}, {@code remove}
 * @param createdTime {@code created_time}
 */
public record FeedChanged(EventHeader header, String item, String verb, String postId, String commentId,
                          String parentId, String message, String fromId, String fromName, Instant createdTime)
        implements InstagramEvent {

    @Override
    public String type() {
        return "feed";
    }
}
