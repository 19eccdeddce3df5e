package io.igbridge.events;

/** A shape the parser does not know: kept (with the reason) so nothing is lost, never an exception. */
public record UnknownEvent(EventHeader header, String kind, String reason) implements InstagramEvent {

    @Override
    public String type() {
        return "unknown";
    }
}
