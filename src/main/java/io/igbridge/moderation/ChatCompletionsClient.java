package io.igbridge.moderation;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.igbridge.moderation.RemoteFailure.Kind;
import io.igbridge.support.BoundedExchange;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One exchange with an OpenAI-compatible {@code POST /chat/completions}: a system prompt and a user message in,
 * the first choice's message content out, the whole exchange bounded by the settings' timeout. Anything else
 * becomes a {@link RemoteFailure} that quotes neither the API key nor the answer.
 */
final class ChatCompletionsClient {

    static final String PATH = "/chat/completions";

    private static final JsonMapper JSON = JsonMapper.shared();

    private final ModerationProperties.Llm settings;
    private final HttpClient http;

    ChatCompletionsClient(ModerationProperties.Llm settings) {
        this.settings = settings;
        // never follow a redirect: it would carry the API key to wherever it points
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The endpoint: the configured URL, with {@value #PATH} added unless it already ends with it. */
    static String endpoint(String url) {
        String base = url.replaceAll("/+$", "");
        return base.endsWith(PATH) ? base : base + PATH;
    }

    /** The content of {@code choices[0].message}, as the model wrote it. */
    String complete(String systemPrompt, String userMessage) throws RemoteFailure {
        HttpResponse<String> response = exchange(request(systemPrompt, userMessage));
        int status = response.statusCode();
        if (status < 200 || status >= 300) {
            throw new RemoteFailure(Kind.HTTP_STATUS, "HTTP " + status);
        }
        JsonNode content;
        try {
            content = JSON.readTree(response.body()).path("choices").path(0).path("message").path("content");
        } catch (JacksonException notJson) {
            throw RemoteFailure.invalidAnswer("not JSON");
        }
        if (!content.isString()) {
            throw RemoteFailure.invalidAnswer("no choices[0].message.content");
        }
        return content.stringValue();
    }

    private HttpRequest request(String systemPrompt, String userMessage) throws RemoteFailure {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", settings.model());
        body.put("temperature", 0);
        body.putObject("response_format").put("type", "json_object");
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", systemPrompt);
        messages.addObject().put("role", "user").put("content", userMessage);
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(endpoint(settings.url())));
        } catch (IllegalArgumentException invalid) {
            throw new RemoteFailure(Kind.MISCONFIGURED, "the URL is not valid");
        }
        builder.timeout(settings.timeout()).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        if (!settings.apiKey().isBlank()) {
            builder.header("Authorization", "Bearer " + settings.apiKey().reveal());
        }
        return builder.build();
    }

    private HttpResponse<String> exchange(HttpRequest request) throws RemoteFailure {
        try {
            return BoundedExchange.send(http, request, settings.timeout());
        } catch (HttpTimeoutException timedOut) {
            throw new RemoteFailure(Kind.TIMEOUT, "timeout after " + shortly(settings.timeout()));
        } catch (ConnectException refused) {
            throw new RemoteFailure(Kind.UNREACHABLE, "cannot connect");
        } catch (IOException failed) {
            // its message may quote the URL or the answer, so only its type is kept
            throw new RemoteFailure(Kind.UNREACHABLE, "network error (" + failed.getClass().getSimpleName() + ")");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new RemoteFailure(Kind.INTERRUPTED, "interrupted");
        }
    }

    /** {@code 5s}, {@code 300ms}. */
    static String shortly(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
