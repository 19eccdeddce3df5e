package io.igbridge.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** POSTs JSON with bounded timeouts; a 5xx or an I/O error is retryable, a 4xx is not. Never logs the URL. */
final class JsonPoster {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    void post(String url, byte[] json, String target, String... headers) throws NotificationFailedException {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 300) {
                throw new NotificationFailedException(target + " answered HTTP " + status, status >= 500 || status == 429);
            }
        } catch (IOException e) {
            throw new NotificationFailedException(target + " unreachable: " + e.getClass().getSimpleName(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotificationFailedException(target + " interrupted", true);
        }
    }
}
