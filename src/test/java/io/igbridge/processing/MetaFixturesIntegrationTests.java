package io.igbridge.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import io.igbridge.events.ParsedDelivery;
import io.igbridge.events.ParsedEvent;
import io.igbridge.events.WebhookPayloadParser;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.Fixtures;
import io.igbridge.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real Meta fixture, signed as Meta signs it and posted over HTTP, is acknowledged, stored byte for byte,
 * and processed into exactly the events the parser finds in it (the seed guide's object-less curl bodies are
 * not Meta deliveries: signed, they are kept as unparseable).
 */
@IntegrationTest
class MetaFixturesIntegrationTests extends ServiceTest {

    static List<String> fixtures() throws IOException, URISyntaxException {
        Path root = Path.of(MetaFixturesIntegrationTests.class.getResource("/meta").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".json"))
                    .map(file -> "meta/" + root.relativize(file).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void signedFixtureIsStoredAndEachOfItsEventsStoredOnce(String fixture) {
        byte[] body = Fixtures.bytes(fixture);
        ParsedDelivery expected = new WebhookPayloadParser().parse(body, true, Instant.now());

        var response = client.postSigned(body);

        assertThat(response.statusCode()).isEqualTo(200);
        long id = deliveryId(response);
        assertThat(rows.body(id)).isEqualTo(body);
        String status = expected.isParseable() ? "PROCESSED" : "UNPARSEABLE";
        await().atMost(Duration.ofSeconds(10)).until(() -> rows.status(id).equals(status));
        for (ParsedEvent event : expected.events()) {
            assertThat(rows.eventCount(event.event().accountId(), event.event().dedupKey()))
                    .as("%s stored once", event.event().dedupKey()).isEqualTo(1);
        }
    }
}
