package io.igbridge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import io.igbridge.events.InstagramEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reply texts with {@code {username}}, {@code {first_name}}, {@code {text}} and the file's constants. */
class TemplateTests {

    private static String reply(String template, String username, String firstName, InstagramEvent event) {
        var rules = RulesUnderTest.of("""
                variables:
                  shop_url: https://atelier-lin.example
                rules:
                  - name: reply
                    trigger: [dm, comment]
                    actions:
                      - notify: '%s'
                """.formatted(template));
        var input = RuleInput.of(event, Clock.systemUTC()).withProfile(username, firstName);
        var decisions = rules.rules.decide(input);
        return decisions.isEmpty() ? null : RulesUnderTest.text(decisions.get(0).action());
    }

    @Test
    void variablesAreReplacedByTheEventsValues() {
        assertThat(reply("Bonjour {first_name} (@{username}), vous avez écrit : {text}", "anna.paris", "Anna",
                Events.dm("Quel prix ?")))
                .isEqualTo("Bonjour Anna (@anna.paris), vous avez écrit : Quel prix ?");
    }

    @Test
    void aCommentsUsernameComesFromTheComment() {
        assertThat(reply("Merci @{username} !", null, null, Events.comment().from(Events.ANNA, "lea.martin").build()))
                .isEqualTo("Merci @lea.martin !");
    }

    @Test
    void theFilesConstantsAndThePriceUrlAreFilledIn() {
        assertThat(reply("Tarifs : {prices_url}, boutique : {shop_url}", null, null, Events.dm("x")))
                .isEqualTo("Tarifs : https://example.com/prix, boutique : https://atelier-lin.example");
    }

    @ParameterizedTest(name = "''{0}'' without a first name is ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            Bonjour {first_name} !                 | Bonjour !
            Bonjour {first_name}, merci !          | Bonjour, merci !
            Merci {first_name}.                    | Merci.
            {first_name}, votre commande est prête | votre commande est prête
            Hi {first_name}!                       | Hi!
            Bonjour {first_name} {username} !      | Bonjour !
            Bonjour {first_name}                   | Bonjour
            Merci @{username} !                    | Merci !
            """)
    void aMissingValueLeavesNoGap(String template, String expected) {
        assertThat(reply(template, null, null, Events.dm("x"))).isEqualTo(expected);
    }

    @Test
    void aTextThatRendersEmptyIsNotSent() {
        assertThat(reply("{first_name}", null, null, Events.dm("x"))).isNull();
    }

    @Test
    void valuesAreNotReadAsTemplates() {
        assertThat(reply("Vous avez écrit : {text}", null, null, Events.dm("{username} {prices_url}")))
                .isEqualTo("Vous avez écrit : {username} {prices_url}");
    }

    @Test
    void bracesThatNameNoVariableAreKept() {
        assertThat(reply("Prix : {10 €} {  } {", null, null, Events.dm("x"))).isEqualTo("Prix : {10 €} {  } {");
    }
}
