package io.igbridge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * A file of 1,000 rules (a tenth of them regexes) loads, and each rule still answers what it should. How fast is
 * measured by a benchmark, not here: {@code RuleMatchingBenchmark} (docs/benchmarks.md).
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
    void aThousandRulesLoadAndEachStillAnswersItsOwnKeywords() {
        var rules = RulesUnderTest.of(thousandRules());
        assertThat(rules.book.ruleCount()).isEqualTo(1000);

        String noMatch = "Bonjour, je voudrais savoir si la veste bleue existe en taille M et quel est son prix";
        assertThat(rules.decide(Events.dm(noMatch))).isEmpty();
        assertThat(rules.texts(Events.dm("un MOT999A ici"))).containsExactly("Réponse 999 à un MOT999A ici");
        assertThat(rules.texts(Events.dm("deux mots500"))).containsExactly("Réponse 500 à deux mots500");
        assertThat(rules.texts(Events.dm("mot19123x"))).containsExactly("Réponse 19 à mot19123x");
        assertThat(rules.texts(Events.dm("mot4a mais interdit4"))).isEmpty();
    }
}
