package io.igbridge.processing;

import java.time.Duration;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.support.RetryPolicy;

/** How a failed delivery or event is retried: IGBRIDGE_PROCESSING_RETRY_BACKOFF doubling, at most 15 minutes. */
final class ProcessingRetry {

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(15);

    private ProcessingRetry() {
    }

    static RetryPolicy policy(IgbridgeProperties properties) {
        var settings = properties.processing();
        return new RetryPolicy(settings.retryBackoff(), MAX_BACKOFF, settings.maxAttempts());
    }
}
