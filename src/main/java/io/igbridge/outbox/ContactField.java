package io.igbridge.outbox;

import io.igbridge.graphapi.ContactQuickReply;

/** A contact detail {@link AskForContact} asks for, each with the quick reply that sends it in one tap. */
public enum ContactField {
    EMAIL(ContactQuickReply.USER_EMAIL), PHONE(ContactQuickReply.USER_PHONE_NUMBER);

    private final ContactQuickReply quickReply;

    ContactField(ContactQuickReply quickReply) {
        this.quickReply = quickReply;
    }

    ContactQuickReply quickReply() {
        return quickReply;
    }
}
