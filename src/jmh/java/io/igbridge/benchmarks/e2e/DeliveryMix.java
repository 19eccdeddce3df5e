package io.igbridge.benchmarks.e2e;

import java.util.List;

/**
 * Which DMs the load is made of: spread over {@value #ACCOUNTS} accounts (igbridge sends at most 100 DMs a second per
 * account), each a greeting that the built-in rules answer (README "Auto-replies"), some asking for prices too.
 */
final class DeliveryMix {

    static final int ACCOUNTS = 10;
    /** The one text of the event → Graph API measure: the greeting rule answers it with exactly one DM. */
    static final String GREETING = "Bonjour";

    private static final List<String> TEXTS = List.of(
            "Bonjour",
            "Bonjour ! Vous livrez à Lyon ?",
            "Bonjour, quel est le prix du sac en cuir ?",
            "Hello! Do you ship to Brussels?",
            "Salut, c'est quoi le prix de la livraison ?",
            "Bonjour 😊 la robe existe en 38 ?");

    private DeliveryMix() {
    }

    static String accountId(long sequence) {
        return Long.toString(17_841_400_000_000_101L + Math.floorMod(sequence, ACCOUNTS));
    }

    static String text(long sequence) {
        return TEXTS.get((int) Math.floorMod(sequence, (long) TEXTS.size()));
    }

    /** An IGSID-like sender id, 16 digits, one per {@code person} within a range of its own. */
    static String senderId(long range, long person) {
        return Long.toString(range * 1_000_000_000_000_000L + person);
    }
}
