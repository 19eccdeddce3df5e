package io.igbridge.events;

/** A typed event together with the JSON of the item it was parsed from (stored with the event). */
public record ParsedEvent(InstagramEvent event, String sourceJson) {
}
