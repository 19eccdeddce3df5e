package io.igbridge.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.igbridge.support.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Delivery bodies for the benchmarks, made from the real Meta fixtures (src/test/resources/meta/): as on disk, or
 * written compact as Meta sends them.
 */
final class MetaDeliveries {

    /** One plain-text DM (Instagram Login): {@code entry[0].messaging[0].message}. */
    static final String DM_FIXTURE = "meta/messaging/message-text.json";

    /** The most updates Meta puts in one delivery (meta-platform.md §3). */
    static final int MAX_UPDATES = 1000;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private MetaDeliveries() {
    }

    /** A fixture's bytes exactly as on disk (pretty-printed). */
    static byte[] asOnDisk(String fixture) {
        return Fixtures.bytes(fixture);
    }

    /** The one-DM fixture, compact. */
    static byte[] oneDm() {
        return MAPPER.writeValueAsBytes(MAPPER.readTree(asOnDisk(DM_FIXTURE)));
    }

    /** The one-DM fixture with another text, compact. */
    static byte[] oneDm(String text) {
        ObjectNode root = (ObjectNode) MAPPER.readTree(asOnDisk(DM_FIXTURE));
        message(root.get("entry").get(0)).put("text", text);
        return MAPPER.writeValueAsBytes(root);
    }

    /**
     * One delivery with {@code updates} DMs, batched as Meta batches them: one {@code entry} per update, each with its
     * one {@code messaging} item ("entry.messaging is an array, but will only ever contain one event",
     * meta-platform.md §3). Each is the fixture's DM with its own mid and a timestamp 10 ms after the previous one.
     */
    static byte[] batchOfDms(int updates) {
        if (updates < 1 || updates > MAX_UPDATES) {
            throw new IllegalArgumentException("Meta batches 1 to " + MAX_UPDATES + " updates, not " + updates);
        }
        ObjectNode root = (ObjectNode) MAPPER.readTree(asOnDisk(DM_FIXTURE));
        ArrayNode entries = (ArrayNode) root.get("entry");
        ObjectNode template = (ObjectNode) entries.get(0);
        long entryTime = template.get("time").longValue();
        long timestamp = template.get("messaging").get(0).get("timestamp").longValue();
        String mid = message(template).get("mid").stringValue();
        entries.removeAll();
        for (int i = 0; i < updates; i++) {
            ObjectNode entry = template.deepCopy();
            entry.put("time", entryTime + 10L * i);
            ((ObjectNode) entry.get("messaging").get(0)).put("timestamp", timestamp + 10L * i);
            message(entry).put("mid", withTail(mid, 5000 + i));
            entries.add(entry);
        }
        return MAPPER.writeValueAsBytes(root);
    }

    private static ObjectNode message(JsonNode entry) {
        return (ObjectNode) entry.get("messaging").get(0).get("message");
    }

    /**
     * The fixtures' mids end with the Base64 of a 4-digit number, then {@code ZDZD} (meta/README.md): this one's
     * number replaced, so that every mid is distinct and as long as a real one.
     */
    private static String withTail(String fixtureMid, int number) {
        String tail = Base64.getEncoder().withoutPadding()
                .encodeToString(Integer.toString(number).getBytes(StandardCharsets.US_ASCII));
        int end = fixtureMid.length() - "ZDZD".length();
        return fixtureMid.substring(0, end - tail.length()) + tail + "ZDZD";
    }
}
