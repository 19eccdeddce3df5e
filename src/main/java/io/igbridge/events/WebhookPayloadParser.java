package io.igbridge.events;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import io.igbridge.events.EventHeader.Channel;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;

/**
 * Turns a raw delivery body into typed events. Never throws for any input; thread-safe (one shared instance).
 *
 * <p>Every {@code entry[]} is read, and in each every {@code messaging[]}, {@code standby[]} and {@code changes[]}
 * item (a delivery may batch up to 1000 updates). The account of every event is {@code entry.id}. An event's
 * time is its own timestamp, else {@code entry.time}, else {@code receivedAt}; seconds and milliseconds, numbers
 * and strings are all accepted (see {@link Timestamps}). Unknown fields are ignored; unknown or malformed items
 * become {@link UnknownEvent}s; only a body that is not a JSON object with an {@code entry} array (or that names
 * another {@code object}) is unparseable. Problem texts never quote the payload, since they are logged.
 *
 * <h2>Dedup keys</h2>
 * Unique per account, deterministic across Meta's retries; timestamps in keys are epoch milliseconds:
 * <ul>
 * <li>message: {@code message:<mid>} (the seed guide's messages: {@code message:<id>}); echo: {@code echo:<mid>}
 * (with self-messaging a message and its echo can share a mid)</li>
 * <li>deleted message: {@code deleted:<mid>}</li>
 * <li>edit: {@code edit:<mid>:<num_edit>}</li>
 * <li>reaction: {@code reaction:<mid>:<senderId>:<react|unreact>:<timestamp>}</li>
 * <li>read: {@code read:<senderId>:<mid>}</li>
 * <li>postback: {@code postback:<mid>}, or without mid {@code postback:<senderId>:<timestamp>:<payload or title>}</li>
 * <li>referral: {@code referral:<senderId>:<timestamp>}</li>
 * <li>opt-in: {@code optin:<senderId>:<timestamp>:<type>}</li>
 * <li>handover: {@code handover:<item key, e.g. pass_thread_control>:<senderId>:<timestamp>}</li>
 * <li>comment and live comment: {@code comment:<commentId>}</li>
 * <li>mention: {@code mention:<mediaId>:<commentId or ->}; the seed guide's mentions: {@code mention:<id>}</li>
 * <li>story insights: {@code story_insights:<mediaId>}</li>
 * <li>feed: {@code feed:<item>:<verb>:<commentId or postId>:<created_time>}</li>
 * <li>unknown: {@code unknown:<first 32 hex of the SHA-256 of the item's JSON>}</li>
 * </ul>
 * If a part is missing the key is {@code <prefix>:sha256:<first 32 hex of the SHA-256 of the item's JSON>};
 * a key longer than 200 characters becomes {@code <prefix>:sha256:<hash of that key>}. A key is never null.
 */
public final class WebhookPayloadParser {

    /** Meta's account ids have about 17 digits; a longer one is not an account we could have. */
    static final int MAX_ACCOUNT_ID_LENGTH = 64;
    /** Account ids go into logs and keys: only plain characters (Meta's are digits; the seed guide's "page_123"). */
    private static final Pattern ACCOUNT_ID = Pattern.compile("[A-Za-z0-9_.-]{1," + MAX_ACCOUNT_ID_LENGTH + "}");

    private final MessagingItemParser messaging = new MessagingItemParser();
    private final ChangeItemParser changes = new ChangeItemParser(messaging);

    /**
     * @param body           the raw bytes exactly as received
     * @param objectRequired whether {@code "object":"instagram"} must be present (signed deliveries);
     *                       the test endpoint accepts the seed guide's examples without it
     * @param receivedAt     fallback time for events whose payload carries no timestamp
     */
    public ParsedDelivery parse(byte[] body, boolean objectRequired, Instant receivedAt) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        try {
            return parseChecked(body, objectRequired, receivedAt);
        } catch (RuntimeException bug) {
            return ParsedDelivery.unparseable("parser failed: " + bug.getClass().getSimpleName());
        }
    }

    private ParsedDelivery parseChecked(byte[] body, boolean objectRequired, Instant receivedAt) {
        if (body == null || body.length == 0) {
            return ParsedDelivery.unparseable("body is empty");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return ParsedDelivery.unparseable("body is not valid UTF-8");
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (StreamConstraintsException tooBig) {
            return ParsedDelivery.unparseable(tooBig.getMessage().contains("nesting depth")
                    ? "JSON is nested deeper than " + Json.MAX_NESTING_DEPTH + " levels"
                    : "JSON exceeds a size limit (string, number or name too long)");
        } catch (JacksonException notJson) {
            return ParsedDelivery.unparseable("body is not valid JSON" + where(notJson.getLocation()));
        }
        if (root == null || root.isMissingNode()) {
            return ParsedDelivery.unparseable("body is empty");
        }
        if (!root.isObject()) {
            return ParsedDelivery.unparseable("top-level JSON is " + describe(root) + ", expected an object");
        }
        String objectProblem = objectProblem(root.get("object"), objectRequired);
        if (objectProblem != null) {
            return ParsedDelivery.unparseable(objectProblem);
        }
        JsonNode entries = root.get("entry");
        if (entries == null) {
            return ParsedDelivery.unparseable("no entry array");
        }
        if (!entries.isArray()) {
            return ParsedDelivery.unparseable("entry is " + describe(entries) + ", expected an array");
        }
        List<ParsedEvent> events = new ArrayList<>();
        for (JsonNode entry : entries) {
            entry(entry, receivedAt, events);
        }
        return ParsedDelivery.parsed(events);
    }

    private void entry(JsonNode entry, Instant receivedAt, List<ParsedEvent> events) {
        ItemContext entryContext = new ItemContext("", Channel.MESSAGING, receivedAt, Json.compact(entry));
        if (!entry.isObject()) {
            events.add(entryContext.parsed(entryContext.unknown("entry", "entry is not an object")));
            return;
        }
        String accountId = Json.id(entry, "id");
        if (accountId == null || !ACCOUNT_ID.matcher(accountId).matches()) {
            events.add(entryContext.parsed(entryContext.unknown("entry", accountId == null ? "entry has no id"
                    : "entry id is not 1 to " + MAX_ACCOUNT_ID_LENGTH + " letters, digits, '_', '.' or '-'")));
            return;
        }
        Instant entryTime = Timestamps.parse(entry.get("time"));
        Instant fallback = entryTime != null ? entryTime : receivedAt;
        ItemContext context = new ItemContext(accountId, Channel.MESSAGING, fallback, entryContext.sourceJson());
        if (!entry.has("messaging") && !entry.has("standby") && !entry.has("changes")) {
            events.add(context.parsed(context.unknown("entry", "entry has no messaging, standby or changes array")));
            return;
        }
        items(entry, "messaging", context.with(Channel.MESSAGING, context.sourceJson()), events);
        items(entry, "standby", context.with(Channel.STANDBY, context.sourceJson()), events);
        items(entry, "changes", context.with(Channel.CHANGES, context.sourceJson()), events);
    }

    private void items(JsonNode entry, String name, ItemContext entryContext, List<ParsedEvent> events) {
        JsonNode items = entry.get(name);
        if (items == null) {
            return;
        }
        if (!items.isArray()) {
            events.add(entryContext.parsed(entryContext.unknown(name, name + " is not an array")));
            return;
        }
        for (JsonNode item : items) {
            ItemContext context = entryContext.with(entryContext.channel(), Json.compact(item));
            try {
                if (name.equals("changes")) {
                    events.addAll(changes.parse(item, context));
                } else {
                    events.add(context.parsed(messaging.parse(item, context)));
                }
            } catch (RuntimeException bug) {
                // one bad item must not cost the others; the item is kept, visibly, as unknown
                events.add(context.parsed(context.unknown(name, "parser failed: " + bug.getClass().getSimpleName())));
            }
        }
    }

    private static String objectProblem(JsonNode object, boolean required) {
        if (object == null) {
            return required ? "object is missing, expected 'instagram'" : null;
        }
        if (!object.isString()) {
            return "object is " + describe(object) + ", expected 'instagram'";
        }
        if (object.stringValue().equals("instagram")) {
            return null;
        }
        String found = Json.label(object.stringValue());
        return "object is '" + found + "', expected 'instagram'";
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "not a JSON value";
        };
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
