package io.igbridge.diagnostics;

/**
 * One thing the self-check found.
 *
 * @param check    what was checked: {@code settings}, {@code graph_api}, {@code token}, {@code account_id},
 *                 {@code subscribed_fields}, {@code token_refresh}
 * @param severity {@code OK}, {@code WARNING} (works, but something will go wrong or is missing) or {@code ERROR}
 *                 (something does not work now)
 * @param message  what was found, in plain words
 * @param fix      how to fix it; null for an OK finding
 * @param account  the account added through the admin API it is about; null for the default account's (the
 *                 settings') findings
 */
record Finding(String check, Severity severity, String message, String fix, String account) {

    Finding(String check, Severity severity, String message, String fix) {
        this(check, severity, message, fix, null);
    }

    /** This finding, about {@code accountId}. */
    Finding about(String accountId) {
        return new Finding(check, severity, message, fix, accountId);
    }

    enum Severity {
        OK, WARNING, ERROR
    }

    static Finding ok(String check, String message) {
        return new Finding(check, Severity.OK, message, null);
    }

    static Finding warning(String check, String message, String fix) {
        return new Finding(check, Severity.WARNING, message, fix);
    }

    static Finding error(String check, String message, String fix) {
        return new Finding(check, Severity.ERROR, message, fix);
    }
}
