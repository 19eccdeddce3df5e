package io.igbridge.support;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One HTTP exchange bounded as a whole, body included: the JDK's request timeout ends when the headers arrive, so
 * a body trickling in would otherwise hold the caller as long as the server likes.
 */
public final class BoundedExchange {

    private BoundedExchange() {
    }

    /**
     * The answer, its body read as UTF-8 text.
     *
     * @throws HttpTimeoutException when the answer was not complete within {@code bound}
     * @throws IOException          when there was no answer (refused, reset, closed)
     * @throws InterruptedException when the thread was interrupted; the exchange is cancelled
     */
    public static HttpResponse<String> send(HttpClient http, HttpRequest request, Duration bound)
            throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<String>> answer =
                http.sendAsync(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            return answer.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException timedOut) {
            answer.cancel(true);
            throw new HttpTimeoutException("no complete answer within " + bound);
        } catch (InterruptedException interrupted) {
            answer.cancel(true);
            throw interrupted;
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof IOException noAnswer) {
                throw noAnswer;
            }
            // not a network failure but a bug; its message may quote the URL, so only its type is kept
            throw new IllegalStateException("HTTP exchange failed: " + cause.getClass().getName());
        }
    }
}
