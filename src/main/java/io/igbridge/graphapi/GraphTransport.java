package io.igbridge.graphapi;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.config.IgbridgeProperties.LoginType;
import io.igbridge.config.Secret;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a {@link GraphRequest} for an account over HTTP: the host by login type (or {@code INSTAGRAM_GRAPH_API_URL}),
 * the token as {@code Authorization: Bearer} (Instagram Login) or as the {@code access_token} query parameter
 * (Facebook Login), {@code appsecret_proof} when enabled, a bound on the whole exchange. A 2xx answer is returned;
 * anything else becomes a {@link GraphApiException}. The URL is never logged nor put in an exception: with
 * Facebook Login its query holds the token.
 *
 * <p>Apache HttpClient's classic (blocking) API: each call runs on the thread that makes it, from a pool of kept-alive
 * connections. The JDK's {@code HttpClient} handed every exchange between threads and spent about four times the CPU
 * per call (docs/benchmarks.md). Never retried here (a POST Meta may have carried out must not go twice: the outbox
 * decides), never redirected (the token would go along), no cookies.
 */
final class GraphTransport {

    private static final Logger log = LoggerFactory.getLogger(GraphTransport.class);
    /** Connections kept to one host, at most: more than the sending threads a node runs by default. */
    private static final int MAX_CONNECTIONS = 64;
    /**
     * Ends the exchanges that outlive their bound (a body trickling in): one thread for every client. A deadline
     * cancelled once its call is over leaves the queue at once, not when it would have expired (thousands of requests
     * held for the timeout at a few hundred calls a second).
     */
    private static final ScheduledExecutorService DEADLINES = deadlines();

    private final IgbridgeProperties.GraphApi settings;
    private final Secret appSecret;
    private final Clock clock;
    private final CloseableHttpClient http;

    GraphTransport(IgbridgeProperties.GraphApi settings, Secret appSecret, Clock clock) {
        this.settings = settings;
        this.appSecret = appSecret == null ? new Secret("") : appSecret;
        this.clock = clock;
        Timeout timeout = Timeout.of(settings.timeout());
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnPerRoute(MAX_CONNECTIONS).setMaxConnTotal(MAX_CONNECTIONS)
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout)
                        .setSocketTimeout(timeout).setValidateAfterInactivity(TimeValue.ofSeconds(1)).build())
                .build();
        // never follow a redirect: it would carry the token to wherever it points
        this.http = HttpClients.custom().setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).build())
                .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement()
                .disableContentCompression().disableAuthCaching().build();
    }

    private static ScheduledExecutorService deadlines() {
        var deadlines = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "igbridge-graph-api-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        deadlines.setRemoveOnCancelPolicy(true);
        return deadlines;
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
        HttpUriRequestBase httpRequest = httpRequest(account, request, path, query);
        log.debug("Graph API {}", call);
        Answer answer = exchange(call, httpRequest);
        int status = answer.status();
        if (status >= 200 && status < 300) {
            return new GraphResponse(call, status, GraphJson.parseOrMissing(answer.body()),
                    UsageHeaders.read(answer.headers()));
        }
        throw new GraphApiException(call,
                GraphErrors.fromAnswer(status, answer.body(), answer.headers(), clock.instant(), secrets));
    }

    private HttpUriRequestBase httpRequest(GraphAccount account, GraphRequest request, String path,
            Map<String, String> query) {
        URI uri;
        try {
            String base = settings.baseUrl(account.login()).replaceAll("/+$", "");
            uri = URI.create(base + path + (query.isEmpty() ? "" : "?" + formEncode(query)));
        } catch (IllegalArgumentException invalid) {
            // the exception's message would quote the URL, token included
            throw new IllegalStateException("INSTAGRAM_GRAPH_API_URL is not a valid URL");
        }
        var httpRequest = new HttpUriRequestBase(request.method(), uri);
        httpRequest.setHeader("Accept", "application/json");
        if (account.login() == LoginType.INSTAGRAM && !request.tokenEndpoint()) {
            httpRequest.setHeader("Authorization", "Bearer " + account.accessToken().reveal());
        }
        if (request.body() != null) {
            httpRequest.setEntity(new StringEntity(request.body(),
                    ContentType.create(request.contentType(), StandardCharsets.UTF_8)));
        }
        return httpRequest;
    }

    /**
     * The answer, read whole within the timeout: the socket's timeout ends a silence, and a deadline ends an answer
     * trickling in, whose every byte would otherwise hold the sending thread a little longer.
     */
    private Answer exchange(String call, HttpUriRequestBase request) {
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> deadline = DEADLINES.schedule(() -> {
            expired.set(true);
            request.cancel();
        }, settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            return http.execute(request, GraphTransport::read);
        } catch (IOException noAnswer) { // refused, reset, closed, timed out
            // a silence past the socket's timeout, a connection not made in time, the deadline's cancel: all timeouts
            boolean timedOut = expired.get() || noAnswer instanceof InterruptedIOException;
            throw new GraphApiException(call, GraphErrors.noAnswer(timedOut
                    ? new HttpTimeoutException("no complete answer within " + settings.timeout()) : noAnswer));
        } finally {
            deadline.cancel(false);
        }
    }

    private static Answer read(ClassicHttpResponse response) throws IOException {
        // read as UTF-8 whatever the Content-Type says, as Meta's JSON is
        String body = response.getEntity() == null ? ""
                : new String(EntityUtils.toByteArray(response.getEntity()), StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
        }
        return new Answer(response.getCode(), body, HttpHeaders.of(headers, (name, value) -> true));
    }

    private record Answer(int status, String body, HttpHeaders headers) {
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
