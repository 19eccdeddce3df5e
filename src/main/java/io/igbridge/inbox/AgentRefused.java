package io.igbridge.inbox;

/**
 * An agent that could not be created: an invalid field ({@code conflict} false, 400) or a username already taken
 * ({@code conflict} true, 409). The message names the rule, never the password.
 */
public final class AgentRefused extends RuntimeException {

    private final String error;
    private final boolean conflict;

    AgentRefused(String error, String message, boolean conflict) {
        super(message, null, false, false);
        this.error = error;
        this.conflict = conflict;
    }

    /** A stable code for {@code ApiError}: {@code invalid_username}, {@code password_too_short}, … */
    public String error() {
        return error;
    }

    public boolean conflict() {
        return conflict;
    }
}
