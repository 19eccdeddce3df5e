package io.igbridge.rules;

import io.igbridge.events.InstagramEvent;
import io.igbridge.inbox.MessagingWindows;
import org.springframework.stereotype.Component;

/** "First message of a conversation", answered from the messaging windows the inbox records. */
@Component
class WindowConversationFacts implements ConversationFacts {

    private final MessagingWindows windows;

    WindowConversationFacts(MessagingWindows windows) {
        this.windows = windows;
    }

    @Override
    public boolean isFirstMessage(String accountId, String userId, InstagramEvent event) {
        return windows.isFirstMessage(accountId, userId, event.dedupKey());
    }
}
