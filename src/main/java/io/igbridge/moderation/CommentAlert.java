package io.igbridge.moderation;

import java.util.Locale;

import io.igbridge.events.CommentReceived;

/** The text of a moderation alert: what was said, by whom, on which media, why, and what was done. */
final class CommentAlert {

    private static final int MAX_QUOTE = 300;

    private CommentAlert() {
    }

    static String text(CommentReceived comment, Classification found, boolean hidden) {
        String what = found.abusive() ? "Abusive comment" : "Negative comment";
        StringBuilder text = new StringBuilder(what).append(hidden ? " (hidden)" : "").append(" by ")
                .append(author(comment)).append(" on media ").append(orUnknown(comment.mediaId())).append(": \"")
                .append(quote(comment.text())).append("\"\n")
                .append(String.format(Locale.ROOT, "%s, score %.2f", found.sentiment().code(), found.score()));
        if (!found.reasons().isEmpty()) {
            text.append(": ").append(String.join("; ", found.reasons()));
        }
        text.append("\nComment ").append(comment.commentId());
        if (comment.fromUsername() != null && !comment.fromUsername().isBlank()) {
            text.append(" · https://www.instagram.com/").append(comment.fromUsername().strip()).append('/');
        }
        return text.toString();
    }

    private static String author(CommentReceived comment) {
        if (comment.fromUsername() != null && !comment.fromUsername().isBlank()) {
            return "@" + comment.fromUsername().strip();
        }
        return comment.fromId() == null ? "an unknown author" : "user " + comment.fromId();
    }

    private static String quote(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_QUOTE ? oneLine : oneLine.substring(0, MAX_QUOTE) + "…";
    }

    private static String orUnknown(String value) {
        return value == null ? "(unknown)" : value;
    }
}
