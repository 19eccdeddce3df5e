package io.igbridge.rules;

import static io.igbridge.rules.Events.ANNA;
import static io.igbridge.rules.Events.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A rule's cooldown counts per user and per rule, on the injected clock. */
class CooldownTests {

    final RulesUnderTest rules = RulesUnderTest.of("""
            rules:
              - name: greeting
                trigger: dm
                priority: 10
                cooldown: 24h
                when: {any: [bonjour]}
                actions:
                  - reply_dm: "Bonjour ! Notre équipe vous répondra bientôt."
              - name: welcome-back
                trigger: dm
                when: {any: [bonjour]}
                actions:
                  - tag: greeted-again
            """);

    @Test
    void aSecondGreetingWithin24HoursIsNotRepeated() {
        assertThat(rules.texts(Events.dm(ANNA, "Bonjour"))).hasSize(1);
        rules.clock.advance(Duration.ofHours(23).plusMinutes(59));

        assertThat(rules.texts(Events.dm(ANNA, "Bonjour"))).isEmpty();
    }

    @Test
    void theGreetingComesAgainAfter24Hours() {
        rules.texts(Events.dm(ANNA, "Bonjour"));
        rules.clock.advance(Duration.ofHours(24));

        assertThat(rules.texts(Events.dm(ANNA, "Bonjour"))).hasSize(1);
    }

    @Test
    void eachUserHasTheirOwnCooldown() {
        rules.texts(Events.dm(ANNA, "Bonjour"));

        assertThat(rules.texts(Events.dm(BOB, "Bonjour"))).hasSize(1);
    }

    @Test
    void aRuleInCooldownIsSkippedAndTheNextMatchingRuleFires() {
        assertThat(rules.decide(Events.dm(ANNA, "Bonjour"))).extracting(RuleDecision::ruleName)
                .containsExactly("greeting");

        assertThat(rules.decide(Events.dm(ANNA, "Bonjour"))).extracting(RuleDecision::ruleName)
                .containsExactly("welcome-back");
    }

    @Test
    void eachRuleHasItsOwnCooldown() {
        var two = RulesUnderTest.of("""
                rules:
                  - name: greeting
                    trigger: dm
                    stop: false
                    cooldown: 24h
                    when: {any: [bonjour]}
                    actions: [reply_dm: "Bonjour !"]
                  - name: prices
                    trigger: dm
                    cooldown: 1h
                    when: {any: [prix]}
                    actions: [reply_dm: "Nos prix"]
                """);
        two.texts(Events.dm("Bonjour"));

        assertThat(two.texts(Events.dm("Bonjour, le prix ?"))).containsExactly("Nos prix");
        two.clock.advance(Duration.ofMinutes(61));
        assertThat(two.texts(Events.dm("Bonjour, le prix ?"))).containsExactly("Nos prix");
    }

    @Test
    void inMemoryCooldownsAreKeptPerAccountUserAndRule() {
        var cooldowns = new InMemoryCooldowns();
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        Duration day = Duration.ofHours(24);

        assertThat(cooldowns.tryAcquire("account", "anna", "greeting", day, now)).isTrue();
        assertThat(cooldowns.tryAcquire("account", "anna", "greeting", day, now.plusSeconds(1))).isFalse();
        assertThat(cooldowns.tryAcquire("account", "bob", "greeting", day, now)).isTrue();
        assertThat(cooldowns.tryAcquire("account", "anna", "prices", day, now)).isTrue();
        assertThat(cooldowns.tryAcquire("other-account", "anna", "greeting", day, now)).isTrue();
        assertThat(cooldowns.tryAcquire("account", "anna", "greeting", day, now.plus(day))).isTrue();
    }
}
