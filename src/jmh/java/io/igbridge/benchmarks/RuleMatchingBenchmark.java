package io.igbridge.benchmarks;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.igbridge.events.InstagramEvent;
import io.igbridge.events.ParsedDelivery;
import io.igbridge.events.WebhookPayloadParser;
import io.igbridge.moderation.LexiconClassifier;
import io.igbridge.outbox.FirstNames;
import io.igbridge.rules.AutoReplyRules;
import io.igbridge.rules.InMemoryCooldowns;
import io.igbridge.rules.LanguageGuess;
import io.igbridge.rules.RuleBook;
import io.igbridge.rules.RuleDecision;
import io.igbridge.rules.RuleInput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * DMs decided per second by {@link AutoReplyRules#decide} (what {@code AutoReplyHandler} asks for every event) with
 * a rules file of 1,000 rules, on one thread. The rules are a clothes shop's: 8 shop-wide rules, then 8 per model
 * for 124 models (price, size, stock, colour, fabric, care, returns, photos); a fifth of the models' rules use
 * {@code match: substring}, a tenth {@code regex}, and some add a language, business-hours, sentiment or
 * {@code none} condition or a cooldown. Moderation is on, as by default (the built-in classifier); cooldowns are
 * in memory and no rule asks for a first message, so no database is involved. No target in the issue.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
@State(Scope.Thread)
public class RuleMatchingBenchmark {

    /** Matches only {@code trench-suzanne-taille}, the 994th of the 1,000 rules in firing order. */
    private static final String MATCHES_NEAR_THE_END =
            "Bonjour, je fais du 38 d'habitude : quelle taille me conseillez-vous pour le trench Suzanne ? Merci !";
    private static final String EXPECTED_RULE = "trench-suzanne-taille";
    /** Product words and a size, but no model the rules know: every rule is tried, none fires. */
    private static final String MATCHES_NONE =
            "Bonjour ! Vous avez d'autres vestes en lin bleu marine ? Je cherche une taille 38 pour cet été.";

    private static final String[] TYPES = {"veste", "robe", "chemise", "pantalon", "jupe", "manteau", "pull",
            "blouse", "gilet", "short", "combinaison", "trench", "cardigan", "tunique", "sac", "écharpe"};
    private static final String[] NAMES = {"Lina", "Camille", "Jeanne", "Louise", "Margaux", "Alice", "Adèle",
            "Suzanne"};
    private static final int MODELS = 124;

    /** What customers ask about a model: the keywords, and the reply in French and English ({@code %s}: the model). */
    private record Topic(String slug, List<String> keywords, String french, String english) {
    }

    private static final List<Topic> TOPICS = List.of(
            new Topic("prix", List.of("prix", "tarif", "combien", "coûte", "price", "cost", "how much"),
                    "Le modèle %s est à %d € : {shop_url}/%s", "The %s is €%d: {shop_url}/%s"),
            new Topic("taille", List.of("taille", "tailles", "pointure", "guide des tailles", "size", "sizes",
                    "mesures"), "Le modèle %s taille normalement ; guide des tailles : {shop_url}/%s/tailles",
                    "The %s fits true to size; size guide: {shop_url}/%s/sizes"),
            new Topic("stock", List.of("stock", "dispo", "disponible", "rupture", "available", "in stock",
                    "back in stock"), "Nous vérifions le stock du modèle %s en boutique et revenons vers vous.",
                    "We are checking the stock of the %s and will get back to you."),
            new Topic("couleur", List.of("couleur", "couleurs", "coloris", "color", "colour", "colours"),
                    "Tous les coloris du modèle %s : {shop_url}/%s", "Every colour of the %s: {shop_url}/%s"),
            new Topic("matiere", List.of("matière", "tissu", "composition", "coton", "laine", "fabric", "material"),
                    "Composition du modèle %s : {shop_url}/%s#composition", "What the %s is made of: {shop_url}/%s"),
            new Topic("entretien", List.of("lavage", "laver", "entretien", "repassage", "repasser", "wash",
                    "washing", "care"), "Le modèle %s se lave à 30 °C, à l'envers, sans sèche-linge.",
                    "Wash the %s at 30 °C, inside out, no tumble dryer."),
            new Topic("retour", List.of("retour", "retourner", "échange", "échanger", "return", "exchange"),
                    "Retours et échanges du modèle %s sous 30 jours : {shop_url}/retours",
                    "Returns and exchanges of the %s within 30 days: {shop_url}/returns"),
            new Topic("photo", List.of("photo", "photos", "vidéo", "porté", "portée", "picture", "video",
                    "on a model"), "Le modèle %s porté : {shop_url}/%s#photos", "The %s, worn: {shop_url}/%s"));

    private static final String SHOP_WIDE_RULES = """
            default_language: fr
            variables:
              shop_url: https://atelier-lin.example
            business_hours:
              time_zone: Europe/Paris
              open:
                - {days: mon-fri, from: "09:00", to: "18:00"}
                - {days: sat, from: "10:00", to: "13:00"}
            rules:
              - name: love-emoji
                trigger: dm
                priority: 40
                stop: false
                when:
                  match: substring
                  any: ["❤️", "😍", "🥰"]
                actions:
                  - tag: love
              - name: human-please
                trigger: dm
                priority: 30
                when:
                  any: [humain, conseiller, conseillère, vendeur, vendeuse, "une personne", human, "a person"]
                actions:
                  - notify: {text: "Demande d'un conseiller : {text}", group: support}
                  - reply_dm: "Je transmets votre demande à un conseiller, il vous répond au plus vite."
              - name: order-number
                trigger: dm
                priority: 25
                when:
                  match: regex
                  any: ['\\bcmd-?\\d{6}\\b']
                actions:
                  - tag: order-number
                  - reply_dm: "Merci ! Nous avons noté votre numéro de commande, un conseiller revient vers vous."
              - name: complaint
                trigger: dm
                priority: 20
                when:
                  any: [remboursement, rembourser, cassé, abîmé, défectueux, "jamais reçu", "pas reçu", refund,
                        broken, damaged]
                actions:
                  - notify: {text: "Réclamation par DM : {text}", group: complaints}
                  - reply_dm: "Nous sommes désolés ! Retours et remboursements : {shop_url}/retours"
              - name: order-status
                trigger: dm
                priority: 15
                when:
                  any: [commande, colis, suivi, order, parcel, tracking]
                actions:
                  - reply_dm:
                      fr: "Pouvez-vous nous envoyer votre numéro de commande (CMD-123456) ?"
                      en: "Could you send us your order number (CMD-123456)?"
              - name: shipping
                trigger: dm
                priority: 10
                when:
                  any: [livraison, livrer, livrez, expédition, "frais de port", shipping, delivery]
                actions:
                  - reply_dm: "Livraison offerte dès 80 €, en 48 h en France : {shop_url}/livraison"
              - name: gift-card
                trigger: dm
                priority: 5
                when:
                  any: ["carte cadeau", "bon cadeau", "gift card"]
                actions:
                  - reply_dm: "Nos cartes cadeaux, de 20 à 200 € : {shop_url}/carte-cadeau"
              - name: info
                trigger: dm
                priority: 5
                when:
                  match: exact
                  any: [info, infos, "plus d'infos", "more info"]
                actions:
                  - reply_dm: "Bonjour {first_name} ! Que souhaitez-vous savoir ? Tout le catalogue : {shop_url}"
            """;

    private AutoReplyRules rules;
    private Clock clock;
    private InstagramEvent nearTheEnd;
    private InstagramEvent none;

    @Setup
    public void setUp() {
        // a Tuesday, 10:30 in Paris: inside business hours
        clock = Clock.fixed(Instant.parse("2026-11-24T09:30:00Z"), ZoneOffset.UTC);
        RuleBook book = RuleBook.fromYaml("thousand-rules.yml", thousandRules(), "https://example.com/prix", clock);
        if (book.ruleCount() != 1000) {
            throw new IllegalStateException("expected 1,000 rules, got " + book.ruleCount());
        }
        rules = new AutoReplyRules(book, new InMemoryCooldowns(), (account, user, event) -> false,
                LanguageGuess.stopWords(), new LexiconClassifier());
        nearTheEnd = dm(MATCHES_NEAR_THE_END);
        none = dm(MATCHES_NONE);
        for (int twice = 0; twice < 2; twice++) {
            List<RuleDecision> decided = matchNearTheEnd();
            if (decided.size() != 1 || !decided.get(0).ruleName().equals(EXPECTED_RULE)) {
                throw new IllegalStateException("expected one decision of " + EXPECTED_RULE + ", got " + decided);
            }
            if (!matchNone().isEmpty()) {
                throw new IllegalStateException("expected no decision, got " + matchNone());
            }
        }
    }

    /** A DM only the 994th rule (of 1,000, in firing order) answers. */
    @Benchmark
    public List<RuleDecision> matchNearTheEnd() {
        return decide(nearTheEnd);
    }

    /** A DM no rule answers: all 1,000 are tried. */
    @Benchmark
    public List<RuleDecision> matchNone() {
        return decide(none);
    }

    /** As {@code AutoReplyHandler} asks, for a contact whose conversation the team does not have. */
    private List<RuleDecision> decide(InstagramEvent event) {
        return rules.decide(RuleInput.of(event, clock).withProfile(null, FirstNames.PLACEHOLDER).withHumans(false));
    }

    /** The real one-DM fixture with another text, parsed as the service parses it. */
    private static InstagramEvent dm(String text) {
        ParsedDelivery delivery = new WebhookPayloadParser().parse(MetaDeliveries.oneDm(text), true, Instant.EPOCH);
        return delivery.events().get(0).event();
    }

    private static String thousandRules() {
        StringBuilder yaml = new StringBuilder(SHOP_WIDE_RULES);
        for (int model = 0; model < MODELS; model++) {
            for (Topic topic : TOPICS) {
                yaml.append(modelRule(model, topic));
            }
        }
        return yaml.toString();
    }

    /** One model's rule for one topic: {@code all} names the model, {@code any} the topic. */
    private static String modelRule(int model, Topic topic) {
        String type = TYPES[model % TYPES.length];
        String name = NAMES[model / TYPES.length];
        String display = type + " " + name;
        String slug = slug(type + "-" + name);
        int price = 49 + model * 7 % 150;
        boolean regex = model % 10 == 7;
        StringBuilder rule = new StringBuilder();
        rule.append("  - name: ").append(slug).append('-').append(topic.slug()).append('\n');
        rule.append("    trigger: dm\n");
        if (topic.slug().equals("prix")) {
            rule.append("    cooldown: 1h\n");
        }
        rule.append("    when:\n");
        if (regex) {
            rule.append("      match: regex\n");
        } else if (model % 5 == 1) {
            rule.append("      match: substring\n");
        }
        rule.append("      all: ").append(regex ? regexList(List.of(type), List.of(name))
                : list(List.of(type, name.toLowerCase(Locale.ROOT)))).append('\n');
        rule.append("      any: ").append(regex ? regexList(topic.keywords()) : list(topic.keywords())).append('\n');
        switch (topic.slug()) {
            case "taille" -> rule.append(model % 3 == 0 ? "      language: fr\n" : "");
            case "stock" -> rule.append("      business_hours: inside\n");
            case "retour" -> {
                List<String> complaints = List.of("cassé", "abîmé", "défectueux", "broken", "damaged");
                rule.append("      none: ").append(regex ? regexList(complaints) : list(complaints)).append('\n');
            }
            case "photo" -> rule.append("      sentiment: [neutral, positive]\n");
            default -> {
            }
        }
        rule.append("    actions:\n");
        rule.append("      - reply_dm:\n");
        rule.append("          fr: \"Bonjour {first_name} ! ").append(reply(topic.french(), display, price, slug))
                .append("\"\n");
        rule.append("          en: \"Hi {first_name}! ").append(reply(topic.english(), display, price, slug))
                .append("\"\n");
        if (model % 4 == 0) {
            rule.append("      - tag: ").append(topic.slug()).append('\n');
        }
        return rule.toString();
    }

    private static String reply(String template, String model, int price, String slug) {
        return template.contains("%d") ? template.formatted(model, price, slug) : template.formatted(model, slug);
    }

    private static String list(List<String> keywords) {
        return keywords.stream().map(keyword -> '"' + keyword + '"').collect(Collectors.joining(", ", "[", "]"));
    }

    /** One pattern per group of whole words: {@code '\b(a|b)\b'}, in single quotes (backslashes kept). */
    @SafeVarargs
    private static String regexList(List<String>... groups) {
        return Arrays.stream(groups)
                .map(group -> "'\\b(" + String.join("|", group).toLowerCase(Locale.ROOT) + ")\\b'")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String slug(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
