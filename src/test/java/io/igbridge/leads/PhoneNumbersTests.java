package io.igbridge.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Phone numbers in DMs, French by default: which are numbers, in E.164, and which numbers are not phones. */
class PhoneNumbersTests {

    private final PhoneNumbers french = new PhoneNumbers("FR");

    private List<String> numbersIn(String text) {
        return french.in(text).stream().map(FoundContact::normalized).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Appelez-moi au 06 12 34 56 78 svp              | +33612345678
            0612345678                                     | +33612345678
            06.12.34.56.78                                 | +33612345678
            06-12-34-56-78                                 | +33612345678
            tél : 07 81 23 45 67.                          | +33781234567
            +33 6 12 34 56 78                              | +33612345678
            +33612345678                                   | +33612345678
            +33 (0)6 12 34 56 78                           | +33612345678
            0033 6 12 34 56 78                             | +33612345678
            fixe 01 42 68 53 00                            | +33142685300
            box 09 72 12 34 56                             | +33972123456
            numéro vert 0 800 123 456                      | +33800123456
            mon numéro (06 12 34 56 78), merci             | +33612345678
            n° 06 12 34 56 78                              | +33612345678
            """)
    void frenchNumbersAreFoundAsWrittenInFrance(String text, String e164) {
        assertThat(numbersIn(text)).containsExactly(e164);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            UK: +44 20 7946 0958                           | +442079460958
            call me +1 (212) 736-5000                      | +12127365000
            +1 415-555-2671                                | +14155552671
            Berlin +49 30 12345678                         | +493012345678
            Belgique +32 470 12 34 56                      | +32470123456
            Suisse +41 79 123 45 67                        | +41791234567
            Maroc +212 6 12 34 56 78                       | +212612345678
            from Spain 0034 612 34 56 78                   | +34612345678
            0044 20 7946 0958                              | +442079460958
            """)
    void internationalNumbersAreFoundByTheirCountryCode(String text, String e164) {
        assertThat(numbersIn(text)).containsExactly(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ma commande CMD-482913 n'est pas arrivée",
            "commande CMD-0612345678",
            "référence REF_0612345678",
            "ticket #0612345678",
            "code 0612345678-A",
            "49,99 €",
            "ça coûte 1 299,99 € TTC",
            "0612345678 €",
            "€ 0612345678",
            "payé $4155552671",
            "le 12/03/2025",
            "livré le 2025-03-12",
            "le 12.03.2025 à 14h30",
            "de 9h à 18h, ou 14:30",
            "à 14:30:00",
            "75011 Paris",
            "code postal 13008",
            "SIRET 123 456 789 00012",
            "IBAN FR76 3000 6000 0112 3456 7890 189",
            "carte 4970 1012 3456 7890",
            "612345678",
            "06 12 34",
            "06 12 34 56 78 90 12",
            "commande 1234567890",
            "3 x 25 cl, 12 pièces",
            "version 10.0.19045"})
    void orderNumbersPricesDatesTimesAndPostcodesAreNoPhoneNumbers(String text) {
        assertThat(numbersIn(text)).isEmpty();
    }

    @Test
    void aNumberIsKeptAsWrittenToo() {
        FoundContact found = french.in("joignable au 06 12 34 56 78 demain").get(0);

        assertThat(found.written()).isEqualTo("06 12 34 56 78");
        assertThat(found.kind()).isEqualTo(ContactKind.PHONE);
        assertThat(found.source()).isEqualTo(LeadSource.TEXT);
    }

    @Test
    void severalNumbersAreFoundInOrder() {
        assertThat(numbersIn("portable 06 12 34 56 78 / fixe 01 42 68 53 00")).containsExactly("+33612345678",
                "+33142685300");
    }

    @Test
    void theDefaultRegionDecidesWhatANationalNumberIs() {
        var belgian = new PhoneNumbers("BE");

        assertThat(belgian.in("bel me op 0470 12 34 56")).extracting(FoundContact::normalized)
                .containsExactly("+32470123456");
        assertThat(numbersIn("bel me op 0470 12 34 56")).containsExactly("+33470123456");
        assertThat(belgian.in("06 12 34 56 78")).isEmpty();
    }

    @Test
    void aWholeValueIsInE164WhenItCanBeToldElseItsDigitsAfterAPlus() {
        assertThat(french.whole("+33 6 12 34 56 78", LeadSource.QUICK_REPLY)).get()
                .extracting(FoundContact::normalized).isEqualTo("+33612345678");
        assertThat(french.whole("06 12 34 56 78", LeadSource.QUICK_REPLY)).get()
                .extracting(FoundContact::normalized).isEqualTo("+33612345678");
        assertThat(french.whole("+999 1234 5678", LeadSource.QUICK_REPLY)).get()
                .extracting(FoundContact::normalized).isEqualTo("+99912345678");
        assertThat(french.whole("TRACK_ORDER", LeadSource.QUICK_REPLY)).isEmpty();
        assertThat(french.whole("06 12 34 56 78 svp", LeadSource.QUICK_REPLY)).isEmpty();
        assertThat(french.whole("123456", LeadSource.QUICK_REPLY)).isEmpty();
    }

    @Test
    void regionsAreTheCountriesLibphonenumberKnows() {
        assertThat(PhoneNumbers.isKnownRegion("FR")).isTrue();
        assertThat(PhoneNumbers.isKnownRegion("CA")).isTrue();
        assertThat(PhoneNumbers.isKnownRegion("XX")).isFalse();
        assertThat(PhoneNumbers.isKnownRegion("fr")).isFalse();
    }
}
