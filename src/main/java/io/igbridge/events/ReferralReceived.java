package io.igbridge.events;

/** {@code referral} at item level: an {@code ig.me} link or ad opened in an existing conversation. */
public record ReferralReceived(EventHeader header, String senderId, String recipientId, Referral referral)
        implements InstagramEvent {

    @Override
    public String type() {
        return "referral";
    }
}
