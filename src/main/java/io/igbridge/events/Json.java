package io.igbridge.events;

import java.util.regex.Pattern;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** The parser's one JSON mapper and type-safe reads: a field of the wrong type reads as absent, never throws. */
final class Json {

    /** Meta's payloads are a handful of levels deep; anything deeper is hostile, not a webhook. */
    static final int MAX_NESTING_DEPTH = 64;

    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");

    private Json() {
    }

    /** The compact JSON text of a node. */
    static String compact(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** {@code node.name} if it is an object, else a missing node (so further {@code path} calls are safe). */
    static JsonNode object(JsonNode node, String name) {
        JsonNode child = node.path(name);
        return child.isObject() ? child : MissingNode.getInstance();
    }

    /** {@code node.name} if it is a JSON string, else null. */
    static String string(JsonNode node, String name) {
        JsonNode child = node.path(name);
        return child.isString() ? text(child.stringValue()) : null;
    }

    /**
     * A text of the payload as events keep it: U+0000 (NUL, escaped in JSON) becomes U+FFFD, since PostgreSQL's text
     * types refuse it: an event holding one could never be handled there (SQL state 22021), and held its contact's
     * later events while it was retried.
     */
    static String text(String value) {
        return value.indexOf('\u0000') < 0 ? value : value.replace('\u0000', '\uFFFD');
    }

    /** An ID: a non-blank string, or an integral number written out (Meta's IDs are strings, but be lenient). */
    static String id(JsonNode node, String name) {
        return id(node.path(name));
    }

    static String id(JsonNode value) {
        if (value.isString()) {
            return value.stringValue().isBlank() ? null : text(value.stringValue());
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        return null;
    }

    /** A string, number or boolean as a string; null for anything else. */
    static String scalar(JsonNode node, String name) {
        JsonNode child = node.path(name);
        if (child.isString()) {
            return text(child.stringValue());
        }
        return child.isNumber() || child.isBoolean() ? child.asString() : null;
    }

    /** True only for JSON {@code true}. */
    static boolean isTrue(JsonNode node, String name) {
        JsonNode child = node.path(name);
        return child.isBoolean() && child.booleanValue();
    }

    /** A non-negative int from a number or a digit string ({@code "3"} or {@code 3}); null otherwise. */
    static Integer count(JsonNode node, String name) {
        JsonNode child = node.path(name);
        if (child.isIntegralNumber() && child.canConvertToInt() && child.intValue() >= 0) {
            return child.intValue();
        }
        if (child.isString() && child.stringValue().trim().matches("\\d{1,9}")) {
            return Integer.parseInt(child.stringValue().trim());
        }
        return null;
    }

    /** A field name from the payload made safe to log: kept if it looks like a name, else replaced. */
    static String label(String name) {
        return name != null && NAME.matcher(name).matches() ? name : "(unreadable name)";
    }
}
