package io.igbridge.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.igbridge.support.FuzzSeeds;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the payload parser with any bytes: whatever a signed sender (or a bug at Meta) puts in a delivery, the
 * parser answers with events or with the reason it is unparseable, its documented outcome, and nothing else: no
 * exception, no hidden failure (its last-resort catch, "parser failed: …", counts as a finding), no endless loop,
 * no stack overflow on deep nesting; unknown shapes become events, each with a usable key, and every text of every
 * event can be stored (no U+0000, which PostgreSQL refuses).
 *
 * <p>Regression mode ({@code ./mvnw test}) runs the committed seeds: every Meta fixture of {@code meta/}, as its raw
 * bytes, under {@code WebhookPayloadParserFuzzTestsInputs/anyBytesParseToEventsOrAProblem/}, a few hostile ones
 * ({@code hostile/}: a thousand levels of nesting, and the deepest accepted), plus any finding Jazzer saved there. Fuzzing: {@code JAZZER_FUZZ=1 ./mvnw test-compile surefire:test
 * -Dtest=WebhookPayloadParserFuzzTests} (README, Developing).
 */
class WebhookPayloadParserFuzzTests {

    private static final Instant RECEIVED_AT = Instant.parse("2026-11-20T09:31:00Z");
    private static final WebhookPayloadParser PARSER = new WebhookPayloadParser();

    @FuzzTest(maxDuration = "60s")
    void anyBytesParseToEventsOrAProblem(byte[] body) {
        for (boolean objectRequired : new boolean[] {true, false}) {
            ParsedDelivery delivery = PARSER.parse(body, objectRequired, RECEIVED_AT);

            assertThat(delivery).isNotNull();
            assertThat(delivery.isParseable()).isEqualTo(delivery.problem() == null);
            if (!delivery.isParseable()) {
                assertThat(delivery.events()).isEmpty();
                assertThat(delivery.problem()).doesNotStartWith("parser failed").hasSizeLessThan(200)
                        .doesNotContainPattern("\\p{Cntrl}");
            }
            for (ParsedEvent parsed : delivery.events()) {
                assertUsable(parsed);
            }
            assertThat(PARSER.parse(body, objectRequired, RECEIVED_AT)).as("the same bytes, the same events")
                    .isEqualTo(delivery);
        }
    }

    @Test
    void theSeedCorpusHoldsEveryMetaFixture() {
        Map<String, byte[]> seeds = FuzzSeeds.seeds(getClass(), "anyBytesParseToEventsOrAProblem");

        FuzzSeeds.metaFixtures().forEach((fixture, bytes) -> assertThat(seeds.get(fixture)).as(fixture).isEqualTo(bytes));
    }

    private static void assertUsable(ParsedEvent parsed) {
        InstagramEvent event = parsed.event();
        assertThat(event.accountId()).isNotNull();
        assertThat(event.occurredAt()).isNotNull();
        assertThat(event.type()).matches("[a-z_]+");
        assertThat(event.dedupKey()).isNotBlank().hasSizeLessThanOrEqualTo(DedupKeys.MAX_LENGTH)
                .doesNotContainPattern("\\p{Cntrl}");
        if (event instanceof UnknownEvent unknown) {
            assertThat(unknown.reason()).doesNotStartWith("parser failed");
        }
        assertThat(parsed.sourceJson()).isNotNull();
        assertThat(Json.MAPPER.readTree(parsed.sourceJson())).isNotNull();
        assertStorable(event);
    }

    /** Every text of an event, however deep, can be stored: PostgreSQL's text types refuse U+0000. */
    private static void assertStorable(Object value) {
        if (value instanceof String text) {
            assertThat(text).doesNotContain("\u0000");
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    assertStorable(component.getAccessor().invoke(record));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (value instanceof Collection<?> values) {
            values.forEach(WebhookPayloadParserFuzzTests::assertStorable);
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, entry) -> {
                assertStorable(key);
                assertStorable(entry);
            });
        }
    }
}
