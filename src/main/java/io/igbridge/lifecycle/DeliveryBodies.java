package io.igbridge.lifecycle;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites stored delivery bodies ({@code raw_delivery_body}) without some of their items. The rewritten body no
 * longer matches Meta's signature, so the delivery is marked {@code redacted_at}. Each rewrite locks the body's row
 * first: two redactions of one multi-person delivery, on two workers, must not each write back the other's text.
 */
@Repository
class DeliveryBodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Meta retries a delivery for up to 36 hours (meta-platform.md §3). */
    static final Duration RETRIES = Duration.ofHours(36);

    private final JdbcTemplate jdbc;

    DeliveryBodies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What a rewrite did: whether the body changed, and whether any item is left in it. */
    record Rewrite(boolean changed, boolean itemsLeft) {
    }

    /**
     * Applies {@code edit} to each item of the account's entries ({@code messaging[]}, {@code standby[]},
     * {@code changes[]}) of one delivery, and stores the body if any item changed; an item {@code edit} answers
     * {@code true} for is removed. A body that is not JSON is left as it is.
     */
    Rewrite rewrite(long deliveryId, String accountId, ItemEdit edit, Instant now) {
        Optional<byte[]> body = jdbc.queryForList("select body from raw_delivery_body where delivery_id = ? for update",
                byte[].class, deliveryId).stream().findFirst();
        if (body.isEmpty()) {
            return new Rewrite(false, false);
        }
        JsonNode root;
        try {
            root = JSON.readTree(body.get());
        } catch (JacksonException notJson) {
            return new Rewrite(false, true);
        }
        boolean changed = false;
        boolean itemsLeft = false;
        for (JsonNode entry : root.path("entry")) {
            boolean ours = accountId.equals(entry.path("id").asString(null));
            for (String list : List.of("messaging", "standby", "changes")) {
                JsonNode items = entry.path(list);
                for (int i = items.size() - 1; i >= 0 && ours && items.isArray(); i--) {
                    JsonNode item = items.get(i);
                    if (!(item instanceof ObjectNode object)) {
                        continue;
                    }
                    Edited result = edit.apply(list, object);
                    changed |= result != Edited.UNCHANGED;
                    if (result == Edited.REMOVE) {
                        ((ArrayNode) items).remove(i);
                    }
                }
                itemsLeft |= items.isArray() && !items.isEmpty();
            }
        }
        if (changed) {
            jdbc.update("update raw_delivery_body set body = ? where delivery_id = ?", JSON.writeValueAsBytes(root),
                    deliveryId);
            jdbc.update("update raw_delivery set redacted_at = ? where id = ?", Timestamp.from(now), deliveryId);
        }
        return new Rewrite(changed, itemsLeft);
    }

    /**
     * The other deliveries with the very same bytes received within {@link #RETRIES} of this one: Meta's retries of
     * it, whose events were not stored again (they were duplicates) but whose bodies hold the same items.
     */
    List<Long> copiesOf(long deliveryId) {
        List<Long> copies = new ArrayList<>();
        for (Stored original : jdbc.query("select d.received_at, b.body from raw_delivery d join raw_delivery_body b"
                + " on b.delivery_id = d.id where d.id = ?", (rs, row) -> new Stored(rs.getTimestamp(1).toInstant(),
                        rs.getBytes(2)), deliveryId)) {
            jdbc.query("select d.id, b.body from raw_delivery d join raw_delivery_body b on b.delivery_id = d.id"
                    + " where d.received_at between ? and ? and d.id <> ? and octet_length(b.body) = ?", copy -> {
                        if (Arrays.equals(original.body(), copy.getBytes(2))) {
                            copies.add(copy.getLong(1));
                        }
                    }, Timestamp.from(original.receivedAt().minus(RETRIES)),
                    Timestamp.from(original.receivedAt().plus(RETRIES)), deliveryId, original.body().length);
        }
        return copies;
    }

    private record Stored(Instant receivedAt, byte[] body) {
    }

    /** The deliveries whose stored bytes contain {@code needle} (a contact's id), read one body at a time. */
    List<Long> containing(String needle) {
        byte[] wanted = needle.getBytes(StandardCharsets.UTF_8);
        List<Long> found = new ArrayList<>();
        jdbc.query("select delivery_id, body from raw_delivery_body", rs -> {
            if (contains(rs.getBytes(2), wanted)) {
                found.add(rs.getLong(1));
            }
        });
        return found;
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** What became of one item. */
    enum Edited {
        UNCHANGED, CHANGED, REMOVE
    }

    /** Looks at one item of a list ({@code messaging}, {@code standby} or {@code changes}) and may change it. */
    @FunctionalInterface
    interface ItemEdit {
        Edited apply(String list, ObjectNode item);
    }

    /** The keys of a {@code messaging[]} item that carry a message's content: the message, and an edit of it. */
    static final List<String> MESSAGE_KEYS = List.of("message", "message_edit");

    /** Removes a message's (or an edit's) text and attachments from a {@code messaging[]} item. */
    static boolean stripMessage(JsonNode item) {
        boolean stripped = false;
        for (String key : MESSAGE_KEYS) {
            if (item.path(key) instanceof ObjectNode message && (message.has("text") || message.has("attachments"))) {
                message.remove("text");
                message.remove("attachments");
                stripped = true;
            }
        }
        return stripped;
    }

    /** The message id a {@code messaging[]} item's message or edit is about; null for anything else. */
    static String midOf(JsonNode item) {
        for (String key : MESSAGE_KEYS) {
            String mid = item.path(key).path("mid").asString(null);
            if (mid != null) {
                return mid;
            }
        }
        return null;
    }
}
