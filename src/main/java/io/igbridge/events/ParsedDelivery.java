package io.igbridge.events;

import java.util.List;

/**
 * The outcome of parsing one delivery body: either the events it holds, or why it could not be
 * parsed (not JSON, too deep, not {@code object: instagram}, …). An unparseable delivery is kept
 * as it is, so it can be replayed after a fix.
 */
public record ParsedDelivery(List<ParsedEvent> events, String problem) {

    public static ParsedDelivery parsed(List<ParsedEvent> events) {
        return new ParsedDelivery(List.copyOf(events), null);
    }

    public static ParsedDelivery unparseable(String problem) {
        return new ParsedDelivery(List.of(), problem);
    }

    public boolean isParseable() {
        return problem == null;
    }
}
