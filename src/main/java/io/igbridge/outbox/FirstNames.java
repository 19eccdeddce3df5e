package io.igbridge.outbox;

import java.util.regex.Pattern;

import io.igbridge.graphapi.ConfiguredAccount;
import io.igbridge.graphapi.GraphApiClient;
import org.springframework.stereotype.Component;

/**
 * The person's first name, put into a text when it is sent. A handler decides without calling Meta, so a rule's
 * {@code {first_name}} stays in the decided text as {@link #PLACEHOLDER}; here, just before the send, the name is
 * read from the person's profile (the Graph client caches it for a day; a person who has not given consent has
 * none, meta-platform.md §5.5) and the placeholder is replaced — or removed without leaving a gap.
 */
@Component
public class FirstNames {

    /** What a decided text holds where the person's first name goes. */
    public static final String PLACEHOLDER = "{first_name}";

    private static final Pattern WITH_BLANKS_BEFORE = Pattern.compile("[ \\t]*" + Pattern.quote(PLACEHOLDER));
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[ \\t]*[,;:][ \\t]*");

    private final GraphApiClient graph;
    private final ConfiguredAccount accounts;

    FirstNames(GraphApiClient graph, ConfiguredAccount accounts) {
        this.graph = graph;
        this.accounts = accounts;
    }

    /** The text with the person's first name in place of the placeholder (looked up only when there is one). */
    String fill(String text, String accountId, String personId) {
        if (text == null || !text.contains(PLACEHOLDER)) {
            return text;
        }
        String firstName = personId == null ? null : lookUp(accountId, personId);
        return withFirstName(text, firstName);
    }

    /** Puts the name in, or removes the placeholder without leaving a gap: "Bonjour {first_name} !" → "Bonjour !". */
    static String withFirstName(String text, String firstName) {
        if (firstName != null && !firstName.isBlank()) {
            return text.replace(PLACEHOLDER, firstName.strip());
        }
        String removed = WITH_BLANKS_BEFORE.matcher(text).replaceAll("");
        return LEADING_PUNCTUATION.matcher(removed).replaceFirst("").strip();
    }

    private String lookUp(String accountId, String personId) {
        try {
            return graph.userProfile(accounts.forInstagramUser(accountId), personId)
                    .map(profile -> profile.name() == null ? null : profile.name().strip().split("\\s+")[0])
                    .orElse(null);
        } catch (RuntimeException unavailable) {
            return null; // no name is better than no reply: the text goes without it
        }
    }
}
