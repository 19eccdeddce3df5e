package io.igbridge.accounts;

/**
 * Why an account can't be added or changed, in words for the operator; never holds the token.
 *
 * @see Kind
 */
public class AccountRefusal extends RuntimeException {

    /** What kind of refusal: the admin API answers 400, 404, 409 or 503 for them. */
    public enum Kind { INVALID, UNKNOWN, CONFLICT, NOT_CONFIGURED }

    private final Kind kind;
    private final String code;

    AccountRefusal(Kind kind, String code, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    /** A stable code for programs, e.g. {@code invalid_account_id}. */
    public String code() {
        return code;
    }
}
