package io.igbridge.moderation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a text says about the brand, its post or its product. */
public enum Sentiment {
    POSITIVE, NEGATIVE, NEUTRAL;

    /** The name used in rule files and in JSON: {@code positive}, {@code negative}, {@code neutral}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Sentiment> fromCode(String code) {
        return Arrays.stream(values()).filter(sentiment -> sentiment.code().equalsIgnoreCase(code)).findFirst();
    }
}
