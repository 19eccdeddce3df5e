package io.igbridge.graphapi;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.config.IgbridgeProperties.LoginType;
import io.igbridge.config.Secret;
import io.igbridge.support.BoundedExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a {@link GraphRequest} for an account over HTTP: the host by login type (or {@code INSTAGRAM_GRAPH_API_URL}),
 * the token as {@code Authorization: Bearer} (Instagram Login) or as the {@code access_token} query parameter
 * (Facebook Login), {@code appsecret_proof} when enabled, a bound on the whole exchange. A 2xx answer is returned;
 * anything else becomes a {@link GraphApiException}. The URL is never logged nor put in an exception: with
 * Facebook Login its query holds the token.
 */
final class GraphTransport {

    private static final Logger log = LoggerFactory.getLogger(GraphTransport.class);

    private final IgbridgeProperties.GraphApi settings;
    private final Secret appSecret;
    private final Clock clock;
    private final HttpClient http;

    GraphTransport(IgbridgeProperties.GraphApi settings, Secret appSecret, Clock clock) {
        this.settings = settings;
        this.appSecret = appSecret == null ? new Secret("") : appSecret;
        this.clock = clock;
        // never follow a redirect: it would carry the token to wherever it points
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    GraphResponse send(GraphAccount account, GraphRequest request) {
        if (account.accessToken().isBlank()) {
            throw new IllegalStateException("no access token for account " + account.accountId()
                    + " (INSTAGRAM_ACCESS_TOKEN)");
        }
        String path = (request.tokenEndpoint() ? "" : "/" + settings.version()) + "/" + String.join("/", request.path());
        String call = request.method() + " " + path;
        List<String> secrets = new ArrayList<>(List.of(account.accessToken().reveal()));
        Map<String, String> query = new LinkedHashMap<>(request.query());
        if (account.login() == LoginType.FACEBOOK || request.tokenEndpoint()) {
            query.put("access_token", account.accessToken().reveal());
        }
        if (settings.appsecretProof()) {
            if (appSecret.isBlank()) {
                throw new IllegalStateException(
                        "IGBRIDGE_APPSECRET_PROOF is true but no app secret is set (INSTAGRAM_WEBHOOK_SECRET)");
            }
            String proof = AppSecretProof.of(appSecret, account.accessToken());
            query.put("appsecret_proof", proof);
            secrets.add(proof);
        }
        HttpRequest httpRequest = httpRequest(account, request, path, query);
        log.debug("Graph API {}", call);
        HttpResponse<String> response = exchange(call, httpRequest);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new GraphResponse(call, status, GraphJson.parseOrMissing(response.body()),
                    UsageHeaders.read(response.headers()));
        }
        throw new GraphApiException(call,
                GraphErrors.fromAnswer(status, response.body(), response.headers(), clock.instant(), secrets));
    }

    private HttpRequest httpRequest(GraphAccount account, GraphRequest request, String path,
            Map<String, String> query) {
        URI uri;
        try {
            String base = settings.baseUrl(account.login()).replaceAll("/+$", "");
            uri = URI.create(base + path + (query.isEmpty() ? "" : "?" + formEncode(query)));
        } catch (IllegalArgumentException invalid) {
            // the exception's message would quote the URL, token included
            throw new IllegalStateException("INSTAGRAM_GRAPH_API_URL is not a valid URL");
        }
        var builder = HttpRequest.newBuilder(uri).timeout(settings.timeout()).header("Accept", "application/json");
        if (account.login() == LoginType.INSTAGRAM && !request.tokenEndpoint()) {
            builder.header("Authorization", "Bearer " + account.accessToken().reveal());
        }
        if (request.body() == null) {
            return builder.method(request.method(), BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", request.contentType() + "; charset=UTF-8")
                .method(request.method(), BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8)).build();
    }

    private HttpResponse<String> exchange(String call, HttpRequest request) {
        try {
            return BoundedExchange.send(http, request, settings.timeout());
        } catch (IOException noAnswer) { // a timeout included
            throw new GraphApiException(call, GraphErrors.noAnswer(noAnswer));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new GraphApiException(call, GraphErrors.noAnswer(interrupted));
        }
    }

    static String formEncode(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
