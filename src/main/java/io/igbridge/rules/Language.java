package io.igbridge.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages reply texts can be written in ({@code text: {fr: …, en: …}}) and rules can ask for. */
public enum Language {
    FR, EN;

    /** The code used in rule files: {@code fr}, {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code().equals(code)).findFirst();
    }
}
