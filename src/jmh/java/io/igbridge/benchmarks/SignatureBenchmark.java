package io.igbridge.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.igbridge.config.Secret;
import io.igbridge.webhook.SignatureCheck;
import io.igbridge.webhook.SignatureVerifier;
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
 * Deliveries whose {@code X-Hub-Signature-256} is checked per second by {@link SignatureVerifier} (HMAC-SHA256 of
 * the raw bytes, constant-time compare), one secret configured, on one thread. No target in the issue: it is the
 * first thing done to every delivery, before it is stored.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
@State(Scope.Thread)
public class SignatureBenchmark {

    /** A real delivery of about 1 KB: a DM from a Click-to-Direct ad, as the fixture is on disk (1,058 bytes). */
    private static final String TYPICAL_FIXTURE = "meta/messaging/message-ad-referral.json";

    private SignatureVerifier verifier;
    private byte[] typicalBody;
    private String typicalSignature;
    private String otherSecretsSignature;
    private byte[] thousandUpdatesBody;
    private String thousandUpdatesSignature;

    @Setup
    public void setUp() {
        Secret secret = new Secret("8f1c2e7a9b3d4f60a1b2c3d4e5f60718");
        verifier = new SignatureVerifier(List.of(secret));
        typicalBody = MetaDeliveries.asOnDisk(TYPICAL_FIXTURE);
        typicalSignature = SignatureVerifier.sign(secret, typicalBody);
        otherSecretsSignature = SignatureVerifier.sign(new Secret("not-the-app-secret"), typicalBody);
        thousandUpdatesBody = MetaDeliveries.batchOfDms(MetaDeliveries.MAX_UPDATES);
        thousandUpdatesSignature = SignatureVerifier.sign(secret, thousandUpdatesBody);
        expect(typicalValid(), SignatureCheck.Outcome.VALID);
        expect(typicalInvalid(), SignatureCheck.Outcome.INVALID);
        expect(thousandUpdatesValid(), SignatureCheck.Outcome.VALID);
    }

    /** About 1 KB, signed with the configured secret. */
    @Benchmark
    public SignatureCheck typicalValid() {
        return verifier.verify(typicalBody, typicalSignature);
    }

    /** The same body signed with another secret: the same work, then a refusal. */
    @Benchmark
    public SignatureCheck typicalInvalid() {
        return verifier.verify(typicalBody, otherSecretsSignature);
    }

    /** One delivery of 1,000 DMs (a few hundred KB), signed with the configured secret. */
    @Benchmark
    public SignatureCheck thousandUpdatesValid() {
        return verifier.verify(thousandUpdatesBody, thousandUpdatesSignature);
    }

    private static void expect(SignatureCheck check, SignatureCheck.Outcome outcome) {
        if (check.outcome() != outcome) {
            throw new IllegalStateException("expected " + outcome + ", got " + check);
        }
    }
}
