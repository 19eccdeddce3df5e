package io.igbridge.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** What a DM gives: addresses and numbers typed in it, and the value a contact quick reply sends, each once. */
class ContactFinderTests {

    private final ContactFinder finder = new ContactFinder("FR");

    @Test
    void aMessageWithAnAddressAndANumberGivesBoth() {
        assertThat(finder.in("Bonjour, marie@example.com ou 06 12 34 56 78 pour le devis", null))
                .extracting(FoundContact::kind, FoundContact::normalized, FoundContact::source)
                .containsExactly(tuple(ContactKind.EMAIL, "marie@example.com", LeadSource.TEXT),
                        tuple(ContactKind.PHONE, "+33612345678", LeadSource.TEXT));
    }

    @Test
    void theSameValueWrittenTwiceOrTwoWaysIsFoundOnce() {
        assertThat(finder.in("06 12 34 56 78, je répète : +33 6 12 34 56 78. Marie@Example.com / marie@example.com",
                null)).extracting(FoundContact::normalized).containsExactly("marie@example.com", "+33612345678");
    }

    @Test
    void anEmailQuickReplyGivesTheValueOfItsPayloadAndText() {
        assertThat(finder.in("marie@example.com", "marie@example.com"))
                .extracting(FoundContact::kind, FoundContact::written, FoundContact::source)
                .containsExactly(tuple(ContactKind.EMAIL, "marie@example.com", LeadSource.QUICK_REPLY));
    }

    @Test
    void aPhoneQuickReplyGivesTheValueWhetherItIsThePayloadOrTheText() {
        assertThat(finder.in("+33 6 12 34 56 78", "USER_PHONE")).extracting(FoundContact::normalized,
                FoundContact::source).containsExactly(tuple("+33612345678", LeadSource.QUICK_REPLY));
        assertThat(finder.in(null, "+33612345678")).extracting(FoundContact::normalized, FoundContact::source)
                .containsExactly(tuple("+33612345678", LeadSource.QUICK_REPLY));
        assertThat(finder.in("Mon numéro", "+33612345678")).extracting(FoundContact::normalized,
                FoundContact::source).containsExactly(tuple("+33612345678", LeadSource.QUICK_REPLY));
    }

    @Test
    void anOrdinaryQuickReplyGivesNothing() {
        assertThat(finder.in("Track my order", "TRACK_ORDER")).isEmpty();
        assertThat(finder.in("Commande CMD-482913", "ORDER_CMD-482913")).isEmpty();
    }

    @Test
    void anOrdinaryQuickReplyWhoseTextHoldsAnAddressGivesItAsTyped() {
        assertThat(finder.in("Écrivez-moi : marie@example.com", "CONTACT_ME"))
                .extracting(FoundContact::normalized, FoundContact::source)
                .containsExactly(tuple("marie@example.com", LeadSource.TEXT));
    }

    @Test
    void aMessageWithoutTextGivesNothing() {
        assertThat(finder.in(null, null)).isEmpty();
        assertThat(finder.in("", null)).isEmpty();
        assertThat(finder.in("Bonjour, c'est pour la commande CMD-482913 du 12/03/2025 à 49,99 €", null)).isEmpty();
    }
}
