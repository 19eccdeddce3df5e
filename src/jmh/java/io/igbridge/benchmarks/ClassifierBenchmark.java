package io.igbridge.benchmarks;

import java.util.concurrent.TimeUnit;

import io.igbridge.moderation.Classification;
import io.igbridge.moderation.LexiconClassifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Comments classified per second by the built-in {@link LexiconClassifier}, on one thread. The target:
 * at least 50,000 a second on one core for a 100-character comment (docs/benchmarks.md).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
@State(Scope.Thread)
public class ClassifierBenchmark {

    /** Comments as they come under a shop's posts: French and English, praise, complaints, questions, spam. */
    private static final String[] COMMENTS = {
            "J'adore cette collection, les couleurs sont magnifiques 😍 Vous livrez en Belgique ? Merci d'avance !",
            "Commande reçue hier, la taille ne correspond pas du tout et le service client ne répond pas. Déçue 😞",
            "Absolutely love this! Ordered two last week and they arrived in perfect condition. Thank you so much ❤️",
            "This is the third time I ask: where is my order?? Paid 3 weeks ago and still nothing. Not happy at all.",
            "C'est pas terrible franchement... le tissu est fin et la couleur a passé au premier lavage. Dommage.",
            "Trop bien !!! Le rendu est encore plus beau en vrai 🔥🔥 Vous faites aussi la version en noir ?",
            "Nice pics but honestly the prices are way too high for what it is. Is there a discount code somewhere?",
            "Gagnez 500€ par jour depuis chez vous 💰 Cliquez sur le lien dans ma bio bit.ly/argent-facile maintenant",
    };

    /** Exactly 100 characters (and code points): the target is stated for this length. */
    private static final String HUNDRED_CHARACTERS =
            "Super service, livraison rapide, mais la boîte était abîmée. Vous pouvez m'envoyer un autre sac ? ❤️";

    private LexiconClassifier classifier;
    // fields, not constants, so the JIT cannot fold the input into the benchmark
    private String[] comments;
    private String hundredCharacters;
    private int next;

    @Setup
    public void setUp() {
        classifier = new LexiconClassifier();
        comments = COMMENTS.clone();
        hundredCharacters = HUNDRED_CHARACTERS;
        if (hundredCharacters.length() != 100
                || hundredCharacters.codePointCount(0, hundredCharacters.length()) != 100) {
            throw new IllegalStateException("the 100-character comment has " + hundredCharacters.length()
                    + " characters");
        }
    }

    @Benchmark
    public Classification mixedComments() {
        String comment = comments[next];
        next = next + 1 == comments.length ? 0 : next + 1;
        return classifier.classify(comment);
    }

    @Benchmark
    public Classification hundredCharacterComment() {
        return classifier.classify(hundredCharacters);
    }
}
