package io.igbridge.rules;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** One keyword, compiled once when the rules are loaded. */
sealed interface Keyword {

    boolean in(NormalizedText text);

    /**
     * Compiles a keyword as written in a rules file.
     *
     * @throws IllegalArgumentException with a message for the rule's author when it can never match
     */
    static Keyword compile(String raw, MatchMode mode) {
        String normalized = NormalizedText.normalize(raw).strip();
        List<String> words = NormalizedText.words(normalized);
        return switch (mode) {
            case WORD -> {
                if (words.isEmpty()) {
                    throw new IllegalArgumentException("keyword '" + raw + "' has no letter or digit, so it is no"
                            + " word; use match: substring for emoji and punctuation");
                }
                yield words.size() == 1 ? new Word(words.get(0)) : new Phrase(" " + String.join(" ", words) + " ");
            }
            case SUBSTRING -> {
                if (normalized.isEmpty()) {
                    throw new IllegalArgumentException("empty keyword");
                }
                yield new Substring(normalized);
            }
            case EXACT -> {
                if (normalized.isEmpty()) {
                    throw new IllegalArgumentException("empty keyword");
                }
                yield words.isEmpty() ? new ExactSymbols(normalized) : new ExactWords(words);
            }
            case REGEX -> new Regex(compileRegex(raw));
        };
    }

    private static Pattern compileRegex(String raw) {
        if (raw.isEmpty()) {
            throw new IllegalArgumentException("empty regex");
        }
        // accents are removed from the text, so from the pattern too; case is ignored by the flags, not by
        // lowercasing the pattern (that would turn \S into \s)
        String withoutAccents = Pattern.compile("\\p{M}+")
                .matcher(Normalizer.normalize(raw, Normalizer.Form.NFKD)).replaceAll("");
        try {
            return Pattern.compile(withoutAccents, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException invalid) {
            throw new IllegalArgumentException("invalid regex '" + raw + "': " + invalid.getDescription()
                    + (invalid.getIndex() >= 0 ? " near index " + invalid.getIndex() : ""));
        }
    }

    record Word(String word) implements Keyword {
        @Override
        public boolean in(NormalizedText text) {
            return text.wordSet().contains(word);
        }
    }

    record Phrase(String spacedWords) implements Keyword {
        @Override
        public boolean in(NormalizedText text) {
            return text.spaced().contains(spacedWords);
        }
    }

    record Substring(String normalized) implements Keyword {
        @Override
        public boolean in(NormalizedText text) {
            return text.plain().contains(normalized);
        }
    }

    record ExactWords(List<String> words) implements Keyword {
        @Override
        public boolean in(NormalizedText text) {
            return text.words().equals(words);
        }
    }

    record ExactSymbols(String normalized) implements Keyword {
        @Override
        public boolean in(NormalizedText text) {
            return text.plain().strip().equals(normalized);
        }
    }

    record Regex(Pattern pattern) implements Keyword {
        @Override
        public boolean in(NormalizedText text) {
            return pattern.matcher(text.plain()).find();
        }
    }
}
