package io.igbridge.inbox;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a username may be: 3 to 50 ASCII letters, digits, {@code .}, {@code _} or {@code -}, compared without regard
 * to case (stored in lower case). ASCII only, so two names that look alike are the same name.
 */
public final class AgentUsername {

    public static final String RULE = "3 to 50 characters: letters a-z, digits, '.', '_' or '-'";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{3,50}");

    private AgentUsername() {
    }

    public static boolean isValid(String username) {
        return username != null && VALID.matcher(username).matches();
    }

    /** The stored form of a username as typed (at sign-in too): stripped, lower case. */
    public static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
