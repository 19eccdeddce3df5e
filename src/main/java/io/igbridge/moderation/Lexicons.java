package io.igbridge.moderation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The word lists the built-in classifier uses, read once from {@code moderation/}: the open lexicons under
 * {@code lexicons/} (their sources are in NOTICE) and the small hand-written {@code additions/}, which win where
 * both have a word. Valences are brought to -1…1: AFINN's -5…5 divided by 5, VADER's -4…4 by 4; Pattern's and the
 * Emoji Sentiment Ranking's are already on that scale.
 */
final class Lexicons {

    /** Lexicon words scored closer to 0 than this (on -1…1) are read as neutral. */
    static final double MIN_LEXICON_VALENCE = 0.3;
    /** Emojis the ranking scores closer to 0 than this are read as neutral. */
    static final double MIN_EMOJI_VALENCE = 0.3;

    private static final Set<String> FEELING_BLOCKS = Set.of("Emoticons", "Dingbats", "Miscellaneous Symbols");

    final TermTable<Double> french = new TermTable<>();
    final TermTable<Double> english = new TermTable<>();
    final TermTable<Double> emojis = new TermTable<>();
    final TermTable<Modifier> frenchModifiers = new TermTable<>();
    final TermTable<Modifier> englishModifiers = new TermTable<>();
    final TermTable<Boolean> insults = new TermTable<>();
    final TermTable<Boolean> aimedInsults = new TermTable<>();
    final TermTable<Double> spam = new TermTable<>();
    final Set<String> frenchStopWords = new HashSet<>();
    final Set<String> englishStopWords = new HashSet<>();
    final Set<String> questionOpeners = new HashSet<>();
    final TermTable<Boolean> questionPhrases = new TermTable<>();

    /** What a modifier word does to the sentiment words near it. */
    enum Modifier {
        NEGATOR, AFTER_NE, INTENSIFIER, DIMINISHER, CONTRAST, ADDRESSEE,
        /** 🙃, 🙄: the praise around it is meant the other way ("super... 🙄") */
        IRONY
    }

    static Lexicons load() {
        Lexicons lexicons = new Lexicons();
        lexicons.read();
        return lexicons;
    }

    private void read() {
        read("additions/sentiment-fr.tsv", (term, value) -> french.put(term, Double.parseDouble(value)));
        read("lexicons/pattern-fr.tsv", (term, value) -> putClear(french, term, Double.parseDouble(value)));
        read("lexicons/afinn-fr.tsv", (term, value) -> putClear(french, term, Double.parseDouble(value) / 5));
        read("additions/sentiment-en.tsv", (term, value) -> english.put(term, Double.parseDouble(value)));
        read("lexicons/vader-en.tsv", (term, value) -> putClear(english, term, Double.parseDouble(value) / 4));
        read("lexicons/afinn-en.tsv", (term, value) -> putClear(english, term, Double.parseDouble(value) / 5));
        read("additions/emoji.tsv", (emoji, value) -> emojis.put(emoji, Double.parseDouble(value)));
        readColumns("lexicons/emoji-sentiment.tsv", columns -> {
            double valence = Double.parseDouble(columns[1]);
            // faces and hearts say something; 😂 0.22 and 👀 0.06 are used every way, and objects (📱 🎸) say
            // nothing of the writer's mood though the ranking scores them: they are left out, gestures and a few
            // symbols are in the additions
            if (Math.abs(valence) >= MIN_EMOJI_VALENCE && FEELING_BLOCKS.contains(columns[3])) {
                emojis.put(columns[0], valence);
            }
        });
        readModifiers();
        readAbuse();
        read("additions/spam.tsv", (term, weight) -> spam.put(term, Double.parseDouble(weight)));
        read("lexicons/stopwords-fr.tsv", (word, none) -> frenchStopWords.add(Folding.fold(word)));
        read("lexicons/stopwords-en.tsv", (word, none) -> englishStopWords.add(Folding.fold(word)));
        // the English list holds French words ("de", "la", "je"): a hand-written list settles the shared ones
        readColumns("additions/language.tsv", columns -> {
            String word = Folding.fold(columns[1]);
            (columns[0].equals("fr") ? englishStopWords : frenchStopWords).remove(word);
            (columns[0].equals("fr") ? frenchStopWords : englishStopWords).add(word);
        });
        Set<String> both = new HashSet<>(frenchStopWords);
        both.retainAll(englishStopWords);
        frenchStopWords.removeAll(both); // "a", "on", "me": no evidence either way
        englishStopWords.removeAll(both);
        readColumns("additions/questions.tsv", columns -> {
            if (columns[0].equals("opening")) {
                questionOpeners.add(Folding.fold(columns[1]));
            } else {
                questionPhrases.put(columns[1], true);
            }
        });
    }

    /**
     * A lexicon's word, unless its valence is too faint to tell anything in a short comment (Pattern's "tous" 0.22,
     * "réservé" -0.05): those are left to the next source, or to no one.
     */
    private static void putClear(TermTable<Double> table, String term, double valence) {
        if (Math.abs(valence) >= MIN_LEXICON_VALENCE) {
            table.put(term, valence);
        }
    }

    private void readModifiers() {
        readColumns("additions/modifiers.tsv", columns -> {
            Modifier modifier = Modifier.valueOf(columns[0].toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            if (!columns[1].equals("en")) {
                frenchModifiers.put(columns[2], modifier);
            }
            if (!columns[1].equals("fr")) {
                englishModifiers.put(columns[2], modifier);
            }
        });
    }

    private void readAbuse() {
        Set<String> ignored = new HashSet<>();
        readColumns("additions/abuse.tsv", columns -> {
            switch (columns[0]) {
                case "insult" -> insults.put(columns[1], true);
                case "aimed" -> aimedInsults.put(columns[1], true);
                case "ignore" -> ignored.add(Folding.fold(columns[1]));
                default -> throw new IllegalStateException("unknown abuse kind: " + columns[0]);
            }
        });
        BiConsumer<String, String> listed = (word, none) -> {
            if (!ignored.contains(Folding.fold(word)) && !aimedInsults.containsWord(Folding.fold(word))) {
                insults.put(word, true);
            }
        };
        read("lexicons/badwords-fr.tsv", listed);
        read("lexicons/profanity-en.tsv", listed);
    }

    private static void read(String resource, BiConsumer<String, String> entry) {
        readColumns(resource, columns -> entry.accept(columns[0], columns.length > 1 ? columns[1] : ""));
    }

    private static void readColumns(String resource, java.util.function.Consumer<String[]> row) {
        String path = "moderation/" + resource;
        try (InputStream in = Lexicons.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    row.accept(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
