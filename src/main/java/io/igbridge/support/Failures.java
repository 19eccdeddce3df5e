package io.igbridge.support;

import java.sql.SQLException;

/**
 * A failure described for a log line or a stored error. Database errors are reduced to their class and SQL
 * state: their messages quote the values that failed (payload text, ids), which don't belong in logs.
 */
public final class Failures {

    private static final int MAX_LENGTH = 300;

    private Failures() {
    }

    public static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return failure.getClass().getSimpleName() + " (database error, SQL state " + sql.getSQLState() + ")";
            }
        }
        String message = failure.getMessage();
        String described = failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return Text.limit(described, MAX_LENGTH);
    }
}
