package io.igbridge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.igbridge.outbox.AskForContact;
import io.igbridge.outbox.ContactField;
import io.igbridge.outbox.HideComment;
import io.igbridge.outbox.Notify;
import io.igbridge.outbox.ReplyToComment;
import io.igbridge.outbox.SendPrivateReply;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md can't rot: every YAML file it shows is the file in the repository (the built-in rules and the
 * worked examples under src/test/resources/rules/examples/), every example is valid and does what the docs say,
 * and the documented error message is the one a broken file gets.
 */
class RuleExamplesTests {

    static final Path DOCS = Path.of("docs/rules.md");
    static final Path EXAMPLES = Path.of("src/test/resources/rules/examples");
    private static final Pattern FILE_BLOCK = Pattern.compile("<!-- file: (\\S+) -->\\n```yaml\\n(.*?)```",
            Pattern.DOTALL);
    private static final Pattern BROKEN_BLOCK = Pattern.compile(
            "<!-- broken-example -->\\n```yaml\\n(.*?)```\\n.*?```text\\n(.*?)\\n```", Pattern.DOTALL);

    private static Map<String, String> filesShownInTheDocs() throws IOException {
        Map<String, String> shown = new LinkedHashMap<>();
        Matcher block = FILE_BLOCK.matcher(Files.readString(DOCS));
        while (block.find()) {
            shown.put(block.group(1), block.group(2));
        }
        return shown;
    }

    private static RulesUnderTest example(String name) throws IOException {
        return RulesUnderTest.of(Files.readString(EXAMPLES.resolve(name)));
    }

    @Test
    void everyFileTheDocsShowIsTheRepositorysFileWordForWord() throws IOException {
        Map<String, String> shown = filesShownInTheDocs();

        assertThat(shown).containsKey("src/main/resources/rules/default-rules.yml");
        for (var file : shown.entrySet()) {
            assertThat(file.getValue()).as(file.getKey()).isEqualTo(Files.readString(Path.of(file.getKey())));
        }
    }

    @Test
    void everyExampleIsShownInTheDocsAndIsValid() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            examples = files.filter(file -> file.toString().endsWith(".yml")).sorted().toList();
        }
        assertThat(examples).extracting(file -> file.getFileName().toString())
                .containsExactly("community-management.yml", "e-commerce.yml", "marketing.yml", "support.yml");

        for (Path example : examples) {
            assertThat(filesShownInTheDocs()).containsKey(EXAMPLES.resolve(example.getFileName()).toString());
            var rules = new RulesFileParser("https://example.com/prix").parse(example.toString(),
                    Files.readString(example));
            assertThat(rules.rules()).as(example.toString()).isNotEmpty();
        }
    }

    @Test
    void theDocumentedErrorMessageIsTheOneABrokenFileGets() throws IOException {
        Matcher broken = BROKEN_BLOCK.matcher(Files.readString(DOCS));
        List<String[]> examples = new ArrayList<>();
        while (broken.find()) {
            examples.add(new String[] {broken.group(1), broken.group(2)});
        }
        assertThat(examples).isNotEmpty();

        for (String[] example : examples) {
            RulesFileException thrown = catchThrowableOfType(RulesFileException.class,
                    () -> new RulesFileParser("https://example.com/prix").parse("rules.yml", example[0]));
            assertThat(thrown).isNotNull();
            assertThat(thrown.getMessage()).isEqualTo(example[1]);
        }
    }

    @Test
    void supportAnswersAsksForTheOrderNumberAndEscalates() throws IOException {
        var support = example("support.yml");
        support.clock.set(Instant.parse("2026-11-24T10:00:00Z"));
        support.facts = (account, user, event) -> false;

        assertThat(support.texts(Events.dm("Où est ma commande ?"))).containsExactly(
                "Pour vous aider, pouvez-vous nous envoyer votre numéro de commande (CMD-123456) ?");
        assertThat(support.decide(Events.dm("C'est la commande CMD-482913"))).extracting(RuleDecision::tag)
                .startsWith("order-number");
        assertThat(support.texts(Events.dm("Where is my parcel?"))).containsExactly(
                "To help you, could you send us your order number (CMD-123456)?");
        var urgent = support.decide(Events.dm("URGENT : colis jamais arrivé"));
        assertThat(urgent).extracting(RuleDecision::ruleName).containsExactly("urgent-to-team", "urgent-to-team",
                "ask-order-number");
        assertThat(urgent.get(0).action()).isEqualTo(new Notify("", "support", "DM urgent : URGENT : colis jamais"
                + " arrivé"));
        assertThat(support.texts(Events.postback("Suivre ma commande", "TRACK_ORDER"))).hasSize(1);
    }

    @Test
    void supportAnswersOutsideBusinessHoursOnceADayAndWelcomesFirstMessages() throws IOException {
        var support = example("support.yml");
        support.facts = (account, user, event) -> user.equals(Events.BOB);
        support.clock.set(Instant.parse("2026-11-24T20:00:00Z"));

        assertThat(support.texts(Events.dm("Bonsoir")).get(0)).startsWith("Bonjour ! Nous sommes fermés");
        assertThat(support.texts(Events.dm("Vous êtes là ?"))).isEmpty();

        support.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
        assertThat(support.texts(Events.dm(Events.BOB, "Bonjour")))
                .containsExactly("Bienvenue ! Un membre de l'équipe vous répond dans quelques minutes.");
        assertThat(support.texts(Events.dm(Events.ANNA, "Bonjour"))).as("Anna wrote before").isEmpty();
    }

    @Test
    void communityManagementHidesSpamAndInsultsAnswersCriticismInPrivateAndThanksPraise() throws IOException {
        var community = example("community-management.yml");

        var spam = Events.comment("Gagnez 1000€ sur www.crypto-gain.example");
        assertThat(community.actions(spam)).first().isEqualTo(new HideComment(Events.ACCOUNT, spam.commentId(),
                true));
        var insult = Events.comment("Quel abruti");
        assertThat(community.actions(insult)).first().isEqualTo(new HideComment(Events.ACCOUNT, insult.commentId(),
                true));
        var criticism = Events.comment("Très déçue, colis jamais reçu");
        assertThat(community.actions(criticism)).first().isInstanceOf(SendPrivateReply.class);
        assertThat(community.actions(criticism)).noneMatch(action -> action instanceof HideComment);
        assertThat(community.texts(Events.comment("Super post !"))).containsExactly("Merci beaucoup ! 😊");
        assertThat(community.texts(Events.comment("pas super du tout"))).as("criticism, not praise")
                .startsWith("Bonjour, nous sommes désolés de lire cela. Pouvez-vous nous en dire plus ici ? Nous allons"
                        + " arranger ça.").doesNotContain("Merci beaucoup ! 😊");
        assertThat(community.texts(Events.comment().from(Events.BOB, "lea.martin")
                .text("Bravo @atelier.lin pour cette collection").build()))
                .containsExactly("Merci pour la mention @lea.martin ! 😊");
        assertThat(community.decide(Events.mention("18000000000000007", null))).extracting(RuleDecision::ruleName)
                .containsOnly("mention-to-team");
        assertThat(community.texts(Events.storyMention())).hasSize(1);
        assertThat(community.texts(Events.storyMention())).as("once a week").isEmpty();
    }

    @Test
    void marketingTurnsAdConversationsAndInfoCommentsIntoLeadsAndCountsTheLaunch() throws IOException {
        var marketing = example("marketing.yml");

        var fromAd = marketing.decide(Events.fromAd("Bonjour, c'est dispo ?", "120210000000000001"));
        assertThat(fromAd).extracting(RuleDecision::tag).contains("lead-summer-ad");
        assertThat(RulesUnderTest.text(fromAd.get(0).action())).isEqualTo("Merci pour votre intérêt pour la"
                + " collection été ! -10 % avec le code ETE10 : https://atelier-lin.example/catalogue");

        var quote = marketing.decide(Events.dm("Bonjour, je voudrais un devis pour des rideaux sur mesure"));
        assertThat(quote).extracting(RuleDecision::tag).contains("lead-quote");
        assertThat(quote.get(0).action()).isEqualTo(new AskForContact(Events.ACCOUNT, Events.ANNA, "Avec plaisir ! Où"
                + " pouvons-nous vous envoyer votre devis ? Touchez votre e-mail ou votre numéro ci-dessous, ou"
                + " écrivez-les ici.", List.of(ContactField.EMAIL, ContactField.PHONE)));

        var info = Events.comment().text("Info !").media("18050000000000001", "REELS").build();
        assertThat(marketing.decide(info)).extracting(RuleDecision::ruleName).containsExactly("launch-reel-comment",
                "comment-info-to-dm", "comment-info-to-dm", "comment-info-to-dm");
        assertThat(marketing.actions(Events.comment("Info, c'est combien ?"))).as("exact: info and nothing else")
                .isEmpty();
        assertThat(marketing.decide(Events.postback("Recevoir les nouveautés", "NEWSLETTER")))
                .extracting(RuleDecision::tag).contains("lead-newsletter");
        assertThat(marketing.texts(Events.storyReply("Trop beau !", "17900000000000001")))
                .containsExactly("Merci pour votre réponse à notre story ! 💬");
        assertThat(marketing.decide(Events.reaction("love", "❤️"))).extracting(RuleDecision::tag)
                .containsExactly("reaction-love");
    }

    @Test
    void eCommerceAnswersProductQuestionsInPrivateAndHandlesComplaints() throws IOException {
        var shop = example("e-commerce.yml");

        var question = Events.comment("Vous l'avez en taille M ?");
        assertThat(shop.actions(question)).containsExactly(
                new SendPrivateReply(Events.ACCOUNT, question.commentId(), "Bonjour ! Tailles, stock et prix de ce"
                        + " modèle : https://atelier-lin.example. Besoin d'un conseil ? Répondez-nous ici 😊"),
                new ReplyToComment(Events.ACCOUNT, question.commentId(), null,
                        "Nous vous avons répondu en message privé ! 📩"));
        var complaint = shop.decide(Events.comment("Article reçu cassé, je veux un remboursement"));
        assertThat(complaint).extracting(RuleDecision::ruleName).containsOnly("complaint-comment");
        assertThat(complaint).extracting(RuleDecision::action).noneMatch(action -> action instanceof ReplyToComment);
        assertThat(shop.texts(Events.dm("Colis pas reçu !")).get(0)).contains("https://atelier-lin.example/retours");
        assertThat(shop.texts(Events.comment().text("Nouvelle collection magnifique")
                .media("18060000000000001", "FEED").build()))
                .containsExactly("La nouvelle collection est en ligne : https://atelier-lin.example/nouveautes ✨");
        assertThat(shop.decide(Events.comment("Nouvelle collection magnifique"))).as("another post").isEmpty();
        assertThat(shop.texts(Events.dm("Quelles sont les nouveautés ?"))).hasSize(1);
    }
}
