package io.igbridge.rules;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A deliberately small guess: counts common French and English words (words both languages use, such as "a",
 * "on", "me", "super", count for neither) plus one point for French when the text has French accents. A tie,
 * including no known word at all, is no guess.
 */
final class StopWordLanguageGuess implements LanguageGuess {

    private static final Pattern FRENCH_LETTERS = Pattern.compile("[éèêëàâçùûôîïœÉÈÊÀÇ]");
    private static final Set<String> FRENCH = Set.of("le", "la", "les", "un", "une", "des", "du", "de", "et", "est",
            "je", "j", "tu", "il", "elle", "nous", "vous", "ils", "elles", "ne", "pas", "pour", "avec", "sur", "dans",
            "que", "qui", "quoi", "quel", "quelle", "quels", "quelles", "mon", "ma", "mes", "ton", "ta", "tes", "votre",
            "vos", "notre", "nos", "ce", "cette", "ces", "c", "l", "d", "qu", "n", "au", "aux", "bonjour", "bonsoir",
            "salut", "merci", "oui", "non", "tres", "bien", "comment", "combien", "prix", "suis", "avez", "avoir",
            "etre", "fait", "faire", "aussi", "mais", "ou", "donc", "alors", "svp", "beaucoup", "genial", "moi",
            "toi", "cest", "ca", "quand", "pourquoi", "commande", "livraison", "taille", "disponible", "aime",
            "adore", "bravo", "merveilleux");
    private static final Set<String> ENGLISH = Set.of("the", "an", "and", "is", "are", "was", "i", "you", "he",
            "she", "we", "they", "it", "this", "that", "not", "of", "to", "in", "for", "with", "what", "which", "how",
            "much", "hello", "hi", "hey", "thanks", "thank", "yes", "please", "my", "your", "do", "does", "can",
            "price", "love", "great", "awesome", "be", "have", "has", "there", "here", "where", "when", "who", "why",
            "would", "could", "will", "just", "so", "but", "or", "if", "at", "by", "from", "about", "get", "good",
            "morning", "order", "shipping", "size", "available", "amazing", "beautiful", "nice", "cool");

    @Override
    public Optional<Language> guess(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        int french = FRENCH_LETTERS.matcher(text).find() ? 1 : 0;
        int english = 0;
        for (String word : NormalizedText.of(text).words()) {
            french += FRENCH.contains(word) ? 1 : 0;
            english += ENGLISH.contains(word) ? 1 : 0;
        }
        if (french == english) {
            return Optional.empty();
        }
        return Optional.of(french > english ? Language.FR : Language.EN);
    }
}
