package io.igbridge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Every problem in a rules file is reported with its line and column, all of them at once. */
class RulesFileValidationTests {

    private static List<RuleProblem> problems(String yaml) {
        RulesFileException thrown = catchThrowableOfType(RulesFileException.class,
                () -> new RulesFileParser("https://example.com/prix").parse("test.yml", yaml));
        assertThat(thrown).as("the file is rejected").isNotNull();
        return thrown.problems();
    }

    private static RuleProblem onlyProblem(String yaml) {
        List<RuleProblem> problems = problems(yaml);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void aMisspeltKeyIsReportedAtItsLineWithASuggestion() {
        RuleProblem problem = onlyProblem("""
                rules:
                  - name: greeting
                    tirgger: dm
                    actions:
                      - reply_dm: "Bonjour !"
                """);

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(5);
        assertThat(problem.message()).isEqualTo("unknown key 'tirgger' in a rule (did you mean 'trigger'?)");
    }

    @Test
    void aMissingKeyIsReportedAtItsRule() {
        RuleProblem problem = onlyProblem("""
                rules:
                  - name: greeting
                    trigger: dm
                  - name: prices
                    trigger: dm
                    actions:
                      - reply_dm: "Nos prix"
                """);

        assertThat(problem).isEqualTo(new RuleProblem(2, 5, "rule 'greeting' needs actions"));
    }

    @Test
    void aValueOfTheWrongTypeIsReportedAtTheValue() {
        List<RuleProblem> problems = problems("""
                rules:
                  - name: greeting
                    trigger: dm
                    priority: high
                    stop: maybe
                    actions:
                      - reply_dm: "Bonjour !"
                """);

        assertThat(problems).containsExactly(
                new RuleProblem(4, 15, "priority must be a whole number, not 'high'"),
                new RuleProblem(5, 11, "stop must be true or false, not 'maybe'"));
    }

    @Test
    void unknownTriggersActionsConditionsAndMatchModesAreReportedAtTheirLines() {
        List<RuleProblem> problems = problems("""
                rules:
                  - name: greeting
                    trigger: [dm, comments]
                    when:
                      any: [bonjour]
                      match: words
                      langage: fr
                    actions:
                      - reply_direct: "Bonjour !"
                """);

        assertThat(problems).extracting(RuleProblem::line).containsExactly(3, 6, 7, 9);
        assertThat(problems).extracting(RuleProblem::message).containsExactly(
                "unknown trigger 'comments' (did you mean 'comment'?)",
                "unknown match mode 'words' (did you mean 'word'?)",
                "unknown key 'langage' in when (did you mean 'language'?)",
                "unknown action 'reply_direct' (one of: reply_dm, ask_contact, private_reply, reply_comment,"
                        + " hide_comment, tag, notify, escalate)");
    }

    @Test
    void anInvalidRegexIsReportedAtTheKeyword() {
        RuleProblem problem = onlyProblem("""
                rules:
                  - name: order-number
                    trigger: dm
                    when:
                      match: regex
                      any:
                        - "commande n°\\\\d{6}"
                        - "(\\\\d+"
                    actions:
                      - tag: order
                """);

        assertThat(problem.line()).isEqualTo(8);
        assertThat(problem.message()).startsWith("invalid regex '(\\d+': Unclosed group");
    }

    @Test
    void anUnknownTimeZoneIsReportedAtItsLine() {
        RuleProblem problem = onlyProblem("""
                business_hours:
                  time_zone: Europe/Pariss
                  open:
                    - {days: mon-fri, from: "09:00", to: "18:00"}
                rules:
                  - name: closed
                    trigger: dm
                    when:
                      business_hours: outside
                    actions:
                      - reply_dm: "Nous sommes fermés."
                """);

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).startsWith("unknown time zone 'Europe/Pariss'");
    }

    @Test
    void badDaysAndTimesAreReportedAtTheirLines() {
        List<RuleProblem> problems = problems("""
                business_hours:
                  time_zone: Europe/Paris
                  open:
                    - days: mon-fry
                      from: "9h"
                      to: "18:00"
                rules: []
                """);

        assertThat(problems).extracting(RuleProblem::line).containsExactly(4, 5);
    }

    @Test
    void emptyActionsAreReported() {
        RuleProblem problem = onlyProblem("""
                rules:
                  - name: greeting
                    trigger: dm
                    actions: []
                """);

        assertThat(problem).isEqualTo(new RuleProblem(4, 14, "a rule needs at least one action"));
    }

    @Test
    void anUnknownTemplateVariableIsReportedWithTheKnownOnes() {
        RuleProblem problem = onlyProblem("""
                variables:
                  shop_url: https://atelier-lin.example
                rules:
                  - name: greeting
                    trigger: dm
                    actions:
                      - reply_dm: "Bonjour {prenom}, voir {shop_url}"
                """);

        assertThat(problem.line()).isEqualTo(7);
        assertThat(problem.message()).isEqualTo("unknown variable {prenom} in reply_dm (one of: first_name,"
                + " prices_url, shop_url, text, username)");
    }

    @Test
    void escalateAnswersOnlyConversationsNotComments() {
        RuleProblem problem = onlyProblem("""
                rules:
                  - name: angry
                    trigger: comment
                    actions:
                      - escalate: support
                """);

        assertThat(problem.line()).isEqualTo(5);
        assertThat(problem.message()).startsWith("escalate can't answer trigger comment");
    }

    @Test
    void anActionThatCantAnswerTheTriggerIsReported() {
        List<RuleProblem> problems = problems("""
                rules:
                  - name: thanks
                    trigger: comment
                    actions:
                      - reply_dm: "Merci !"
                  - name: hide-dm
                    trigger: [dm, comment]
                    actions:
                      - hide_comment
                """);

        assertThat(problems).containsExactly(
                new RuleProblem(5, 9, "reply_dm can't answer trigger comment; answer a comment's author in private"
                        + " with private_reply"),
                new RuleProblem(9, 9, "hide_comment can't answer trigger dm; list the triggers it can answer:"
                        + " comment"));
    }

    @Test
    void askContactNeedsKnownFieldsATextAndAConversation() {
        List<RuleProblem> problems = problems("""
                rules:
                  - name: ask
                    trigger: dm
                    actions:
                      - ask_contact: {text: "Vos coordonnées ?", fields: [email, adresse, email]}
                  - name: ask-without-text
                    trigger: dm
                    actions:
                      - ask_contact: {fields: [phone]}
                  - name: ask-a-commenter
                    trigger: comment
                    actions:
                      - ask_contact: "Vos coordonnées ?"
                """);

        assertThat(problems).containsExactly(
                new RuleProblem(5, 66, "unknown field 'adresse' in ask_contact (one of: email, phone)"),
                new RuleProblem(5, 75, "field 'email' is listed twice in ask_contact"),
                new RuleProblem(9, 22, "ask_contact needs text"),
                new RuleProblem(13, 9, "ask_contact can't answer trigger comment; list the triggers it can answer:"
                        + " dm, story_mention, story_reply, reaction, postback, quick_reply"));
    }

    @Test
    void aConditionNoTriggerOfTheRuleHasIsReported() {
        RuleProblem problem = onlyProblem("""
                rules:
                  - name: reels
                    trigger: dm
                    when:
                      media_product_type: REELS
                    actions:
                      - tag: reels
                """);

        assertThat(problem).isEqualTo(new RuleProblem(5, 7, "media_product_type never holds for trigger dm: only"
                + " comment, live_comment events have it"));
    }

    @Test
    void aWordKeywordWithoutLettersIsReportedWithTheModeToUse() {
        RuleProblem problem = onlyProblem("""
                rules:
                  - name: hearts
                    trigger: comment
                    when:
                      any: ["❤️"]
                    actions:
                      - reply_comment: "Merci !"
                """);

        assertThat(problem.line()).isEqualTo(5);
        assertThat(problem.message()).contains("use match: substring");
    }

    @Test
    void variantsMustIncludeTheDefaultLanguage() {
        RuleProblem problem = onlyProblem("""
                default_language: fr
                rules:
                  - name: greeting
                    trigger: dm
                    actions:
                      - reply_dm:
                          en: "Hello!"
                """);

        assertThat(problem.line()).isEqualTo(7);
        assertThat(problem.message()).startsWith("reply_dm has no fr text");
    }

    @Test
    void ruleNamesMustBeUnique() {
        RuleProblem problem = onlyProblem("""
                rules:
                  - name: greeting
                    trigger: dm
                    actions: [reply_dm: "Bonjour !"]
                  - name: greeting
                    trigger: comment
                    actions: [reply_comment: "Bonjour !"]
                """);

        assertThat(problem.line()).isEqualTo(5);
        assertThat(problem.message()).startsWith("another rule is named 'greeting' (line 2)");
    }

    @Test
    void businessHoursConditionsNeedTheFilesBusinessHours() {
        RuleProblem problem = onlyProblem("""
                rules:
                  - name: closed
                    trigger: dm
                    when: {business_hours: outside}
                    actions: [reply_dm: "Fermé"]
                """);

        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.message()).contains("needs the file's business_hours section");
    }

    @Test
    void aBadCooldownIsReported() {
        RuleProblem problem = onlyProblem("""
                rules:
                  - name: greeting
                    trigger: dm
                    cooldown: one day
                    actions: [reply_dm: "Bonjour"]
                """);

        assertThat(problem).isEqualTo(new RuleProblem(4, 15, "cooldown must be a duration such as 24h, 30m, 7d or"
                + " 1h30m, not 'one day'"));
    }

    @Test
    void aYamlSyntaxErrorIsReportedAtItsLine() {
        RuleProblem problem = onlyProblem("""
                rules:
                  - name: greeting
                    trigger: dm
                    actions:
                      - reply_dm: "Bonjour !
                  - name: prices
                """);

        assertThat(problem.line()).isEqualTo(7);
        assertThat(problem.message()).startsWith("not valid YAML:");
    }

    @Test
    void anEmptyFileIsRejectedRatherThanTakenAsNoRules() {
        assertThat(onlyProblem("# nothing yet\n").message()).isEqualTo("the file is empty; write 'rules: []' for no"
                + " rules");
        assertThat(new RulesFileParser("x").parse("test.yml", "rules: []").rules()).isEmpty();
    }

    @Test
    void everyProblemOfAFileIsReportedInOneExceptionInLineOrder() {
        String yaml = """
                default_language: de
                rules:
                  - name: greeting
                    trigger: dms
                    when:
                      any: [bonjour]
                    actions:
                      - reply_dm: "Bonjour {nom} !"
                  - name: moderation
                    trigger: comment
                    when:
                      match: regex
                      any: ["[a-z"]
                    actions:
                      - hide_comment
                      - notify: {text: "À modérer : {text}", groupe: moderation}
                """;

        assertThatThrownBy(() -> new RulesFileParser("https://example.com/prix").parse("rules.yml", yaml))
                .isInstanceOf(RulesFileException.class)
                .hasMessage("""
                        Rules file rules.yml has 5 problems:
                          line 1, column 19: unknown default_language 'de' (one of: fr, en)
                          line 4, column 14: unknown trigger 'dms' (did you mean 'dm'?)
                          line 8, column 19: unknown variable {nom} in reply_dm (one of: first_name, prices_url, \
                        text, username)
                          line 13, column 13: invalid regex '[a-z': Unclosed character class near index 3
                          line 16, column 46: unknown key 'groupe' in notify (did you mean 'group'?)""");
    }

    @Test
    void aProblemWithoutALineReadsAsASentence() {
        assertThat(new RuleProblem(0, 0, "can't read the file: no such file")).hasToString(
                "can't read the file: no such file");
        assertThat(new RuleProblem(3, 7, "unknown trigger 'dms'")).hasToString("line 3, column 7: unknown trigger"
                + " 'dms'");
    }
}
