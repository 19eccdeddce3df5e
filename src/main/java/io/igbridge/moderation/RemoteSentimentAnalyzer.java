package io.igbridge.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Classifies with a model behind an OpenAI-compatible chat-completions endpoint, and falls back to another
 * analyzer (the built-in one) whenever the model gives no usable answer, with the cause as the last reason. A
 * text's answer is kept {@link #CACHE_TTL}, so a text is sent once; after a failure the model is not called for
 * {@link #PAUSE}, so a server that is down doesn't add its timeout to every comment.
 */
final class RemoteSentimentAnalyzer implements SentimentAnalyzer {

    static final Duration PAUSE = Duration.ofSeconds(30);
    static final Duration CACHE_TTL = Duration.ofHours(1);
    static final String FALLBACK_ANALYZER = "built-in";

    private record Pause(Instant until, String cause) {
    }

    private final ChatCompletionsClient client;
    private final SentimentAnalyzer fallback;
    private final Clock clock;
    private final Cache<String, Classification> answers;
    private final RemoteFailureLog failures;
    private final AtomicReference<Pause> pause = new AtomicReference<>();

    RemoteSentimentAnalyzer(ModerationProperties.Llm settings, SentimentAnalyzer fallback) {
        this(settings, fallback, Clock.systemUTC());
    }

    RemoteSentimentAnalyzer(ModerationProperties.Llm settings, SentimentAnalyzer fallback, Clock clock) {
        this.client = new ChatCompletionsClient(settings);
        this.fallback = fallback;
        this.clock = clock;
        this.answers = Caffeine.newBuilder().maximumSize(settings.cacheSize()).expireAfterWrite(CACHE_TTL)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
        this.failures = new RemoteFailureLog(clock);
    }

    @Override
    public Classification classify(String text) {
        if (text == null || text.isBlank()) {
            return fallback.classify(text);
        }
        Classification known = answers.getIfPresent(text);
        if (known != null) {
            return known;
        }
        Pause paused = pause.get();
        if (paused != null && clock.instant().isBefore(paused.until())) {
            return fallBack(text, "paused after " + paused.cause());
        }
        try {
            Classification answer = RemoteAnswer.parse(client.complete(RemoteAnswer.INSTRUCTIONS, text));
            answers.put(text, answer);
            return answer;
        } catch (RemoteFailure failure) {
            pause.set(new Pause(clock.instant().plus(PAUSE), failure.getMessage()));
            failures.failed(failure);
            return fallBack(text, failure.getMessage());
        }
    }

    private Classification fallBack(String text, String cause) {
        return fallback.classify(text).withNote(FALLBACK_ANALYZER, "remote classifier unavailable: " + cause);
    }
}
