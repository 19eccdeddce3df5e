package io.igbridge.rules;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Re-reads the rules files (the default one and the accounts' own) every {@code IGBRIDGE_RULES_RELOAD_INTERVAL} and reloads it when its content changed
 * (content, not modification time: an edit within the file system's time resolution is not missed). Does
 * nothing for the built-in rules, or when the interval is zero.
 */
final class RulesFileWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RulesFileWatcher.class);

    private final Runnable reload;
    private final boolean watch;
    /** What is watched, in words for the log. */
    private final String watched;
    private final Duration interval;
    private ScheduledExecutorService executor;

    RulesFileWatcher(RuleBook ruleBook, Duration interval) {
        this.reload = ruleBook::reloadIfChanged;
        this.watch = ruleBook.sourceChanges();
        this.watched = ruleBook.source();
        this.interval = interval;
    }

    /** Watches the default rules file and the accounts' own files (an account may be given one at any time). */
    RulesFileWatcher(AccountRuleBooks ruleBooks, Duration interval) {
        RuleBook ruleBook = ruleBooks.defaultBook();
        this.reload = ruleBooks::reloadIfChanged;
        this.watch = true;
        this.watched = (ruleBook.sourceChanges() ? ruleBook.source() + " and " : "") + "the accounts' own rules files";
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        if (!watch || interval.isZero() || interval.isNegative() || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "igbridge-rules-reload");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Watching {} for changes every {}", watched, interval);
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
            reload.run();
        } catch (RuntimeException unexpected) {
            // a bug, not a bad file (those are reported by the rule book); keep watching
            log.error("Checking {} for changes failed", watched, unexpected);
        }
    }
}
