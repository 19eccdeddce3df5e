package io.igbridge.inbox;

/**
 * Why an agent's request (or an operator's about an agent) was not carried out, in words they can act on.
 */
public class AgentRefusal extends RuntimeException {

    /** What kind of refusal it is, which decides how an API answers it. */
    public enum Kind {
        /** the request itself is wrong (an empty reply, a bad username): fix the request */
        INVALID,
        /** what it is about does not exist */
        NOT_FOUND,
        /** the request is fine but the state forbids it now (window closed, conversation closed, name taken) */
        CONFLICT
    }

    private final Kind kind;
    private final String code;

    public AgentRefusal(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    /** A stable code for the UI, e.g. {@code window_closed}. */
    public String code() {
        return code;
    }
}
