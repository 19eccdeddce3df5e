package io.igbridge.cli;

import java.util.Arrays;
import java.util.stream.Collectors;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What {@code send-test} sends: each kind a shape of delivery Meta sends (meta-platform.md §4). */
enum TestDeliveryKind {
    DM("dm", "Bonjour ! Ceci est un test d'igbridge."),
    COMMENT("comment", "Super post, merci !"),
    /** Facebook Login's {@code mentions} field: ids only, Meta sends no text (§4.4). */
    MENTION("mention", null),
    /** A DM whose attachment is the story that mentions the account (§4.4): no text either. */
    STORY_MENTION("story-mention", null),
    /** A ❤️ reaction to a message (§4.2): no text. */
    REACTION("reaction", null);

    final String cliName;
    /** The text sent when {@code --text} is not given; null for kinds Meta sends without text. */
    final String defaultText;

    TestDeliveryKind(String cliName, String defaultText) {
        this.cliName = cliName;
        this.defaultText = defaultText;
    }

    boolean hasText() {
        return defaultText != null;
    }

    static String names() {
        return Arrays.stream(values()).map(kind -> kind.cliName).collect(Collectors.joining(", "));
    }

    /** Reads a kind by its name on the command line ({@code story-mention}). */
    static final class Converter implements ITypeConverter<TestDeliveryKind> {
        @Override
        public TestDeliveryKind convert(String name) {
            return Arrays.stream(values()).filter(kind -> kind.cliName.equals(name)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("'" + name + "' is not one of " + names()));
        }
    }
}
