package io.igbridge.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.igbridge.config.Secret;
import io.igbridge.webhook.SignatureVerifier;

/** Talks to a running igbridge over real HTTP, signing bodies exactly as Meta does (HMAC over the bytes sent). */
public final class WebhookClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public WebhookClient(int port) {
        this("http://127.0.0.1:" + port);
    }

    public WebhookClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static String signature(String secret, byte[] body) {
        return SignatureVerifier.sign(new Secret(secret), body);
    }

    /** POSTs the bytes to the signed endpoint with a valid signature for {@link TestSecrets#APP_SECRET}. */
    public HttpResponse<String> postSigned(byte[] body) {
        return post("/api/instagram/webhook", body, "Content-Type", "application/json",
                "X-Hub-Signature-256", signature(TestSecrets.APP_SECRET, body));
    }

    public HttpResponse<String> postSigned(String body) {
        return postSigned(body.getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> post(String path, byte[] body, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    public HttpResponse<String> postTest(String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return post("/api/instagram/webhook-test", body.getBytes(StandardCharsets.UTF_8), all);
    }

    public HttpResponse<String> getWithToken(String pathAndQuery, String bearerToken) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + bearerToken).GET().build());
    }

    /** POSTs a JSON body with {@code Authorization: Bearer <bearerToken>} (the admin API). */
    public HttpResponse<String> postJsonWithToken(String path, String json, String bearerToken) {
        return post(path, json.getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json",
                "Authorization", "Bearer " + bearerToken);
    }

    /** PUTs a JSON body with {@code Authorization: Bearer <bearerToken>} (the admin API). */
    public HttpResponse<String> putJsonWithToken(String path, String json, String bearerToken) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + bearerToken)
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** DELETE with {@code Authorization: Bearer <bearerToken>} (the admin API). */
    public HttpResponse<String> deleteWithToken(String path, String bearerToken) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + bearerToken).DELETE().build());
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(Duration.ofSeconds(30))
                .GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
