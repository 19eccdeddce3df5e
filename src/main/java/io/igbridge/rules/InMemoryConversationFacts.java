package io.igbridge.rules;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.igbridge.events.InstagramEvent;

/**
 * A stand-in until conversation facts are answered from stored events: a user's message is "first" the first
 * time this process is asked about that user. It forgets on restart and does not know about messages sent
 * before a {@code first_message} rule was first evaluated for the user.
 */
public final class InMemoryConversationFacts implements ConversationFacts {

    private final Set<String> asked = ConcurrentHashMap.newKeySet();

    @Override
    public boolean isFirstMessage(String accountId, String userId, InstagramEvent event) {
        return asked.add(accountId + '\u0000' + userId);
    }
}
