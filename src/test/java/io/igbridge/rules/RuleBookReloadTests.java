package io.igbridge.rules;

import java.time.Instant;
import io.igbridge.support.SettableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules file is reloaded without restart; a broken version is reported with its line and changes nothing. */
class RuleBookReloadTests {

    static final String HELLO_RULES = """
            rules:
              - name: greeting
                trigger: dm
                when: {any: [bonjour]}
                actions:
                  - reply_dm: "Bonjour !"
            """;
    static final String GOODBYE_RULES = """
            rules:
              - name: farewell
                trigger: dm
                when: {any: [bonjour]}
                actions:
                  - reply_dm: "Au revoir !"
            """;
    static final String BROKEN_RULES = """
            rules:
              - name: farewell
                trigger: dm
                when: {any: [bonjour]}
                actions:
                  - reply_dm: "Au revoir {prenom} !"
            """;

    @TempDir
    Path directory;

    private Path file;
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T10:00:00Z"));

    private RuleBook bookOn(String content) throws IOException {
        file = directory.resolve("rules.yml");
        Files.writeString(file, content);
        return new RuleBook(RuleSource.file(file), new RulesFileParser("https://example.com/prix"), clock);
    }

    private static List<String> repliesToBonjour(RuleBook book) {
        var rules = new AutoReplyRules(book, new InMemoryCooldowns(), (a, u, e) -> true, LanguageGuess.stopWords(),
                RulesUnderTest.CLASSIFIER);
        return rules.decide(RuleInput.of(Events.dm("bonjour"), new SettableClock(Instant.parse("2026-11-23T10:00:00Z")))).stream()
                .map(decision -> RulesUnderTest.text(decision.action())).toList();
    }

    @Test
    void aChangedFileIsInForceAfterReload() throws IOException {
        RuleBook book = bookOn(HELLO_RULES);
        assertThat(repliesToBonjour(book)).containsExactly("Bonjour !");

        Files.writeString(file, GOODBYE_RULES);
        clock.advance(Duration.ofMinutes(5));

        assertThat(book.reload()).isEmpty();
        assertThat(repliesToBonjour(book)).containsExactly("Au revoir !");
        assertThat(book.loadedAt()).isEqualTo(clock.instant());
        assertThat(book.source()).isEqualTo(file.toString());
    }

    @Test
    void aBrokenFileIsReportedWithItsLineAndThePreviousRulesStayUntilItIsFixed() throws IOException {
        RuleBook book = bookOn(HELLO_RULES);

        Files.writeString(file, BROKEN_RULES);
        var error = book.reload();

        assertThat(error).isPresent();
        assertThat(error.get().problems()).extracting(RuleProblem::line).containsExactly(6);
        assertThat(book.lastReloadError()).containsSame(error.get());
        assertThat(repliesToBonjour(book)).containsExactly("Bonjour !");

        Files.writeString(file, GOODBYE_RULES);

        assertThat(book.reload()).isEmpty();
        assertThat(book.lastReloadError()).isEmpty();
        assertThat(repliesToBonjour(book)).containsExactly("Au revoir !");
    }

    @Test
    void aDeletedFileIsReportedAndThePreviousRulesStay() throws IOException {
        RuleBook book = bookOn(HELLO_RULES);
        Files.delete(file);

        var error = book.reload();

        assertThat(error).hasValueSatisfying(problems -> assertThat(problems.getMessage())
                .contains("can't read the file: no such file"));
        assertThat(repliesToBonjour(book)).containsExactly("Bonjour !");
    }

    @Test
    void aBrokenFileAtStartUpFailsWithItsLine() throws IOException {
        assertThatThrownBy(() -> bookOn(BROKEN_RULES))
                .isInstanceOf(RulesFileException.class)
                .hasMessageContaining("line 6, column 19: unknown variable {prenom}");
    }

    @Test
    void aMissingFileAtStartUpFails() {
        Path missing = directory.resolve("nowhere.yml");

        assertThatThrownBy(() -> new RuleBook(RuleSource.file(missing), new RulesFileParser("x"), clock))
                .isInstanceOf(RulesFileException.class)
                .hasMessage("Rules file " + missing + " has 1 problem:\n  can't read the file: no such file");
    }

    @Test
    void theWatcherReloadsTheFileWhenItChanges() throws IOException {
        RuleBook book = bookOn(HELLO_RULES);
        var watcher = new RulesFileWatcher(book, Duration.ofMillis(20));
        watcher.start();
        try {
            Files.writeString(file, GOODBYE_RULES);

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(repliesToBonjour(book)).containsExactly("Au revoir !"));
        } finally {
            watcher.stop();
        }
        assertThat(watcher.isRunning()).isFalse();
    }

    @Test
    void theWatcherReportsABrokenFileAndKeepsThePreviousRulesThenTakesTheFix() throws IOException {
        RuleBook book = bookOn(HELLO_RULES);
        var watcher = new RulesFileWatcher(book, Duration.ofMillis(20));
        watcher.start();
        try {
            Files.writeString(file, BROKEN_RULES);
            await().atMost(Duration.ofSeconds(5)).until(() -> book.lastReloadError().isPresent());
            assertThat(book.lastReloadError().get().problems()).extracting(RuleProblem::line).containsExactly(6);
            assertThat(repliesToBonjour(book)).containsExactly("Bonjour !");

            Files.writeString(file, GOODBYE_RULES);
            await().atMost(Duration.ofSeconds(5)).until(() -> book.lastReloadError().isEmpty());
            assertThat(repliesToBonjour(book)).containsExactly("Au revoir !");
        } finally {
            watcher.stop();
        }
    }

    @Test
    void theWatcherDoesNothingForTheBuiltInRules() {
        var watcher = new RulesFileWatcher(RuleBook.builtIn("https://example.com/prix", clock), Duration.ofMillis(20));

        watcher.start();

        assertThat(watcher.isRunning()).isFalse();
    }

    @Test
    void anUnchangedFileIsNotReloaded() throws IOException {
        RuleBook book = bookOn(HELLO_RULES);
        var loadedAt = book.loadedAt();
        clock.advance(Duration.ofMinutes(1));

        book.reloadIfChanged();

        assertThat(book.loadedAt()).isEqualTo(loadedAt);
    }
}
