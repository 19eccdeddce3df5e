package io.igbridge.inbox;

/**
 * Why an agent's request (or an operator's about an agent) was not carried out, in words they can act on.
 */
public class AgentRefusal extends RuntimeException {

    public static AgentRefusal badRequest(String code, String message) {
        return new AgentRefusal(code, message);
    }

    private final String code;

    AgentRefusal(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable code for the UI, e.g. {@code window_closed}. */
    public String code() {
        return code;
    }
}
