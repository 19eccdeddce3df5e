package io.igbridge.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstNamesTests {

    @Test
    void theNameGoesInPlaceOfThePlaceholder() {
        assertThat(FirstNames.withFirstName("Bonjour {first_name} !", "Marie")).isEqualTo("Bonjour Marie !");
        assertThat(FirstNames.withFirstName("{first_name}, merci !", " Marie ")).isEqualTo("Marie, merci !");
    }

    @Test
    void withoutANameThePlaceholderLeavesNoGap() {
        assertThat(FirstNames.withFirstName("Bonjour {first_name} !", null)).isEqualTo("Bonjour !");
        assertThat(FirstNames.withFirstName("{first_name}, merci !", "")).isEqualTo("merci !");
        assertThat(FirstNames.withFirstName("Merci !", null)).isEqualTo("Merci !");
    }
}
