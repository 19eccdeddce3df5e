package io.igbridge.rules;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules in force. Loaded and validated when created (a file with problems fails, with every problem and its
 * line); then re-read on {@link #reload()} and, for a file, whenever its content changes (polled by
 * {@link RulesFileWatcher}). A file with problems is reported — logged with its lines and kept as
 * {@link #lastReloadError()} — and the previous rules stay in force until the file is fixed.
 */
public final class RuleBook {

    private static final Logger log = LoggerFactory.getLogger(RuleBook.class);

    private final RuleSource source;
    private final RulesFileParser parser;
    private final Clock clock;
    private volatile Loaded loaded;
    private volatile RulesFileException lastReloadError;
    /** The content last read (applied or not), null when the source could not be read; guarded by this. */
    private String lastSeenContent;

    private record Loaded(RuleSet rules, Instant at) {
    }

    /** What reading the source gave: its content, or why it can't be read. */
    private record Read(String content, RulesFileException problem) {
    }

    /** @throws RulesFileException when the source can't be read or has problems */
    RuleBook(RuleSource source, RulesFileParser parser, Clock clock) {
        this.source = source;
        this.parser = parser;
        this.clock = clock;
        Read read = read();
        if (read.problem() != null) {
            throw read.problem();
        }
        this.loaded = new Loaded(parser.parse(source.name(), read.content()), clock.instant());
        this.lastSeenContent = read.content();
        log.info("Auto-reply rules loaded from {}: {} rules", source.name(), ruleCount());
    }

    /** The built-in rules (the seed guide's auto-replies), with the price URL they link to. */
    public static RuleBook builtIn(String pricesUrl, Clock clock) {
        return new RuleBook(RuleSource.builtIn(), new RulesFileParser(pricesUrl), clock);
    }

    /**
     * Rules from a YAML text, e.g. in another package's tests; {@code name} names it in problems.
     *
     * @throws RulesFileException when the text has problems
     */
    public static RuleBook fromYaml(String name, String yaml, String pricesUrl, Clock clock) {
        return new RuleBook(new RuleSource.Text(name, yaml), new RulesFileParser(pricesUrl), clock);
    }

    /**
     * Rules from a file, read as the service reads {@code IGBRIDGE_RULES_FILE} (the command line's
     * {@code rules validate}).
     *
     * @throws RulesFileException when the file can't be read or has problems
     */
    public static RuleBook fromFile(Path file, String pricesUrl, Clock clock) {
        return new RuleBook(RuleSource.file(file), new RulesFileParser(pricesUrl), clock);
    }

    /** One enabled rule as an operator reads it: its name, the line it starts on, what it answers. */
    public record Outline(String name, int line, List<String> triggers) {
    }

    /** The enabled rules in force, in firing order. */
    public List<Outline> outline() {
        return loaded.rules().rules().stream().map(rule -> new Outline(rule.name(), rule.line(),
                rule.triggers().stream().sorted().map(Trigger::yamlName).toList())).toList();
    }

    RuleSet current() {
        return loaded.rules();
    }

    /**
     * Reads the source again now. Empty when its rules are now in force; otherwise the problems, also kept as
     * {@link #lastReloadError()}, and the previous rules stay in force.
     */
    public synchronized Optional<RulesFileException> reload() {
        Read read = read();
        lastSeenContent = read.content();
        return read.problem() != null ? Optional.of(rejected(read.problem())) : apply(read.content());
    }

    /** Reloads when the source's content differs from what was last read; a problem is reported once. */
    synchronized void reloadIfChanged() {
        Read read = read();
        if (Objects.equals(read.content(), lastSeenContent)) {
            return;
        }
        lastSeenContent = read.content();
        if (read.problem() != null) {
            rejected(read.problem());
        } else {
            apply(read.content());
        }
    }

    /** The problems of the last reload that was rejected; empty once a reload succeeds. */
    public Optional<RulesFileException> lastReloadError() {
        return Optional.ofNullable(lastReloadError);
    }

    /** Where the rules come from: the file's path, or {@code classpath:rules/default-rules.yml}. */
    public String source() {
        return source.name();
    }

    /** How many enabled rules are in force. */
    public int ruleCount() {
        return loaded.rules().rules().size();
    }

    /** When the rules in force were loaded. */
    public Instant loadedAt() {
        return loaded.at();
    }

    boolean sourceChanges() {
        return source.changes();
    }

    private Optional<RulesFileException> apply(String content) {
        try {
            loaded = new Loaded(parser.parse(source.name(), content), clock.instant());
        } catch (RulesFileException problems) {
            return Optional.of(rejected(problems));
        }
        lastReloadError = null;
        log.info("Auto-reply rules reloaded from {}: {} rules", source.name(), ruleCount());
        return Optional.empty();
    }

    private RulesFileException rejected(RulesFileException problems) {
        lastReloadError = problems;
        log.warn("{}\nThe previous rules stay in force until the file is fixed.", problems.getMessage());
        return problems;
    }

    private Read read() {
        try {
            return new Read(source.read(), null);
        } catch (IOException unreadable) {
            String reason = unreadable instanceof NoSuchFileException ? "no such file" : unreadable.toString();
            return new Read(null, new RulesFileException(source.name(),
                    List.of(new RuleProblem(0, 0, "can't read the file: " + reason))));
        }
    }
}
