package io.igbridge.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** E-mail addresses in DMs: what is one, where it ends, what only looks like one. */
class EmailAddressesTests {

    private static List<String> addressesIn(String text) {
        return EmailAddresses.in(text, LeadSource.TEXT).stream().map(FoundContact::written).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            marie@example.com                                        | marie@example.com
            Mon mail : marie.dupont@example.fr                       | marie.dupont@example.fr
            écrivez-moi à marie@example.com.                         | marie@example.com
            marie@example.com, merci !                               | marie@example.com
            (marie@example.com)                                      | marie@example.com
            <marie@example.com>                                      | marie@example.com
            "marie@example.com"                                      | marie@example.com
            c'est marie@example.com!                                 | marie@example.com
            c'est marie@example.com?                                 | marie@example.com
            c'est marie@example.com...                               | marie@example.com
            mailto:marie@example.com                                 | marie@example.com
            first.last+promo@sub.example.co.uk                       | first.last+promo@sub.example.co.uk
            j_doe-42@mail-server.example.org                         | j_doe-42@mail-server.example.org
            MARIE.DUPONT@EXAMPLE.FR                                  | MARIE.DUPONT@EXAMPLE.FR
            email:marie@example.com;tel:0612345678                   | marie@example.com
            📧 marie@example.com 🙏                                   | marie@example.com
            """)
    void anAddressIsFoundWithoutThePunctuationAroundIt(String text, String address) {
        assertThat(addressesIn(text)).containsExactly(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "merci @atelier.lin pour la livraison",
            "@marie.dupont",
            "suivez @example.com",
            "marie@localhost",
            "marie@example",
            "marie@example.c",
            "marie@@example.com",
            ".marie@example.com is not .marie",
            "marie.@example.com",
            "marie..dupont@example.com",
            "marie@-example.com",
            "marie@example.com2",
            "https://medium.com/@marie",
            "prénom@example.fr",
            "marie at example dot com",
            "mon insta c'est marie_dupont",
            "12@34.56"})
    void handlesAndThingsThatOnlyLookLikeAddressesAreNone(String text) {
        assertThat(addressesIn(text)).isEmpty();
    }

    @Test
    void anAddressIsNormalisedToLowerCaseAndKeptAsWritten() {
        FoundContact found = EmailAddresses.in("Mon mail: Marie.Dupont@Example.FR", LeadSource.TEXT).get(0);

        assertThat(found.written()).isEqualTo("Marie.Dupont@Example.FR");
        assertThat(found.normalized()).isEqualTo("marie.dupont@example.fr");
        assertThat(found.kind()).isEqualTo(ContactKind.EMAIL);
    }

    @Test
    void severalAddressesAreFoundInOrder() {
        assertThat(addressesIn("pro: marie@atelier.example, perso: marie.d@gmail.com"))
                .containsExactly("marie@atelier.example", "marie.d@gmail.com");
    }

    @Test
    void aWholeValueIsOneAddressAndNothingElse() {
        assertThat(EmailAddresses.whole("  marie@example.com ", LeadSource.QUICK_REPLY)).get()
                .extracting(FoundContact::written).isEqualTo("marie@example.com");
        assertThat(EmailAddresses.whole("mail: marie@example.com", LeadSource.QUICK_REPLY)).isEmpty();
        assertThat(EmailAddresses.whole("TRACK_ORDER", LeadSource.QUICK_REPLY)).isEmpty();
    }

    @Test
    void anAddressLongerThanAllowedIsNone() {
        String tooLong = "a".repeat(64) + "@" + ("b".repeat(60) + ".").repeat(4) + "com";

        assertThat(tooLong.length()).isGreaterThan(254);
        assertThat(addressesIn(tooLong)).isEmpty();
    }
}
