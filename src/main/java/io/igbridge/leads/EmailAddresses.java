package io.igbridge.leads;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses in a text: a local part of letters, digits and {@code . _ % + -} (no leading, trailing or double
 * dot), {@code @}, then dot-separated domain labels ending in a letters-only top-level domain. An Instagram handle
 * ({@code @atelier.lin}) has no local part and is no address; punctuation after an address ("écrivez à
 * marie@example.com.") is not part of it. ASCII only: a half-matched accented address is no address.
 */
final class EmailAddresses {

    private static final String LOCAL = "[A-Za-z0-9_%+\\-]+(?:\\.[A-Za-z0-9_%+\\-]+)*";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?";
    private static final String DOMAIN = "(?:" + LABEL + "\\.)+[A-Za-z]{2,63}";
    /** Nothing that could belong to the address may stand right before or after it. */
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+\\-@])" + LOCAL + "@" + DOMAIN + "(?![\\p{L}\\p{N}\\-@]|\\.[\\p{L}\\p{N}])");
    private static final Pattern WHOLE = Pattern.compile(LOCAL + "@" + DOMAIN);
    private static final int MAX_LENGTH = 254;

    private EmailAddresses() {
    }

    /** The addresses in the text, in order (repeats included). */
    static List<FoundContact> in(String text, LeadSource source) {
        List<FoundContact> found = new ArrayList<>();
        Matcher matcher = IN_TEXT.matcher(text);
        while (matcher.find()) {
            if (matcher.group().length() <= MAX_LENGTH) {
                found.add(contact(matcher.group(), source));
            }
        }
        return found;
    }

    /** The value when it is one address and nothing else (surrounding blanks aside). */
    static Optional<FoundContact> whole(String value, LeadSource source) {
        String candidate = value.strip();
        return candidate.length() <= MAX_LENGTH && WHOLE.matcher(candidate).matches()
                ? Optional.of(contact(candidate, source)) : Optional.empty();
    }

    private static FoundContact contact(String address, LeadSource source) {
        return new FoundContact(ContactKind.EMAIL, address, address.toLowerCase(Locale.ROOT), source);
    }
}
