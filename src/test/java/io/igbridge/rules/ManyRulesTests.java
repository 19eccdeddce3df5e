package io.igbridge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * A file of 1,000 rules (a tenth of them regexes) loads and decides quickly: keywords are compiled once, rules
 * indexed by trigger. Measured here: about 1 s to load, about 0.5 ms per decision; the bounds leave room for slow
 * machines.
 */
class ManyRulesTests {

    private static String thousandRules() {
        return "rules:\n" + IntStream.range(0, 1000).mapToObj(i -> """
                  - name: rule-%1$d
                    trigger: %2$s
                    priority: %3$d
                    when:
                      match: %4$s
                      any: ['mot%1$da', 'mot%1$db', 'mot%1$dc', 'deux mots%1$d', 'mot%1$d\\d+x']
                      none: [interdit%1$d]
                    actions:
                      - reply_dm: "Réponse %1$d à {text}"
                """.formatted(i, i % 2 == 0 ? "dm" : "[dm, story_reply]", i % 7, i % 10 == 9 ? "regex" : "word"))
                .collect(Collectors.joining());
    }

    @Test
    void aThousandRulesLoadInSecondsAndDecideInMilliseconds() {
        long loadStart = System.nanoTime();
        var rules = RulesUnderTest.of(thousandRules());
        Duration load = Duration.ofNanos(System.nanoTime() - loadStart);
        assertThat(rules.book.ruleCount()).isEqualTo(1000);
        assertThat(load).isLessThan(Duration.ofSeconds(5));

        String noMatch = "Bonjour, je voudrais savoir si la veste bleue existe en taille M et quel est son prix";
        for (int i = 0; i < 200; i++) {
            rules.decide(Events.dm(noMatch));
        }
        long start = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            assertThat(rules.decide(Events.dm(noMatch))).isEmpty();
        }
        Duration thousandDecisions = Duration.ofNanos(System.nanoTime() - start);

        assertThat(thousandDecisions).isLessThan(Duration.ofSeconds(3));
        assertThat(rules.texts(Events.dm("un MOT999A ici"))).containsExactly("Réponse 999 à un MOT999A ici");
        assertThat(rules.texts(Events.dm("deux mots500"))).containsExactly("Réponse 500 à deux mots500");
        assertThat(rules.texts(Events.dm("mot19123x"))).containsExactly("Réponse 19 à mot19123x");
    }
}
