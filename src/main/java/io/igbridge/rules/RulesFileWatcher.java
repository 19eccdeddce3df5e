package io.igbridge.rules;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Re-reads the rules file every {@code IGBRIDGE_RULES_RELOAD_INTERVAL} and reloads it when its content changed
 * (content, not modification time: an edit within the file system's time resolution is not missed). Does
 * nothing for the built-in rules, or when the interval is zero.
 */
final class RulesFileWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RulesFileWatcher.class);

    private final RuleBook ruleBook;
    private final Duration interval;
    private ScheduledExecutorService executor;

    RulesFileWatcher(RuleBook ruleBook, Duration interval) {
        this.ruleBook = ruleBook;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        if (!ruleBook.sourceChanges() || interval.isZero() || interval.isNegative() || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "igbridge-rules-reload");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Watching {} for changes every {}", ruleBook.source(), interval);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    private void poll() {
        try {
            ruleBook.reloadIfChanged();
        } catch (RuntimeException unexpected) {
            // a bug, not a bad file (those are reported by the rule book); keep watching
            log.error("Checking {} for changes failed", ruleBook.source(), unexpected);
        }
    }
}
