package io.igbridge.outbox;

/**
 * Send a DM to a person (their IGSID). Text longer than Meta's 1000 UTF-8 bytes is sent as ordered parts.
 * {@code humanAgent}: written by a person, sent with the HUMAN_AGENT tag when outside the 24-hour window.
 */
public record SendDirectMessage(String accountId, String recipientId, String text, boolean humanAgent)
        implements Action {

    @Override
    public String type() {
        return "send_dm";
    }
}
