package io.igbridge.leads;

import java.util.Locale;

/** How the person gave it: typed in a message, or by tapping a contact quick reply (their profile's value). */
enum LeadSource {
    TEXT, QUICK_REPLY;

    /** How it is stored and shown: {@code text}, {@code quick_reply}. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
