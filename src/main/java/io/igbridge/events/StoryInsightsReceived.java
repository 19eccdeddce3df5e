package io.igbridge.events;

import java.util.Map;

/**
 * {@code changes[field=story_insights]}: a story expired; its final metrics ({@code reach}, {@code replies},
 * {@code exits}, {@code taps_forward}, …, each optional) by the names Meta sent.
 */
public record StoryInsightsReceived(EventHeader header, String mediaId, Map<String, Long> metrics)
        implements InstagramEvent {

    public StoryInsightsReceived {
        metrics = Map.copyOf(metrics);
    }

    @Override
    public String type() {
        return "story_insights";
    }
}
