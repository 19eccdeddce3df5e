package io.igbridge.moderation;

/** Writes the numbers of reasons without {@code String.format}, which costs more than classifying a comment. */
final class Reasons {

    private Reasons() {
    }

    /** {@code " (+0.52)"}, {@code " (-1.04)"}: a sign, two decimals, in brackets. */
    static StringBuilder appendSigned(StringBuilder text, double value) {
        text.append(" (").append(value < 0 ? '-' : '+');
        return appendTwoDecimals(text, Math.abs(value)).append(')');
    }

    /** {@code "0.52"}, {@code "2.40"} for a value of at least 0. */
    static StringBuilder appendTwoDecimals(StringBuilder text, double value) {
        long hundredths = Math.round(value * 100);
        text.append(hundredths / 100).append('.');
        long rest = hundredths % 100;
        return text.append(rest < 10 ? "0" : "").append(rest);
    }
}
