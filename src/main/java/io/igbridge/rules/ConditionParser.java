package io.igbridge.rules;

import static io.igbridge.rules.Trigger.COMMENT;
import static io.igbridge.rules.Trigger.DM;
import static io.igbridge.rules.Trigger.LIVE_COMMENT;
import static io.igbridge.rules.Trigger.MENTION;
import static io.igbridge.rules.Trigger.POSTBACK;
import static io.igbridge.rules.Trigger.QUICK_REPLY;
import static io.igbridge.rules.Trigger.REACTION;
import static io.igbridge.rules.Trigger.STORY_MENTION;
import static io.igbridge.rules.Trigger.STORY_REPLY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.igbridge.moderation.Sentiment;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a rule's {@code when}: keywords, language, what moderation found (sentiment, abusive, spam, question), first
 * message, business hours, media, ad, payload.
 */
final class ConditionParser {

    static final List<String> KEYS = List.of("any", "all", "none", "match", "language", "first_message",
            "business_hours", "media_id", "media_product_type", "ad_id", "payload", "sentiment", "abusive", "spam",
            "question");
    /** The conditions on what moderation found. */
    static final List<String> MODERATION_KEYS = List.of("sentiment", "abusive", "spam", "question");

    private static final Set<Trigger> WITH_TEXT = EnumSet.of(DM, COMMENT, LIVE_COMMENT, STORY_REPLY, QUICK_REPLY,
            POSTBACK, REACTION);
    /** The triggers whose events can satisfy each condition; a condition none of a rule's triggers has is an error. */
    private static final Map<String, Set<Trigger>> CARRIED_BY = Map.ofEntries(
            Map.entry("any", WITH_TEXT), Map.entry("all", WITH_TEXT), Map.entry("none", WITH_TEXT),
            Map.entry("language", WITH_TEXT), Map.entry("sentiment", WITH_TEXT), Map.entry("abusive", WITH_TEXT),
            Map.entry("spam", WITH_TEXT), Map.entry("question", WITH_TEXT),
            Map.entry("media_id", EnumSet.of(COMMENT, LIVE_COMMENT, MENTION, STORY_REPLY)),
            Map.entry("media_product_type", EnumSet.of(COMMENT, LIVE_COMMENT)),
            Map.entry("ad_id", EnumSet.of(COMMENT, LIVE_COMMENT, DM, STORY_MENTION, STORY_REPLY, QUICK_REPLY)),
            Map.entry("payload", EnumSet.of(POSTBACK, QUICK_REPLY)));

    private final FileSettings settings;
    private final Problems problems;

    ConditionParser(FileSettings settings, Problems problems) {
        this.settings = settings;
        this.problems = problems;
    }

    /**
     * The conditions, cheapest first.
     *
     * @param triggers the rule's triggers; empty when they are invalid (then nothing is checked against them)
     */
    List<Condition> parse(Node node, Set<Trigger> triggers) {
        Optional<YamlMap> read = YamlMap.of(node, "when", KEYS, problems);
        if (read.isEmpty()) {
            return List.of();
        }
        YamlMap when = read.get();
        checkTriggersCarry(when, triggers);
        List<Condition> conditions = new ArrayList<>();
        keywords(when).ifPresent(conditions::add);
        field(when, "media_id", EventView::mediaId, false).ifPresent(conditions::add);
        field(when, "media_product_type", EventView::mediaProductType, true).ifPresent(conditions::add);
        field(when, "ad_id", EventView::adId, false).ifPresent(conditions::add);
        field(when, "payload", EventView::payload, false).ifPresent(conditions::add);
        when.value("language").flatMap(this::language).ifPresent(conditions::add);
        moderated(when).ifPresent(conditions::add);
        when.value("business_hours").flatMap(this::businessHours).ifPresent(conditions::add);
        when.value("first_message").flatMap(value -> YamlValues.bool(value, "first_message", problems))
                .map(Condition.FirstMessage::new).ifPresent(conditions::add);
        conditions.sort(Comparator.comparingInt(Condition::cost));
        return conditions;
    }

    private void checkTriggersCarry(YamlMap when, Set<Trigger> triggers) {
        if (triggers.isEmpty()) {
            return;
        }
        for (String key : when.keys()) {
            Set<Trigger> carriers = CARRIED_BY.get(key);
            if (carriers != null && Collections.disjoint(carriers, triggers)) {
                problems.at(when.key(key).orElseThrow(), key + " never holds for trigger " + names(triggers)
                        + ": only " + names(carriers) + " events have it");
            }
        }
    }

    private Optional<Condition> keywords(YamlMap when) {
        if (!when.has("any") && !when.has("all") && !when.has("none")) {
            when.key("match").ifPresent(key -> problems.at(key, "match says how keywords are matched, but the rule"
                    + " has none: add any, all or none"));
            return Optional.empty();
        }
        MatchMode mode = when.value("match").flatMap(this::matchMode).orElse(MatchMode.WORD);
        Optional<KeywordList> any = when.value("any").map(value -> keywordList(value, "any", mode));
        Optional<KeywordList> all = when.value("all").map(value -> keywordList(value, "all", mode));
        Optional<KeywordList> none = when.value("none").map(value -> keywordList(value, "none", mode));
        return Optional.of(new Condition.Keywords(any.orElse(null), all.orElse(null), none.orElse(null)));
    }

    private Optional<MatchMode> matchMode(Node node) {
        List<String> modes = Arrays.stream(MatchMode.values()).map(MatchMode::yamlName).toList();
        return YamlValues.text(node, "match", problems).flatMap(text -> {
            Optional<MatchMode> mode = Arrays.stream(MatchMode.values())
                    .filter(candidate -> candidate.yamlName().equals(text)).findFirst();
            if (mode.isEmpty()) {
                problems.at(node, "unknown match mode '" + text + "'" + Suggestions.forUnknown(text, modes));
            }
            return mode;
        });
    }

    private KeywordList keywordList(Node node, String what, MatchMode mode) {
        List<Keyword> keywords = new ArrayList<>();
        for (ScalarNode item : YamlValues.texts(node, what, problems)) {
            try {
                keywords.add(Keyword.compile(item.getValue(), mode));
            } catch (IllegalArgumentException unusable) {
                problems.at(item, unusable.getMessage());
            }
        }
        return new KeywordList(keywords);
    }

    private Optional<Condition> field(YamlMap when, String key, Function<EventView, String> field,
                                      boolean ignoreCase) {
        return when.value(key).map(value -> {
            Set<String> values = new HashSet<>();
            for (ScalarNode item : YamlValues.texts(value, key, problems)) {
                values.add(ignoreCase ? item.getValue().strip().toUpperCase(Locale.ROOT) : item.getValue().strip());
            }
            return new Condition.FieldIn(field, Set.copyOf(values), ignoreCase);
        });
    }

    private Optional<Condition> language(Node node) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        List<String> codes = Arrays.stream(Language.values()).map(Language::code).toList();
        for (ScalarNode item : YamlValues.texts(node, "language", problems)) {
            Optional<Language> language = Language.fromCode(item.getValue().strip().toLowerCase(Locale.ROOT));
            language.ifPresentOrElse(languages::add, () -> problems.at(item, "unknown language '" + item.getValue()
                    + "'" + Suggestions.forUnknown(item.getValue(), codes)));
        }
        return languages.isEmpty() ? Optional.empty() : Optional.of(new Condition.LanguageIn(languages));
    }

    private Optional<Condition> moderated(YamlMap when) {
        if (MODERATION_KEYS.stream().noneMatch(when::has)) {
            return Optional.empty();
        }
        Set<Sentiment> sentiments = when.value("sentiment").map(this::sentiments).orElse(null);
        Boolean abusive = when.value("abusive").flatMap(value -> YamlValues.bool(value, "abusive", problems)).orElse(null);
        Boolean spam = when.value("spam").flatMap(value -> YamlValues.bool(value, "spam", problems)).orElse(null);
        Boolean question = when.value("question").flatMap(value -> YamlValues.bool(value, "question", problems))
                .orElse(null);
        return Optional.of(new Condition.Moderated(sentiments, abusive, spam, question));
    }

    private Set<Sentiment> sentiments(Node node) {
        Set<Sentiment> sentiments = EnumSet.noneOf(Sentiment.class);
        List<String> codes = Arrays.stream(Sentiment.values()).map(Sentiment::code).toList();
        for (ScalarNode item : YamlValues.texts(node, "sentiment", problems)) {
            Sentiment.fromCode(item.getValue().strip()).ifPresentOrElse(sentiments::add, () -> problems.at(item,
                    "unknown sentiment '" + item.getValue() + "'" + Suggestions.forUnknown(item.getValue(), codes)));
        }
        return Set.copyOf(sentiments);
    }

    private Optional<Condition> businessHours(Node node) {
        return YamlValues.text(node, "business_hours", problems).flatMap(text -> {
            if (!text.equals("inside") && !text.equals("outside")) {
                problems.at(node, "business_hours must be inside or outside, not '" + text + "'");
                return Optional.empty();
            }
            if (settings.businessHours().isEmpty()) {
                if (!settings.businessHoursWritten()) {
                    problems.at(node, "business_hours: " + text + " needs the file's business_hours section"
                            + " (time_zone and open periods)");
                }
                return Optional.empty();
            }
            return Optional.of(new Condition.InBusinessHours(settings.businessHours().get(), text.equals("inside")));
        });
    }

    static String names(Set<Trigger> triggers) {
        return triggers.stream().sorted().map(Trigger::yamlName).collect(Collectors.joining(", "));
    }
}
