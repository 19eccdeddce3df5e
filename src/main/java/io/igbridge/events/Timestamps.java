package io.igbridge.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import tools.jackson.databind.JsonNode;

/**
 * Meta's timestamps: seconds or milliseconds, as numbers or strings. {@code entry.time} and messaging
 * {@code timestamp} are milliseconds in Meta's samples, {@code changes} samples use seconds, and the dashboard
 * Test sends a string (meta-platform.md §4.1, §4.6), so the unit is guessed from the size.
 */
final class Timestamps {

    /** Below this a value is seconds (it would be year 5138 in seconds); at or above, milliseconds. */
    static final long MILLIS_THRESHOLD = 100_000_000_000L;
    /** At or above this a millisecond value is garbage (year 5138). */
    private static final long MILLIS_LIMIT = 100_000_000_000_000L;
    private static final DateTimeFormatter GRAPH_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private Timestamps() {
    }

    /** The instant a timestamp node stands for, or null if it is absent, zero, negative or unreadable. */
    static Instant parse(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? fromEpoch(node.longValue()) : null;
        }
        if (node.isFloatingPointNumber()) {
            double value = node.doubleValue();
            return Double.isFinite(value) && Math.abs(value) < MILLIS_LIMIT ? fromEpoch((long) value) : null;
        }
        if (node.isString()) {
            return parse(node.stringValue().trim());
        }
        return null;
    }

    /** The timestamp as epoch milliseconds for use in a dedup key, or null if unreadable. */
    static String keyPart(JsonNode node) {
        Instant instant = parse(node);
        return instant == null ? null : Long.toString(instant.toEpochMilli());
    }

    private static Instant parse(String text) {
        if (text.matches("\\d{1,17}")) {
            return fromEpoch(Long.parseLong(text));
        }
        try {
            return bounded(Instant.parse(text));
        } catch (DateTimeParseException notIso) {
            // fall through: the Graph API's own format, e.g. 2026-11-20T10:15:30+0000
        }
        try {
            return bounded(OffsetDateTime.parse(text, GRAPH_DATE_TIME).toInstant());
        } catch (DateTimeParseException garbage) {
            return null;
        }
    }

    /** A date string gets the same bounds as a number (after 1970, before year 5138): databases can't store any year. */
    private static Instant bounded(Instant instant) {
        return instant.toEpochMilli() > 0 && instant.toEpochMilli() < MILLIS_LIMIT ? instant : null;
    }

    private static Instant fromEpoch(long value) {
        if (value <= 0 || value >= MILLIS_LIMIT) {
            return null;
        }
        return value < MILLIS_THRESHOLD ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value);
    }
}
