package io.igbridge.notifications;

import java.util.List;

/** One message to the team, possibly gathering several alerts of the same group. */
public record Alert(String accountId, String group, List<String> texts) {

    public String summary() {
        if (texts.size() == 1) {
            return texts.get(0);
        }
        StringBuilder summary = new StringBuilder(texts.size() + " alerts (" + group + "):");
        texts.forEach(text -> summary.append("\n- ").append(text));
        return summary.toString();
    }
}
