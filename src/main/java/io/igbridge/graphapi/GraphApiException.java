package io.igbridge.graphapi;

import java.time.Duration;

import io.igbridge.graphapi.GraphFailure.Kind;

/**
 * A failed Graph API call. Its message names the method and path (never the query, where Facebook Login carries
 * the token) and Meta's error, so it can be logged and stored as it is. It has no cause: a transport exception
 * can print the full URL, so only its type is kept, in the message.
 */
public class GraphApiException extends RuntimeException {

    private final GraphFailure failure;

    /** @param call the method and path, without the query: {@code POST /v25.0/17841400000000001/messages} */
    public GraphApiException(String call, GraphFailure failure) {
        super("Graph API " + call + " failed: " + failure.summary(), null, false, false);
        this.failure = failure;
    }

    public GraphFailure failure() {
        return failure;
    }

    public Kind kind() {
        return failure.kind();
    }

    public int httpStatus() {
        return failure.httpStatus();
    }

    public Integer code() {
        return failure.code();
    }

    public Integer subcode() {
        return failure.subcode();
    }

    public String fbtraceId() {
        return failure.fbtraceId();
    }

    /** See {@link GraphFailure#retryAfter()}: null unless Meta said (or a rate limit implies) how long to wait. */
    public Duration retryAfter() {
        return failure.retryAfter();
    }
}
