package io.igbridge.graphapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class MessagePartsTests {

    @Test
    void aLongTextBecomesOrderedPartsOfAtMost1000BytesCutAtSpaces() {
        String text = words("Bonjour", 2_500);

        List<String> parts = MessageParts.split(text, 1000);

        assertThat(parts).hasSize(3);
        assertThat(parts).allSatisfy(part -> {
            assertThat(bytes(part)).isLessThanOrEqualTo(1000).isGreaterThan(0);
            assertThat(part).doesNotStartWith(" ").doesNotEndWith(" ").contains("Bonjour");
        });
        assertThat(parts.get(0)).startsWith("Bonjour0 ");
        assertThat(parts.get(2)).endsWith(text.substring(text.lastIndexOf(' ') + 1));
        assertIsSplitOf(text, parts);
    }

    @Test
    void multiByteCharactersAreNeverCut() {
        for (String unit : List.of("é", "😊", "日本語", "a😊é")) {
            String text = words(unit, 3_333);

            List<String> parts = MessageParts.split(text, 1000);

            assertThat(parts).as(unit).hasSizeGreaterThan(1).allSatisfy(part -> {
                assertThat(bytes(part)).isLessThanOrEqualTo(1000);
                // a cut inside a character would not survive the round trip through UTF-8
                assertThat(new String(part.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(part);
                assertThat(Character.isLowSurrogate(part.charAt(0))).isFalse();
                assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))).isFalse();
            });
            assertIsSplitOf(text, parts);
        }
    }

    @Test
    void aWordLongerThanTheLimitIsCutBetweenCodePoints() {
        String word = "😊".repeat(750);

        List<String> parts = MessageParts.split(word, 1000);

        assertThat(parts).containsExactly("😊".repeat(250), "😊".repeat(250), "😊".repeat(250));
    }

    @Test
    void a3000ByteWordWithoutSpacesIsCutAtTheLimit() {
        String word = "x".repeat(1001) + "é".repeat(999) + "y";
        assertThat(MessageParts.utf8Length(word)).isEqualTo(3000);

        List<String> parts = MessageParts.split(word, 1000);

        // the second part stops at 999 bytes: the next "é" would straddle the limit
        assertThat(parts).extracting(MessageParts::utf8Length).containsExactly(1000, 999, 1000, 1);
        assertThat(parts.get(1)).isEqualTo("x" + "é".repeat(499));
        assertThat(String.join("", parts)).isEqualTo(word);
    }

    @Test
    void aWordThatDoesNotFitMovesWhole() {
        String text = "a".repeat(995) + " " + "bbbbbbbbbb";

        assertThat(MessageParts.split(text, 1000)).containsExactly("a".repeat(995), "bbbbbbbbbb");
    }

    @Test
    void newlinesAndRunsOfSpacesAreCutPointsToo() {
        String text = "a".repeat(600) + "\n\n  " + "b".repeat(600) + "\t" + "c".repeat(10);
        String paragraphs = "a".repeat(600) + "\n" + "b".repeat(600);

        List<String> parts = MessageParts.split(text, 1000);

        assertThat(parts).containsExactly("a".repeat(600), "b".repeat(600) + "\t" + "c".repeat(10));
        assertIsSplitOf(text, parts);
        assertThat(MessageParts.split(paragraphs, 1000)).containsExactly("a".repeat(600), "b".repeat(600));
    }

    @Test
    void exactly1000BytesIsOnePartAndEmptyIsNone() {
        String thousand = "日".repeat(333) + "a";

        assertThat(MessageParts.split(thousand, 1000)).containsExactly(thousand);
        assertThat(MessageParts.split(thousand + "b", 1000)).hasSize(2);
        assertThat(MessageParts.split("", 1000)).isEmpty();
        assertThat(MessageParts.split("   \n", 1000)).isEmpty();
        assertThat(MessageParts.split("Merci beaucoup ! 😊", 1000)).containsExactly("Merci beaucoup ! 😊");
    }

    @Test
    void countsUtf8BytesNotCharacters() {
        assertThat(MessageParts.utf8Length("aé日😊")).isEqualTo(1 + 2 + 3 + 4);
        assertThatIllegalArgumentException().isThrownBy(() -> MessageParts.split("abc", 3));
    }

    /** The parts, in order, with only whitespace between them, make the text. */
    private static void assertIsSplitOf(String text, List<String> parts) {
        int at = 0;
        for (String part : parts) {
            int found = text.indexOf(part, at);
            assertThat(found).as("part found in order").isGreaterThanOrEqualTo(at);
            assertThat(text.substring(at, found)).as("only whitespace dropped").isBlank();
            at = found + part.length();
        }
        assertThat(text.substring(at)).isBlank();
    }

    private static String words(String unit, int minBytes) {
        var text = new StringBuilder();
        for (int i = 0; bytes(text.toString()) < minBytes; i++) {
            text.append(text.length() == 0 ? "" : " ").append(unit).append(i);
        }
        return text.toString();
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
