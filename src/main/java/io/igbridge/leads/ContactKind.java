package io.igbridge.leads;

import java.util.Locale;

/** What a lead is: an e-mail address or a phone number. */
enum ContactKind {
    EMAIL, PHONE;

    /** How it is stored and shown: {@code email}, {@code phone}. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
