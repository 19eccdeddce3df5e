package io.igbridge.moderation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The language a text is written in, as far as moderation tells: French, English, or neither it can tell. */
public enum TextLanguage {
    FR, EN, OTHER;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TextLanguage> fromCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code().equalsIgnoreCase(code)).findFirst();
    }
}
