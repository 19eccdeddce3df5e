package io.igbridge.graphapi;

import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.igbridge.graphapi.GraphFailure.Kind;

/**
 * The one place Meta's errors are mapped to what the caller does next (meta-platform.md §6.5, from
 * https://developers.facebook.com/docs/graph-api/guides/error-handling and
 * https://developers.facebook.com/docs/messenger-platform/error-codes). In order: re-authorize (190, 102) before
 * anything else; 613/2018338 (message tags look abusive) is permanent, not a rate limit; then rate limits; then
 * transient (1, 2, {@code is_transient}, HTTP 5xx and 408: a 5xx is retried whatever its code); everything else is
 * permanent (window closed 10/2534022, 551, 100/2534025, permissions 3, 10, 200–299, …).
 */
final class GraphErrors {

    /** When a rate limit says neither {@code estimated_time_to_regain_access} nor {@code Retry-After}. */
    static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(60);

    private static final Set<Integer> RATE_LIMIT_CODES = Set.of(4, 17, 32, 341, 613);
    private static final int MAX_MESSAGE_LENGTH = 500;

    private GraphErrors() {
    }

    static Kind classify(int httpStatus, Integer code, Integer subcode, boolean isTransient) {
        int c = code == null ? 0 : code;
        if (c == 190 || c == 102) {
            return Kind.REAUTHORIZE;
        }
        if (c == 613 && subcode != null && subcode == 2018338) {
            return Kind.PERMANENT;
        }
        if (RATE_LIMIT_CODES.contains(c) || (c >= 80000 && c <= 80099) || httpStatus == 429) {
            return Kind.RATE_LIMITED;
        }
        if (c == 1 || c == 2 || isTransient || httpStatus >= 500 || httpStatus == 408) {
            return Kind.TRANSIENT;
        }
        return Kind.PERMANENT;
    }

    /**
     * The failure an error answer means. {@code secrets} (the token, the proof) are cut out of Meta's text, in
     * case an answer ever echoes them; a body that is not Meta's envelope is described, never copied.
     */
    static GraphFailure fromAnswer(int httpStatus, String body, HttpHeaders headers, Instant now,
            Collection<String> secrets) {
        GraphUsage usage = UsageHeaders.read(headers);
        Optional<MetaError> parsed = MetaError.parse(body);
        Optional<Duration> retryAfterHeader = retryAfterHeader(headers, now);
        if (parsed.isEmpty()) {
            Kind kind = classify(httpStatus, null, null, false);
            String what = body == null || body.isBlank() ? "empty body" : "no Graph error in the body ("
                    + headers.firstValue("Content-Type").orElse("no Content-Type") + ", " + body.length() + " chars)";
            return new GraphFailure(kind, httpStatus, null, null, "HTTP " + httpStatus + " with " + what, null, null,
                    wait(kind, usage, retryAfterHeader), usage);
        }
        MetaError error = parsed.get();
        Kind kind = classify(httpStatus, error.code(), error.subcode(), error.isTransient());
        String userMessage = join(error.userTitle(), error.userMessage());
        return new GraphFailure(kind, httpStatus, error.code(), error.subcode(), safe(error.message(), secrets),
                safe(userMessage, secrets), safe(error.fbtraceId(), secrets), wait(kind, usage, retryAfterHeader),
                usage);
    }

    /** No answer at all: a timeout, a refused or reset connection. */
    static GraphFailure noAnswer(Throwable cause) {
        String what = cause instanceof HttpTimeoutException ? "timed out" : "no answer";
        return new GraphFailure(Kind.TRANSIENT, 0, null, null, what + " (" + cause.getClass().getSimpleName() + ")",
                null, null, null, GraphUsage.NONE);
    }

    /** A 2xx answer saying {@code "success": false}: Meta did not do it and gave no reason. */
    static GraphFailure unsuccessful(int httpStatus, GraphUsage usage) {
        return new GraphFailure(Kind.PERMANENT, httpStatus, null, null, "answered \"success\": false", null, null,
                null, usage);
    }

    /**
     * The profile can't be read for this person, which is normal and not an error: "User consent is required to
     * access user profile" (code 230; the person only commented, https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/messaging-api/user-profile),
     * no matching user (100/2534014, "(#100) No matching user found", 9010 "No matching Instagram user").
     */
    static boolean meansNoProfileAccess(GraphFailure failure) {
        if (failure.kind() != Kind.PERMANENT) {
            return false;
        }
        Integer code = failure.code();
        Integer subcode = failure.subcode();
        String message = failure.message() == null ? "" : failure.message().toLowerCase(Locale.ROOT);
        boolean byCode = code != null
                && (code == 230 || code == 9010 || (code == 100 && subcode != null && subcode == 2534014));
        return byCode || message.contains("consent is required") || message.contains("no matching");
    }

    private static Duration wait(Kind kind, GraphUsage usage, Optional<Duration> retryAfterHeader) {
        if (kind == Kind.RATE_LIMITED) {
            if (!usage.regainAccess().isZero()) {
                return usage.regainAccess();
            }
            return retryAfterHeader.orElse(DEFAULT_RATE_LIMIT_WAIT);
        }
        return kind == Kind.TRANSIENT ? retryAfterHeader.orElse(null) : null;
    }

    /** {@code Retry-After}: seconds, or an HTTP date; zero, past or unreadable counts as absent. */
    static Optional<Duration> retryAfterHeader(HttpHeaders headers, Instant now) {
        Optional<String> value = headers.firstValue("Retry-After").map(String::strip);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Duration wait;
        if (value.get().matches("\\d{1,9}")) {
            wait = Duration.ofSeconds(Long.parseLong(value.get()));
        } else {
            try {
                wait = Duration.between(now, ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant());
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
        return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    private static String join(String title, String message) {
        if (title == null) {
            return message;
        }
        return message == null ? title : title + ": " + message;
    }

    private static String safe(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        String cleaned = text;
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                cleaned = cleaned.replace(secret, "[secret]");
            }
        }
        cleaned = cleaned.replaceAll("\\p{Cntrl}", " ");
        if (cleaned.length() <= MAX_MESSAGE_LENGTH) {
            return cleaned;
        }
        int end = Character.isHighSurrogate(cleaned.charAt(MAX_MESSAGE_LENGTH - 1)) ? MAX_MESSAGE_LENGTH - 1
                : MAX_MESSAGE_LENGTH;
        return cleaned.substring(0, end) + "…";
    }
}
