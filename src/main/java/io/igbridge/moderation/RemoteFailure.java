package io.igbridge.moderation;

/**
 * Why the remote classifier gave no usable answer, in a few words a moderator may read ({@code HTTP 500},
 * {@code timeout after 5s}, {@code invalid answer (no sentiment)}). Never holds the API key nor any of the
 * response's text.
 */
final class RemoteFailure extends Exception {

    /** What went wrong, for logging each kind at most once a minute. */
    enum Kind {
        HTTP_STATUS, TIMEOUT, UNREACHABLE, INVALID_ANSWER, INTERRUPTED, MISCONFIGURED
    }

    private final Kind kind;

    RemoteFailure(Kind kind, String cause) {
        // no stack trace: the failure is expected, reported once a minute, and its place is always the same
        super(cause, null, false, false);
        this.kind = kind;
    }

    static RemoteFailure invalidAnswer(String what) {
        return new RemoteFailure(Kind.INVALID_ANSWER, "invalid answer (" + what + ")");
    }

    Kind kind() {
        return kind;
    }
}
