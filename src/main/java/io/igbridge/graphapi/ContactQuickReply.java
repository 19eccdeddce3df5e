package io.igbridge.graphapi;

import java.util.Locale;

/**
 * The quick replies that send the person's e-mail address or phone number, as their profile has it, in one tap
 * (meta-platform.md §5.1): Meta shows the value on the button, and the tap comes back as a DM with the value as
 * its text and quick-reply payload.
 */
public enum ContactQuickReply {
    USER_EMAIL, USER_PHONE_NUMBER;

    /** Its {@code content_type}: {@code user_email}, {@code user_phone_number}. */
    String contentType() {
        return name().toLowerCase(Locale.ROOT);
    }
}
