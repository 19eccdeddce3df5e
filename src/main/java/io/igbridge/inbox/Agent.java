package io.igbridge.inbox;

import java.time.Instant;

/**
 * A person of the team who signs in to the inbox's web UI, as the admin API and the UI show them: never the password
 * nor its hash.
 *
 * @param username    lower case, unique (see {@link AgentUsername})
 * @param disabled    a disabled agent cannot sign in, and an open session of theirs ends at its next request
 */
public record Agent(String username, String displayName, Instant createdAt, boolean disabled) {

    /** The one role of an agent (Spring Security's {@code ROLE_AGENT}). */
    public static final String ROLE = "AGENT";
}
