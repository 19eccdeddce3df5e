package io.igbridge.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static io.igbridge.support.Deliveries.dm;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import io.igbridge.support.ServiceTest;
import io.igbridge.support.Deliveries;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.TestSecrets;
import io.igbridge.support.WebhookClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** POST /api/instagram/webhook over real HTTP: verified, stored, committed, then acknowledged. */
@IntegrationTest
class WebhookIntakeIntegrationTests extends ServiceTest {

    static final String ACCOUNT = Deliveries.ACCOUNT;

    @Test
    void signedDeliveryIsStoredByteForByteThenAcknowledged() {
        byte[] body = dm("mid.stored-1", "Bonjour !").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = client.postSigned(body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("EVENT_RECEIVED");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        long id = deliveryId(response);
        assertThat(rows.body(id)).isEqualTo(body);
        assertThat(rows.secretSlot(id)).isZero();
        assertThat(rows.isTest(id)).isFalse();
    }

    /** Concurrent requests share commits: each answer still names the row holding its own bytes. */
    @Test
    void concurrentDeliveriesAreEachAcknowledgedWithTheIdOfTheirOwnRow() throws Exception {
        int count = 60;
        ExecutorService senders = Executors.newFixedThreadPool(20);
        try {
            List<Future<Map.Entry<byte[], HttpResponse<String>>>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                byte[] body = dm("mid.concurrent-" + i, "message " + i).getBytes(StandardCharsets.UTF_8);
                sent.add(senders.submit(() -> Map.entry(body, client.postSigned(body))));
            }
            Set<Long> ids = new HashSet<>();
            for (var request : sent) {
                var answer = request.get();
                assertThat(answer.getValue().statusCode()).isEqualTo(200);
                long id = deliveryId(answer.getValue());
                assertThat(rows.body(id)).isEqualTo(answer.getKey());
                ids.add(id);
            }
            assertThat(ids).hasSize(count);
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void storedDeliveryIsProcessedIntoItsEvents() {
        long id = deliveryId(client.postSigned(dm("mid.processed-1", "hello")));

        await().atMost(Duration.ofSeconds(10)).until(() -> rows.status(id).equals("PROCESSED"));
        assertThat(rows.eventTypesOfDelivery(id)).containsExactly("message");
        assertThat(rows.eventCount(ACCOUNT, "message:mid.processed-1")).isEqualTo(1);
    }

    @Test
    void aDuplicateDeliveryIsAcknowledgedAndStoresNoEventTwice() {
        String body = dm("mid.duplicate-1", "same twice");
        long first = deliveryId(client.postSigned(body));
        long second = deliveryId(client.postSigned(body));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> rows.status(first).equals("PROCESSED") && rows.status(second).equals("PROCESSED"));
        assertThat(rows.eventCount(ACCOUNT, "message:mid.duplicate-1")).isEqualTo(1);
    }

    @Test
    void anyConfiguredSecretVerifiesAndTheMatchingOneIsRecorded() {
        byte[] body = dm("mid.second-secret", "rotation").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = client.post("/api/instagram/webhook", body, "Content-Type",
                "application/json", "X-Hub-Signature-256", WebhookClient.signature(TestSecrets.SECOND_APP_SECRET, body));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(rows.secretSlot(deliveryId(response))).isEqualTo(1);
    }

    /** Meta signs its escaped-unicode body; a body re-serialised from parsed JSON would not verify. */
    @Test
    void escapedUnicodeAndRawUtf8BodiesAreBothVerifiedOverTheExactBytes() {
        String escaped = dm("mid.escaped", "\\u00e4\\u00f6\\u00e5 caf\\u00e9 https:\\/\\/example.com \\u0040shop");
        String raw = dm("mid.raw", "äöå café https://example.com @shop");

        HttpResponse<String> escapedResponse = client.postSigned(escaped.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> rawResponse = client.postSigned(raw.getBytes(StandardCharsets.UTF_8));

        assertThat(escapedResponse.statusCode()).isEqualTo(200);
        assertThat(rawResponse.statusCode()).isEqualTo(200);
        assertThat(rows.body(deliveryId(escapedResponse))).isEqualTo(escaped.getBytes(StandardCharsets.UTF_8));
        assertThat(rows.body(deliveryId(rawResponse))).isEqualTo(raw.getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(10)).until(() -> rows.eventCount(ACCOUNT, "message:mid.escaped") == 1
                && rows.eventCount(ACCOUNT, "message:mid.raw") == 1);
    }

    @Test
    void aSignatureOverTheReserialisedJsonIsRejected() {
        String escaped = dm("mid.reserialised", "\\u00e4");
        byte[] sent = escaped.getBytes(StandardCharsets.UTF_8);
        byte[] decoded = dm("mid.reserialised", "ä").getBytes(StandardCharsets.UTF_8);
        long before = rows.deliveryCount();

        HttpResponse<String> response = client.post("/api/instagram/webhook", sent, "Content-Type",
                "application/json", "X-Hub-Signature-256", WebhookClient.signature(TestSecrets.APP_SECRET, decoded));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(rows.deliveryCount()).isEqualTo(before);
    }

    /** The documented status of each bad input (README, "Intake: what each input gets"). */
    static Stream<Arguments> badInputs() {
        byte[] tooLarge = new byte[1024 * 1024 + 1];
        Arrays.fill(tooLarge, (byte) ' ');
        tooLarge[0] = '{';
        tooLarge[tooLarge.length - 1] = '}';
        byte[] deep = ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.UTF_8);
        byte[] invalidUtf8 = {'{', '"', 'o', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
        byte[] page = "{\"object\":\"page\",\"entry\":[{\"id\":\"1\",\"time\":1,\"changes\":[]}]}".getBytes(StandardCharsets.UTF_8);
        byte[] valid = dm("mid.bad-input", "x").getBytes(StandardCharsets.UTF_8);
        byte[] exactlyOneMiB = Arrays.copyOf(tooLarge, 1024 * 1024);
        exactlyOneMiB[exactlyOneMiB.length - 1] = '}';
        return Stream.of(
                Arguments.of("no signature", valid, "application/json", null, 401, null),
                Arguments.of("garbled signature", valid, "application/json", "sha256=zz-not-hex", 401, null),
                Arguments.of("wrong secret", valid, "application/json", WebhookClient.signature("not-the-secret", valid), 401, null),
                Arguments.of("SHA-1 header only", valid, "application/json", "", 401, null),
                Arguments.of("empty body", new byte[0], "application/json", "sign", 400, null),
                Arguments.of("1 MiB + 1 byte", tooLarge, "application/json", "sign", 413, null),
                Arguments.of("exactly 1 MiB", exactlyOneMiB, "application/json", "sign", 200, "UNPARSEABLE"),
                Arguments.of("not JSON", "hello, not json".getBytes(StandardCharsets.UTF_8), "application/json", "sign", 200, "UNPARSEABLE"),
                Arguments.of("JSON nested 10,000 deep", deep, "application/json", "sign", 200, "UNPARSEABLE"),
                Arguments.of("wrong content type", dm("mid.text-plain", "x").getBytes(StandardCharsets.UTF_8), "text/plain", "sign", 200, "PROCESSED"),
                Arguments.of("form content type", dm("mid.form", "x").getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", "sign", 200, "PROCESSED"),
                Arguments.of("multipart content type", dm("mid.multipart", "x").getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=abc", "sign", 200, "PROCESSED"),
                Arguments.of("invalid UTF-8", invalidUtf8, "application/json", "sign", 200, "UNPARSEABLE"),
                Arguments.of("object: page", page, "application/json", "sign", 200, "UNPARSEABLE"));
    }

    @ParameterizedTest(name = "{0} -> {4}")
    @MethodSource("badInputs")
    void eachBadInputGetsItsDocumentedStatusAndOnlyVerifiedBodiesAreStored(String name, byte[] body,
            String contentType, String signature, int expectedStatus, String expectedDeliveryStatus) {
        long before = rows.deliveryCount();
        String header = "sign".equals(signature) ? WebhookClient.signature(TestSecrets.APP_SECRET, body) : signature;
        String[] headers = header == null ? new String[] {"Content-Type", contentType}
                : header.isEmpty() ? new String[] {"Content-Type", contentType, "X-Hub-Signature", "sha1=0000"}
                : new String[] {"Content-Type", contentType, "X-Hub-Signature-256", header};

        HttpResponse<String> response = client.post("/api/instagram/webhook", body, headers);

        assertThat(response.statusCode()).as(name).isEqualTo(expectedStatus);
        if (expectedDeliveryStatus == null) {
            assertThat(rows.deliveryCount()).as("nothing stored for " + name).isEqualTo(before);
            assertThat(response.body()).contains("\"error\"").doesNotContain(TestSecrets.APP_SECRET);
        } else {
            long id = deliveryId(response);
            assertThat(rows.body(id)).isEqualTo(body);
            await().atMost(Duration.ofSeconds(10)).until(() -> rows.status(id).equals(expectedDeliveryStatus));
        }
        assertThat(client.get("/actuator/health").body()).contains("\"status\":\"UP\"");
    }
}
