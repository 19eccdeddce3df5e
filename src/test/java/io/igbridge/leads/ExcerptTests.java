package io.igbridge.leads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A lead's excerpt: the message on one line, at most 200 characters, cut around the value. */
class ExcerptTests {

    @Test
    void aShortMessageIsKeptWholeOnOneLine() {
        assertThat(Excerpt.of("Bonjour,\n\nmon mail :  marie@example.com\n", "marie@example.com"))
                .isEqualTo("Bonjour, mon mail : marie@example.com");
    }

    @Test
    void aLongMessageIsCutAroundTheValue() {
        String message = "a".repeat(300) + " marie@example.com " + "b".repeat(300);

        String excerpt = Excerpt.of(message, "marie@example.com");

        assertThat(excerpt).hasSize(200).startsWith("…a").endsWith("b…").contains(" marie@example.com ");
    }

    @Test
    void aValueNearTheStartKeepsTheStart() {
        String excerpt = Excerpt.of("marie@example.com " + "b".repeat(300), "marie@example.com");

        assertThat(excerpt).hasSize(200).startsWith("marie@example.com b").endsWith("b…");
    }

    @Test
    void aValueNearTheEndKeepsTheEnd() {
        String excerpt = Excerpt.of("a".repeat(300) + " 06 12 34 56 78", "06 12 34 56 78");

        assertThat(excerpt).hasSize(200).startsWith("…a").endsWith("a 06 12 34 56 78");
    }

    @Test
    void noEmojiIsCutInHalf() {
        String excerpt = Excerpt.of("😊".repeat(150) + " marie@example.com " + "😊".repeat(150), "marie@example.com");

        assertThat(excerpt.length()).isLessThanOrEqualTo(200);
        assertThat(excerpt.codePoints().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
    }
}
