package io.igbridge.events;

/**
 * {@code message.reply_to}: either an inline reply to a message ({@code mid}) or a reply to a story
 * ({@code story.id}, {@code story.url}); Meta never sends both.
 */
public record ReplyTo(String mid, String storyId, String storyUrl) {

    public boolean isStoryReply() {
        return mid == null && (storyId != null || storyUrl != null);
    }
}
