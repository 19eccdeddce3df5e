package io.igbridge.leads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The e-mail addresses and phone numbers a DM gives, each once. A tapped {@code user_email} or
 * {@code user_phone_number} quick reply sends the value from the person's profile as the message's text and its
 * quick-reply payload (meta-platform.md §5.1); either one holding nothing but an address or a number is taken as
 * that answer. The text is also searched as any DM's.
 */
final class ContactFinder {

    private final PhoneNumbers phones;

    ContactFinder(String defaultRegion) {
        this.phones = new PhoneNumbers(defaultRegion);
    }

    /** @param quickReplyPayload null unless the person tapped a quick reply */
    List<FoundContact> in(String text, String quickReplyPayload) {
        Map<String, FoundContact> found = new LinkedHashMap<>();
        if (quickReplyPayload != null) {
            answer(quickReplyPayload).ifPresent(contact -> keepFirst(found, contact));
            if (text != null) {
                answer(text).ifPresent(contact -> keepFirst(found, contact));
            }
        }
        if (text != null) {
            List<FoundContact> typed = new ArrayList<>(EmailAddresses.in(text, LeadSource.TEXT));
            typed.addAll(phones.in(text));
            typed.forEach(contact -> keepFirst(found, contact));
        }
        return List.copyOf(found.values());
    }

    private Optional<FoundContact> answer(String value) {
        return EmailAddresses.whole(value, LeadSource.QUICK_REPLY)
                .or(() -> phones.whole(value, LeadSource.QUICK_REPLY));
    }

    private static void keepFirst(Map<String, FoundContact> found, FoundContact contact) {
        found.putIfAbsent(contact.kind() + " " + contact.normalized(), contact);
    }
}
