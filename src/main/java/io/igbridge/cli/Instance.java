package io.igbridge.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A running igbridge, over HTTP. A request that gets no answer fails with the sentence a user needs ("connection
 * refused: is igbridge running at …?"); an answer, whatever its status, is returned.
 */
final class Instance {

    /** The self-check asks Meta, within the service's own Graph API timeout (10 s by default) per call. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final String baseUrl;

    Instance(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String baseUrl() {
        return baseUrl;
    }

    String url(String path) {
        return baseUrl + path;
    }

    Answer get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    Answer post(String path, byte[] body, String... headers) {
        return send(request(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        URI uri;
        try {
            uri = URI.create(url(path));
        } catch (IllegalArgumentException notAUrl) {
            throw new CommandFailure("not a URL: " + url(path) + " (give --url like http://localhost:8000)");
        }
        var request = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
        return headers.length == 0 ? request : request.headers(headers);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (ConnectException refused) {
            throw new CommandFailure("connection refused: is igbridge running at " + baseUrl + "? (start it with"
                    + " java -jar igbridge.jar, or give its address with --url)");
        } catch (HttpConnectTimeoutException unreachable) {
            throw new CommandFailure("no connection to " + baseUrl + " within " + CONNECT_TIMEOUT.toSeconds()
                    + " s: is igbridge running there, and is it reachable from here?");
        } catch (HttpTimeoutException slow) {
            throw new CommandFailure("igbridge at " + baseUrl + " did not answer within " + TIMEOUT.toSeconds() + " s");
        } catch (IOException failed) {
            String reason = failed.getCause() instanceof UnknownHostException ? "unknown host" : failed.toString();
            throw new CommandFailure("can't reach igbridge at " + baseUrl + ": " + reason);
        } catch (IllegalArgumentException unsupported) {
            throw new CommandFailure("can't reach igbridge at " + baseUrl + ": " + unsupported.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CommandFailure("interrupted");
        }
    }
}
