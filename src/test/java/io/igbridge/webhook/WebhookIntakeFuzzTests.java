package io.igbridge.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.igbridge.config.IgbridgeProperties;
import io.igbridge.config.Secret;
import io.igbridge.support.ForegroundWork;
import io.igbridge.support.FuzzSeeds;
import io.igbridge.support.FuzzSeeds.TwoParts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fuzzes the intake's handling of a {@code POST /api/instagram/webhook}: reading the body within its limit, the
 * signature check, storing, and the answer. Every request gets one of the documented answers (README, "Intake: what
 * each input gets"): 200 and the exact bytes stored with the secret that verified them, or 400, 401 (with the
 * signature's reason) or 413 with nothing stored; never an exception other than a refusal answered as JSON, whose
 * message repeats nothing of the request (it is the one a plain request gets).
 *
 * <p><b>Why not over HTTP.</b> Tomcat and Spring MVC per input would give a few hundred inputs a second, and Jazzer
 * would instrument (and chase coverage in) the whole web stack rather than ours. So the harness drives the real
 * {@link DeliveryIntake} in-process through {@link DeliveryIntake#receive(IntakeRequest)} — the intake's whole
 * decision, refusals included; the servlet filter in front of it only copies the stream, the declared length and
 * three headers into an {@link IntakeRequest}, and writes the answer — with a real {@link RawDeliveryStore} (group
 * commit included) on an in-memory H2 database migrated by the service's own Flyway scripts. The end-to-end HTTP
 * behaviour is {@code WebhookIntakeIntegrationTests}'.
 *
 * <p>An input is two parts ({@link FuzzSeeds#split}): the {@code X-Hub-Signature-256} header's value, then the body;
 * an input of odd length is sent chunked (no declared length), an even one with its {@code Content-Length}. The
 * largest body is {@value #MAX_BODY} bytes, so the fuzzer reaches the 413 too. The seeds are the Meta fixtures with
 * their real signatures. Fuzzing: {@code JAZZER_FUZZ=1 ./mvnw test-compile surefire:test
 * -Dtest=WebhookIntakeFuzzTests} (README, Developing).
 */
class WebhookIntakeFuzzTests {

    private static final int MAX_BODY = 2048;
    private static final List<Secret> SECRETS = List.of(SignatureVerifierFuzzTests.SECRET,
            new Secret("fuzz-second-app-secret"));
    private static final Instant NOW = Instant.parse("2026-11-24T05:00:00Z");

    private static JdbcConnectionPool database;
    private static JdbcTemplate jdbc;
    private static RawDeliveryStore store;
    private static DeliveryIntake intake;
    /** The message of each refusal for a plain request: a refusal's message never depends on what was sent. */
    private static final Map<String, String> REFUSALS = new HashMap<>();

    @BeforeAll
    static void startTheIntakeOnAnInMemoryDatabase() {
        database = JdbcConnectionPool.create("jdbc:h2:mem:intake-fuzz;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(database);
        var properties = new IgbridgeProperties(
                new IgbridgeProperties.Instagram(null, null, null, SECRETS, null), null,
                new IgbridgeProperties.Webhook(MAX_BODY, true, 256), null, null, null, null, null, null);
        var metrics = new IntakeMetrics(new SimpleMeterRegistry());
        store = new RawDeliveryStore(jdbc, new TransactionTemplate(new DataSourceTransactionManager(database)),
                event -> {
                }, metrics, properties);
        intake = new DeliveryIntake(properties, store, metrics, new ForegroundWork(), Clock.fixed(NOW, ZoneOffset.UTC));
        byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
        REFUSALS.put("empty_body", refusal(new byte[0], "sha256=00"));
        REFUSALS.put("payload_too_large", refusal(new byte[MAX_BODY + 1], "sha256=00"));
        REFUSALS.put("signature_missing", refusal(json, null));
        REFUSALS.put("signature_malformed", refusal(json, "sha256=zz"));
        REFUSALS.put("signature_invalid", refusal(json, "sha256=" + "0".repeat(64)));
    }

    @AfterAll
    static void stopIt() {
        store.destroy();
        database.dispose();
    }

    @FuzzTest(maxDuration = "60s")
    void anyRequestGetsADocumentedAnswer(byte[] input) throws IOException {
        TwoParts parts = FuzzSeeds.split(input);
        String signature = parts.firstLine();
        byte[] body = parts.rest();
        long declaredLength = input.length % 2 == 1 ? -1 : body.length;

        IntakeAnswer answer = answer(new IntakeRequest(new ByteArrayInputStream(body), declaredLength, signature,
                "application/json", "203.0.113.7"));

        SignatureCheck check = SignatureOracle.expected(SECRETS, body, signature);
        if (body.length == 0) {
            assertRefused(answer, HttpStatus.BAD_REQUEST, "empty_body");
        } else if (body.length > MAX_BODY) {
            assertRefused(answer, HttpStatus.CONTENT_TOO_LARGE, "payload_too_large");
        } else if (!check.isValid()) {
            assertRefused(answer, HttpStatus.UNAUTHORIZED, "signature_" + check.outcome().name().toLowerCase(Locale.ROOT));
        } else {
            assertStored(answer, body, check.secretSlot());
        }
    }

    @Test
    void theSeedCorpusHoldsEveryMetaFixtureWithItsSignature() {
        Map<String, byte[]> seeds = FuzzSeeds.seeds(getClass(), "anyRequestGetsADocumentedAnswer");

        FuzzSeeds.metaFixtures().forEach((fixture, body) -> assertThat(seeds.get(fixture)).as(fixture)
                .isEqualTo(FuzzSeeds.join(SignatureVerifier.sign(SignatureVerifierFuzzTests.SECRET, body), body)));
    }

    private static IntakeAnswer answer(IntakeRequest request) throws IOException {
        return intake.receive(request);
    }

    private static String refusal(byte[] body, String signature) {
        try {
            return answer(new IntakeRequest(new ByteArrayInputStream(body), body.length, signature, null,
                    "192.0.2.1")).error().message();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertRefused(IntakeAnswer answer, HttpStatus status, String error) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.error().error()).isEqualTo(error);
        assertThat(answer.error().message()).as("repeats nothing of the request").isEqualTo(REFUSALS.get(error));
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains(answer.error().message());
        assertThat(jdbc.queryForObject("select count(*) from raw_delivery", Long.class)).as("nothing stored").isZero();
    }

    private static void assertStored(IntakeAnswer answer, byte[] body, int secretSlot) {
        assertThat(answer.status()).isEqualTo(HttpStatus.OK);
        assertThat(new String(answer.body(), StandardCharsets.US_ASCII)).isEqualTo("EVENT_RECEIVED");
        long id = answer.deliveryId();
        Map<String, Object> row = jdbc.queryForMap("select b.body, d.secret_slot, d.test, d.status from raw_delivery d"
                + " join raw_delivery_body b on b.delivery_id = d.id where d.id = ?", id);
        assertThat((byte[]) row.get("body")).isEqualTo(body);
        assertThat(((Number) row.get("secret_slot")).intValue()).isEqualTo(secretSlot);
        assertThat(row.get("test")).isEqualTo(false);
        assertThat(row.get("status")).isEqualTo("RECEIVED");
        // keeps the in-memory database small over millions of inputs, and "nothing stored" checkable
        assertThat(jdbc.update("delete from raw_delivery_body where delivery_id = ?", id)).isOne();
        assertThat(jdbc.update("delete from raw_delivery where id = ?", id)).isOne();
    }
}
