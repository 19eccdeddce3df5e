package io.igbridge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** The rules' beans and settings, in a small Spring context. */
class RulesConfigurationTests {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(RulesConfiguration.class)
            .withBean(Clock.class, Clock::systemUTC);

    @TempDir
    Path directory;

    @Test
    void withoutAFileTheBuiltInRulesAreInForceWithThePriceUrlSetting() {
        context.withPropertyValues("igbridge.rules.prices-url=https://atelier-lin.example/tarifs").run(beans -> {
            assertThat(beans.getBean(RuleBook.class).source()).isEqualTo("classpath:rules/default-rules.yml");
            var decisions = beans.getBean(AutoReplyRules.class)
                    .decide(RuleInput.of(Events.dm("prix ?"), Clock.systemUTC()));
            assertThat(decisions).extracting(decision -> RulesUnderTest.text(decision.action()))
                    .containsExactly("Consultez nos tarifs sur notre site web : https://atelier-lin.example/tarifs");
        });
    }

    @Test
    void theSettingsHaveTheirDocumentedDefaults() {
        context.run(beans -> {
            var properties = beans.getBean(RulesProperties.class);
            assertThat(properties.file()).isEmpty();
            assertThat(properties.reloadInterval()).isEqualTo(Duration.ofSeconds(2));
            assertThat(properties.pricesUrl()).isEqualTo("https://example.com/prix");
        });
    }

    @Test
    void aConfiguredFileIsLoadedAndWatched() throws IOException {
        Path file = directory.resolve("rules.yml");
        Files.writeString(file, "rules: [{name: hi, trigger: dm, actions: [reply_dm: \"Salut !\"]}]\n");

        context.withPropertyValues("igbridge.rules.file=" + file, "igbridge.rules.reload-interval=50ms").run(beans -> {
            assertThat(beans.getBean(RuleBook.class).source()).isEqualTo(file.toString());
            assertThat(beans.getBean(RulesFileWatcher.class).isRunning()).isTrue();
        });
    }

    @Test
    void aConfiguredFileWithProblemsFailsStartUpNamingTheLine() throws IOException {
        Path file = directory.resolve("rules.yml");
        Files.writeString(file, """
                rules:
                  - name: greeting
                    trigger: dms
                    actions: [reply_dm: "Bonjour !"]
                """);

        context.withPropertyValues("igbridge.rules.file=" + file).run(beans -> {
            assertThat(beans).hasFailed();
            Throwable failure = beans.getStartupFailure();
            FailureAnalysis analysis = new RulesFileFailureAnalyzer().analyze(failure);
            assertThat(analysis.getDescription()).isEqualTo("Rules file " + file + " has 1 problem:\n"
                    + "  line 3, column 14: unknown trigger 'dms' (did you mean 'dm'?)");
            assertThat(analysis.getAction()).contains("unset IGBRIDGE_RULES_FILE to start with the built-in rules");
        });
    }

    @Test
    void theFailureAnalyzerIsRegisteredWithSpringBoot() {
        // Boot's own analyzers need constructor arguments this test doesn't give; only ours matters here
        SpringFactoriesLoader.FailureHandler ignoreOthers = (type, implementation, failure) -> { };
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class, null, ignoreOthers))
                .hasAtLeastOneElementOfType(RulesFileFailureAnalyzer.class);
    }

    @Test
    void cooldownsConversationFactsAndLanguageGuessBeansAreUsedWhenPresent() {
        Cooldowns never = (account, user, rule, cooldown, now) -> false;

        context.withBean(Cooldowns.class, () -> never).run(beans -> {
            var decisions = beans.getBean(AutoReplyRules.class)
                    .decide(RuleInput.of(Events.dm("Bonjour"), Clock.systemUTC()));
            assertThat(decisions).as("the greeting's cooldown is never free").isEmpty();
        });
    }
}
