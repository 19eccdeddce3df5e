package io.igbridge.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.igbridge.events.InstagramEvent;
import io.igbridge.events.MessageDeleted;
import io.igbridge.events.MessageEdited;
import io.igbridge.events.MessageReceived;
import io.igbridge.events.ParsedDelivery;
import io.igbridge.events.ParsedEvent;
import io.igbridge.events.WebhookPayloadParser;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.Fixtures;
import io.igbridge.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real Meta fixture, signed as Meta signs it and posted over HTTP, is acknowledged, stored byte for byte
 * (but for a message an earlier fixture deleted: redacted), and processed into exactly the events the parser finds in it (the seed guide's object-less curl bodies are
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
        String status = expected.isParseable() ? "PROCESSED" : "UNPARSEABLE";
        await().atMost(Duration.ofSeconds(10)).until(() -> rows.status(id).equals(status));
        for (ParsedEvent event : expected.events()) {
            assertThat(rows.eventCount(event.event().accountId(), event.event().dedupKey()))
                    .as("%s stored once", event.event().dedupKey()).isEqualTo(1);
        }
        Map<InstagramEvent, String> deletedEarlier = textsDeletedByAnEarlierFixture(fixture, expected);
        if (deletedEarlier.isEmpty()) {
            assertThat(rows.body(id)).isEqualTo(body);
        }
        // an earlier fixture deleted this message: its text is redacted from the stored body too, once handled
        deletedEarlier.forEach((message, text) -> {
            await().atMost(Duration.ofSeconds(10)).until(() -> "HANDLED".equals(rows.eventStatus(message.accountId(),
                    message.dedupKey())));
            assertThat(new String(rows.body(id), StandardCharsets.UTF_8)).doesNotContain(text);
        });
    }

    /**
     * This fixture's messages and edits (with their texts) whose deletion a fixture posted before it (in
     * {@link #fixtures()}'s order) reported.
     */
    private static Map<InstagramEvent, String> textsDeletedByAnEarlierFixture(String fixture, ParsedDelivery parsed) {
        try {
            List<String> all = fixtures();
            Set<String> deleted = all.subList(0, all.indexOf(fixture)).stream()
                    .flatMap(earlier -> new WebhookPayloadParser().parse(Fixtures.bytes(earlier), true, Instant.now())
                            .events().stream())
                    .map(ParsedEvent::event).filter(MessageDeleted.class::isInstance)
                    .map(event -> ((MessageDeleted) event).mid()).collect(Collectors.toSet());
            Map<InstagramEvent, String> texts = new HashMap<>();
            for (ParsedEvent event : parsed.events()) {
                if (event.event() instanceof MessageReceived message && deleted.contains(message.mid())) {
                    texts.put(message, message.content().text());
                } else if (event.event() instanceof MessageEdited edit && deleted.contains(edit.mid())) {
                    texts.put(edit, edit.text());
                }
            }
            return texts;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
