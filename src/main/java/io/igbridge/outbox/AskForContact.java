package io.igbridge.outbox;

import java.util.List;

/**
 * Send a person a DM asking for their contact details, with quick replies that send their e-mail address or phone
 * number in one tap (the answer comes back as a DM, kept as a lead). A bot's DM, sent as {@link SendDirectMessage}
 * is: only inside the 24-hour window; a text over Meta's 1000 bytes goes out in parts, the quick replies on the
 * last.
 */
public record AskForContact(String accountId, String recipientId, String text, List<ContactField> fields)
        implements Action {

    public AskForContact {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("ask for at least one contact field");
        }
    }

    @Override
    public String type() {
        return "ask_contact";
    }
}
