package io.igbridge.events;

import static io.igbridge.events.WebhookPayloadParserTests.ACCOUNT;
import static io.igbridge.events.WebhookPayloadParserTests.CUSTOMER;
import static io.igbridge.events.WebhookPayloadParserTests.events;
import static io.igbridge.events.WebhookPayloadParserTests.only;
import static io.igbridge.events.WebhookPayloadParserTests.sha256Prefix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile and odd input: {@code parse} never throws, and says why a body is unparseable without quoting it. */
class WebhookPayloadParserRobustnessTests {

    private static final Instant RECEIVED = Instant.parse("2026-11-20T09:31:00Z");
    private static final Map<String, String> KEY_PREFIXES = Map.ofEntries(Map.entry("message", "message:"),
            Map.entry("message_echo", "echo:"), Map.entry("message_deleted", "deleted:"),
            Map.entry("message_edit", "edit:"), Map.entry("reaction", "reaction:"),
            Map.entry("reaction_removed", "reaction:"), Map.entry("postback", "postback:"), Map.entry("read", "read:"),
            Map.entry("referral", "referral:"), Map.entry("optin", "optin:"), Map.entry("handover", "handover:"),
            Map.entry("comment", "comment:"), Map.entry("mention", "mention:"),
            Map.entry("story_insights", "story_insights:"), Map.entry("feed", "feed:"),
            Map.entry("unknown", "unknown:"));
    private final WebhookPayloadParser parser = new WebhookPayloadParser();

    // ---- bodies that are not a delivery ---------------------------------------------------------------------

    @Test
    void textThatIsNotJsonIsUnparseableWithoutQuotingIt() {
        ParsedDelivery delivery = parse("SECRET_TOKEN=abc; not json", true);

        assertThat(delivery.isParseable()).isFalse();
        assertThat(delivery.events()).isEmpty();
        assertThat(delivery.problem()).startsWith("body is not valid JSON (line 1, column");
        assertThat(delivery.problem()).doesNotContain("SECRET").doesNotContain("abc");
    }

    @Test
    void emptyOrBlankBodyIsUnparseable() {
        assertThat(parser.parse(new byte[0], true, RECEIVED).problem()).isEqualTo("body is empty");
        assertThat(parser.parse(null, true, RECEIVED).problem()).isEqualTo("body is empty");
        assertThat(parse(" \n\t ", true).problem()).isEqualTo("body is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C3 28", "C0 AF", "ED A0 80", "F8 88 80 80 80", "FF"})
    void invalidUtf8IsUnparseable(String badBytes) {
        byte[] prefix = "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"x\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] suffix = "\"}]}".getBytes(StandardCharsets.UTF_8);
        String[] hex = badBytes.split(" ");
        byte[] body = new byte[prefix.length + hex.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        for (int i = 0; i < hex.length; i++) {
            body[prefix.length + i] = (byte) Integer.parseInt(hex[i], 16);
        }
        System.arraycopy(suffix, 0, body, prefix.length + hex.length, suffix.length);

        assertThat(parser.parse(body, true, RECEIVED).problem()).isEqualTo("body is not valid UTF-8");
    }

    @Test
    void tenThousandLevelsOfNestingAreUnparseableNotAStackOverflow() {
        String arrays = "[".repeat(10_000) + "]".repeat(10_000);
        String objects = "{\"object\":\"instagram\",\"entry\":[" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + "]}";

        assertThat(parse(arrays, true).problem()).isEqualTo("JSON is nested deeper than 64 levels");
        assertThat(parse(objects, true).problem()).isEqualTo("JSON is nested deeper than 64 levels");
    }

    @Test
    void nestingUpToSixtyFourLevelsIsAccepted() {
        // root object, entry array, entry object, messaging array, item, message = 6 levels; 58 more fit
        String deepUnknownField = "[".repeat(58) + "]".repeat(58);
        String body = messagingBody("{\"mid\":\"m1\",\"text\":\"hi\",\"extra\":" + deepUnknownField + "}");
        String tooDeep = messagingBody("{\"mid\":\"m1\",\"extra\":" + "[".repeat(59) + "]".repeat(59) + "}");

        assertThat(only(parse(body, true), MessageReceived.class).text()).isEqualTo("hi");
        assertThat(parse(tooDeep, true).problem()).isEqualTo("JSON is nested deeper than 64 levels");
    }

    @Test
    void trailingGarbageAfterTheObjectIsUnparseable() {
        assertThat(parse("{\"object\":\"instagram\",\"entry\":[]} {\"x\":1}", true).problem())
                .startsWith("body is not valid JSON");
    }

    @Test
    void bareArrayOfEntriesAsPrintedInTheDashboardTestDocIsUnparseable() {
        String bare = "[{\"id\":\"0\",\"time\":0,\"changes\":[{\"field\":\"messages\",\"value\":{\"sender\":{\"id\":\"12334\"},"
                + "\"recipient\":{\"id\":\"23245\"},\"timestamp\":\"1527459824\","
                + "\"message\":{\"mid\":\"random_mid\",\"text\":\"random_text\"}}}]}]";

        assertThat(parse(bare, true).problem()).isEqualTo("top-level JSON is an array, expected an object");
        assertThat(parse(bare, false).problem()).isEqualTo("top-level JSON is an array, expected an object");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "42                  | top-level JSON is a number, expected an object",
            "\"instagram\"       | top-level JSON is a string, expected an object",
            "null                | top-level JSON is null, expected an object",
            "true                | top-level JSON is a boolean, expected an object"})
    void scalarTopLevelIsUnparseable(String body, String problem) {
        assertThat(parse(body, false).problem()).isEqualTo(problem);
    }

    // ---- the envelope ---------------------------------------------------------------------------------------

    @Test
    void pageObjectIsUnparseableNamingWhatWasFound() {
        ParsedDelivery delivery = parse("{\"object\":\"page\",\"entry\":[]}", true);

        assertThat(delivery.problem()).isEqualTo("object is 'page', expected 'instagram'");
    }

    @Test
    void presentNonInstagramObjectIsUnparseableEvenWhenObjectIsNotRequired() {
        assertThat(parse("{\"object\":\"whatsapp_business_account\",\"entry\":[]}", false).problem())
                .isEqualTo("object is 'whatsapp_business_account', expected 'instagram'");
    }

    @Test
    void objectValueThatDoesNotLookLikeANameIsNotEchoedIntoTheProblem() {
        assertThat(parse("{\"object\":\"<script>alert(1)</script>\",\"entry\":[]}", true).problem())
                .isEqualTo("object is '(unreadable name)', expected 'instagram'");
        assertThat(parse("{\"object\":5,\"entry\":[]}", true).problem())
                .isEqualTo("object is a number, expected 'instagram'");
    }

    @Test
    void missingObjectIsUnparseableWhenRequiredAndAcceptedWhenNot() {
        byte[] seedCurlBody = Fixtures.read("seed/dm-without-object.json");

        assertThat(parser.parse(seedCurlBody, true, RECEIVED).problem())
                .isEqualTo("object is missing, expected 'instagram'");
        assertThat(events(parser.parse(seedCurlBody, false, RECEIVED))).hasSize(1);
    }

    @Test
    void missingOrWrongTypedEntryIsUnparseable() {
        assertThat(parse("{\"object\":\"instagram\"}", true).problem()).isEqualTo("no entry array");
        assertThat(parse("{\"object\":\"instagram\",\"entry\":\"x\"}", true).problem())
                .isEqualTo("entry is a string, expected an array");
        assertThat(parse("{\"object\":\"instagram\",\"entry\":{}}", true).problem())
                .isEqualTo("entry is an object, expected an array");
        assertThat(parse("{\"object\":\"instagram\",\"entry\":null}", true).problem())
                .isEqualTo("entry is null, expected an array");
    }

    @Test
    void emptyEntryArrayParsesToNoEvents() {
        ParsedDelivery delivery = parse("{\"object\":\"instagram\",\"entry\":[]}", true);

        assertThat(delivery.isParseable()).isTrue();
        assertThat(delivery.events()).isEmpty();
    }

    @Test
    void unknownFieldsEverywhereAreIgnored() {
        String body = "{\"object\":\"instagram\",\"new_top\":{\"a\":[1]},\"entry\":[{\"id\":\"" + ACCOUNT
                + "\",\"time\":1795167002134,\"region\":\"eu\",\"messaging\":[{\"sender\":{\"id\":\"" + CUSTOMER
                + "\",\"kind\":\"user\"},\"recipient\":{\"id\":\"" + ACCOUNT + "\"},\"timestamp\":1795167001349,"
                + "\"message\":{\"mid\":\"m1\",\"text\":\"hi\",\"is_ai_generated\":false,\"attachments\":["
                + "{\"type\":\"image\",\"payload\":{\"url\":\"https://x.example/i.jpg\",\"width\":640}}]}}]}]}";

        MessageReceived message = only(parse(body, true), MessageReceived.class);

        assertThat(message.text()).isEqualTo("hi");
        assertThat(message.attachments()).containsExactly(
                new Attachment(AttachmentType.IMAGE, "image", "https://x.example/i.jpg", null, null, null));
    }

    @Test
    void duplicateKeysAreToleratedAndTheLastOneWins() {
        String body = messagingBody("{\"mid\":\"m1\",\"text\":\"first\",\"text\":\"second\"}")
                .replace("{\"object\":\"instagram\",", "{\"object\":\"instagram\",\"object\":\"instagram\",");

        assertThat(only(parse(body, true), MessageReceived.class).text()).isEqualTo("second");
    }

    // ---- wrong types inside a delivery become unknown events, never exceptions --------------------------

    @Test
    void entryThatIsNotAnObjectOrHasNoIdIsAnUnknownEventAndTheOtherEntriesStillParse() {
        String body = "{\"object\":\"instagram\",\"entry\":[\"x\",{\"time\":1},"
                + "{\"id\":\"" + ACCOUNT + "\",\"messaging\":[" + messageItem("m1", "hi") + "]}]}";

        List<InstagramEvent> events = events(parse(body, true));

        assertThat(events).hasSize(3);
        assertThat(events.get(0)).isEqualTo(new UnknownEvent(new EventHeader("",
                "unknown:" + sha256Prefix("\"x\""), RECEIVED, EventHeader.Channel.MESSAGING),
                "entry", "entry is not an object"));
        assertThat(((UnknownEvent) events.get(1)).reason()).isEqualTo("entry has no id");
        assertThat(events.get(1).accountId()).isEmpty();
        assertThat(events.get(2)).isInstanceOf(MessageReceived.class);
    }

    @Test
    void entryIdLongerThanAnyAccountIdIsAnUnknownEventWithoutAccount() {
        String body = "{\"object\":\"instagram\",\"entry\":[{\"id\":\"" + "9".repeat(65) + "\",\"messaging\":["
                + messageItem("m1", "hi") + "]}]}";

        UnknownEvent unknown = only(parse(body, true), UnknownEvent.class);

        assertThat(unknown.reason()).isEqualTo("entry id is not 1 to 64 letters, digits, '_', '.' or '-'");
        assertThat(unknown.accountId()).isEmpty();
    }

    @Test
    void messagingThatIsNotAnArrayIsAnUnknownEvent() {
        String body = "{\"object\":\"instagram\",\"entry\":[{\"id\":\"" + ACCOUNT + "\",\"messaging\":{},"
                + "\"changes\":[{\"field\":\"mentions\",\"value\":{\"media_id\":\"1\"}}]}]}";

        List<InstagramEvent> events = events(parse(body, true));

        assertThat(events).hasSize(2);
        assertThat(((UnknownEvent) events.get(0)).kind()).isEqualTo("messaging");
        assertThat(((UnknownEvent) events.get(0)).reason()).isEqualTo("messaging is not an array");
        assertThat(events.get(1)).isInstanceOf(MentionReceived.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "42                                                                          | messaging         | item is not an object",
            "{\"timestamp\":1}                                                           | messaging         | item has no event key",
            "{\"sender\":5,\"recipient\":{\"id\":\"1\"},\"message\":{\"mid\":\"m\"}}     | messaging:message | sender.id or recipient.id is missing",
            "{\"sender\":{\"id\":\"2\"},\"recipient\":{},\"message\":{\"mid\":\"m\"}}    | messaging:message | sender.id or recipient.id is missing",
            "{\"sender\":{\"id\":\"2\"},\"recipient\":{\"id\":\"1\"},\"message\":\"hi\"} | messaging:message | message is not an object",
            "{\"sender\":{\"id\":\"2\"},\"recipient\":{\"id\":\"1\"},\"read\":[1]}       | messaging:read    | read is not an object",
            "{\"sender\":{\"id\":\"2\"},\"recipient\":{\"id\":\"1\"},\"reaction\":{\"mid\":\"m\",\"action\":\"poke\"}} | messaging:reaction | reaction.action is neither react nor unreact",
            "{\"sender\":{\"id\":\"2\"},\"recipient\":{\"id\":\"1\"},\"<img src=x>\":{}} | messaging:(unreadable name) | unknown event key"})
    void malformedMessagingItemIsAnUnknownEvent(String item, String kind, String reason) {
        UnknownEvent unknown = only(parse(messagingItemsBody(item), true), UnknownEvent.class);

        assertThat(unknown.kind()).isEqualTo(kind);
        assertThat(unknown.reason()).isEqualTo(reason);
        assertThat(unknown.accountId()).isEqualTo(ACCOUNT);
        assertThat(unknown.dedupKey()).matches("unknown:[0-9a-f]{32}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "7                                          | changes          | change is not an object",
            "{\"value\":{}}                             | changes          | change has no field",
            "{\"field\":5,\"value\":{}}                 | changes          | change has no field",
            "{\"field\":\"comments\",\"value\":[1]}     | changes:comments | value is not an object",
            "{\"field\":\"comments\",\"value\":{\"comments\":\"x\"}} | changes:comments | comments is not an array",
            "{\"field\":\"messages\",\"value\":{\"foo\":1}} | changes:messages | value has neither messages[] nor message"})
    void malformedChangeIsAnUnknownEvent(String change, String kind, String reason) {
        String body = "{\"object\":\"instagram\",\"entry\":[{\"id\":\"" + ACCOUNT + "\",\"changes\":[" + change + "]}]}";

        UnknownEvent unknown = only(parse(body, true), UnknownEvent.class);

        assertThat(unknown.kind()).isEqualTo(kind);
        assertThat(unknown.reason()).isEqualTo(reason);
    }

    @Test
    void badItemDoesNotCostTheOtherItemsOfTheDelivery() {
        String body = messagingItemsBody("42," + messageItem("m1", "first") + ",{\"x\":1}," + messageItem("m2", "second"));

        List<InstagramEvent> events = events(parse(body, true));

        assertThat(events).extracting(InstagramEvent::type).containsExactly("unknown", "message", "unknown", "message");
        assertThat(((MessageReceived) events.get(3)).text()).isEqualTo("second");
    }

    @Test
    void wrongTypedOptionalFieldsOfAMessageReadAsAbsent() {
        String message = "{\"mid\":\"m1\",\"text\":5,\"attachments\":\"x\",\"is_echo\":\"true\",\"quick_reply\":[],"
                + "\"reply_to\":7,\"referral\":\"ad\"}";

        MessageReceived received = only(parse(messagingBody(message), true), MessageReceived.class);

        assertThat(received.content()).isEqualTo(new MessageContent(null, List.of(), null, null, null));
        assertThat(received.mid()).isEqualTo("m1");
    }

    @Test
    void attachmentThatIsNotAnObjectIsKeptAsUnknown() {
        MessageReceived received = only(parse(messagingBody("{\"mid\":\"m1\",\"attachments\":[\"x\",{\"type\":7}]}"),
                true), MessageReceived.class);

        assertThat(received.attachments()).containsExactly(
                new Attachment(AttachmentType.UNKNOWN, null, null, null, null, null),
                new Attachment(AttachmentType.UNKNOWN, null, null, null, null, null));
    }

    @Test
    void numericIdsAreReadAsStrings() {
        String body = "{\"object\":\"instagram\",\"entry\":[{\"id\":17841400000000001,\"time\":1795167002134,"
                + "\"messaging\":[{\"sender\":{\"id\":2598412377201934},\"recipient\":{\"id\":17841400000000001},"
                + "\"timestamp\":1795167001349,\"read\":{\"mid\":\"m1\"}}],"
                + "\"changes\":[{\"field\":\"comments\",\"value\":{\"id\":123456789012345678901234567890,"
                + "\"from\":{\"id\":5523456789012345},\"media\":{\"id\":18023345989000001},\"text\":\"hi\"}}]}]}";

        List<InstagramEvent> events = events(parse(body, true));

        assertThat(events.get(0)).isEqualTo(new MessageRead(new EventHeader(ACCOUNT, "read:" + CUSTOMER + ":m1",
                Instant.ofEpochMilli(1795167001349L), EventHeader.Channel.MESSAGING), CUSTOMER, ACCOUNT, "m1"));
        CommentReceived comment = (CommentReceived) events.get(1);
        assertThat(comment.commentId()).isEqualTo("123456789012345678901234567890");
        assertThat(comment.fromId()).isEqualTo("5523456789012345");
        assertThat(comment.mediaId()).isEqualTo("18023345989000001");
        assertThat(comment.accountId()).isEqualTo(ACCOUNT);
    }

    // ---- timestamps -----------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1795167001              | 2026-11-20T09:30:01Z",
            "1795167001349           | 2026-11-20T09:30:01.349Z",
            "\"1795167001\"          | 2026-11-20T09:30:01Z",
            "\"1795167001349\"       | 2026-11-20T09:30:01.349Z",
            "\" 1795167001 \"        | 2026-11-20T09:30:01Z",
            "1795167001.7            | 2026-11-20T09:30:01Z",
            "99999999999             | 5138-11-16T09:46:39Z",
            "100000000000            | 1973-03-03T09:46:40Z",
            "\"2026-11-20T09:30:01Z\"     | 2026-11-20T09:30:01Z",
            "\"2026-11-20T09:30:01+0000\" | 2026-11-20T09:30:01Z"})
    void timestampInSecondsOrMillisecondsAsNumberOrStringIsConverted(String timestamp, String expected) {
        MessageRead read = only(parse(readBody("1795167999000", timestamp), true), MessageRead.class);

        assertThat(read.occurredAt()).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"yesterday\"", "\"\"", "0", "-5", "true", "{}", "[]", "null",
            "123456789012345678901234567890", "1e300", "\"17951670013490000000\""})
    void garbageTimestampFallsBackToEntryTime(String timestamp) {
        MessageRead read = only(parse(readBody("1795167999000", timestamp), true), MessageRead.class);

        assertThat(read.occurredAt()).isEqualTo(Instant.ofEpochMilli(1795167999000L));
        assertThat(read.dedupKey()).isEqualTo("read:" + CUSTOMER + ":m1");
    }

    @Test
    void garbageTimestampAndGarbageEntryTimeFallBackToReceivedAt() {
        MessageRead read = only(parse(readBody("\"soon\"", "\"now\""), true), MessageRead.class);

        assertThat(read.occurredAt()).isEqualTo(RECEIVED);
    }

    @Test
    void missingTimestampsFallBackToReceivedAt() {
        String body = "{\"object\":\"instagram\",\"entry\":[{\"id\":\"" + ACCOUNT + "\",\"messaging\":["
                + "{\"sender\":{\"id\":\"" + CUSTOMER + "\"},\"recipient\":{\"id\":\"" + ACCOUNT + "\"},"
                + "\"read\":{\"mid\":\"m1\"}}]}]}";

        assertThat(only(parse(body, true), MessageRead.class).occurredAt()).isEqualTo(RECEIVED);
    }

    // ---- dedup keys -------------------------------------------------------------------------------------------

    @Test
    void sameItemRedeliveredWithAnotherEntryTimeKeepsItsDedupKeys() {
        String first = new String(Fixtures.read("batch/multi-entry.json"), StandardCharsets.UTF_8);
        String retry = first.replace("1795167002134", "1795170000000").replace("1795167060", "1795170060");

        List<String> firstKeys = events(parse(first, true)).stream().map(InstagramEvent::dedupKey).toList();
        List<String> retryKeys = events(parse(retry, true)).stream().map(InstagramEvent::dedupKey).toList();

        assertThat(retry).isNotEqualTo(first);
        assertThat(retryKeys).isEqualTo(firstKeys).doesNotHaveDuplicates();
    }

    @Test
    void messageWithoutMidIsKeptWithAKeyHashedFromItsJson() {
        ParsedDelivery delivery = parse(messagingBody("{\"text\":\"no mid here\"}"), true);
        MessageReceived message = only(delivery, MessageReceived.class);

        assertThat(message.mid()).isNull();
        assertThat(message.dedupKey()).isEqualTo("message:sha256:" + sha256Prefix(delivery.events().get(0).sourceJson()));
    }

    @Test
    void reactionWithoutTimestampGetsAHashedKeyNotANullPart() {
        String item = "{\"sender\":{\"id\":\"" + CUSTOMER + "\"},\"recipient\":{\"id\":\"" + ACCOUNT + "\"},"
                + "\"reaction\":{\"mid\":\"m1\",\"action\":\"react\",\"reaction\":\"love\"}}";

        ReactionAdded reaction = only(parse(messagingItemsBody(item), true), ReactionAdded.class);

        assertThat(reaction.dedupKey()).isEqualTo("reaction:sha256:" + sha256Prefix(item));
    }

    @Test
    void overlongKeyIsHashedDownToABoundedLength() {
        String payload = "P".repeat(900);
        String item = "{\"sender\":{\"id\":\"" + CUSTOMER + "\"},\"recipient\":{\"id\":\"" + ACCOUNT + "\"},"
                + "\"timestamp\":1795167001349,\"postback\":{\"title\":\"Go\",\"payload\":\"" + payload + "\"}}";

        PostbackReceived postback = only(parse(messagingItemsBody(item), true), PostbackReceived.class);

        assertThat(postback.payload()).isEqualTo(payload);
        assertThat(postback.dedupKey()).isEqualTo("postback:sha256:"
                + sha256Prefix("postback:" + CUSTOMER + ":1795167001349:" + payload));
    }

    @Test
    void everyEventOfEveryFixtureHasAnAccountABoundedKeyAndItsSourceJson() {
        for (String fixture : Fixtures.all()) {
            ParsedDelivery delivery = Fixtures.parse(fixture, !fixture.contains("without-object"));
            assertThat(delivery.events()).as(fixture).isNotEmpty();
            for (ParsedEvent parsed : delivery.events()) {
                InstagramEvent event = parsed.event();
                assertThat(event.accountId()).as(fixture).isNotNull();
                assertThat(event.dedupKey()).as(fixture).hasSizeLessThanOrEqualTo(200)
                        .startsWith(KEY_PREFIXES.get(event.type()));
                assertThat(event.occurredAt()).as(fixture).isNotNull();
                assertThat(event.type()).as(fixture).matches("[a-z_]+");
                assertThat(Json.MAPPER.readTree(parsed.sourceJson()).isObject()).as(fixture).isTrue();
                assertThat(parsed.sourceJson()).as(fixture).isEqualTo(Json.compact(Json.MAPPER.readTree(parsed.sourceJson())));
            }
        }
    }

    // ---- never throws, thread-safe ---------------------------------------------------------------------

    @Test
    void mutilatedFixturesNeverMakeTheParserThrow() {
        Random random = new Random(20261120L);
        List<byte[]> bodies = new ArrayList<>();
        for (String fixture : Fixtures.all()) {
            byte[] original = Fixtures.read(fixture);
            for (int cut = 0; cut < original.length; cut += 13) {
                bodies.add(Arrays.copyOf(original, cut));
            }
            for (int round = 0; round < 40; round++) {
                byte[] mutated = original.clone();
                for (int flips = 0; flips < 1 + random.nextInt(4); flips++) {
                    mutated[random.nextInt(mutated.length)] = (byte) "{}[]\":,0a \\-".charAt(random.nextInt(12));
                }
                bodies.add(mutated);
            }
        }
        for (int round = 0; round < 500; round++) {
            byte[] noise = new byte[random.nextInt(200)];
            random.nextBytes(noise);
            bodies.add(noise);
        }

        for (byte[] body : bodies) {
            assertThatNoException().isThrownBy(() -> {
                ParsedDelivery delivery = parser.parse(body, random.nextBoolean(), RECEIVED);
                assertThat(delivery.isParseable() ? delivery.events() : List.of(delivery.problem())).isNotNull();
                for (ParsedEvent event : delivery.events()) {
                    assertThat(event.event().dedupKey()).isNotNull();
                }
            });
        }
        assertThat(bodies).hasSizeGreaterThan(3000);
    }

    @Test
    void oneSharedParserGivesTheSameResultsFromManyThreads() throws Exception {
        List<String> fixtures = Fixtures.all();
        List<ParsedDelivery> sequential = fixtures.stream()
                .map(fixture -> parser.parse(Fixtures.read(fixture), false, RECEIVED)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<ParsedDelivery>>> runs = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                runs.add(pool.submit(() -> fixtures.stream()
                        .map(fixture -> parser.parse(Fixtures.read(fixture), false, RECEIVED)).toList()));
            }
            for (Future<List<ParsedDelivery>> run : runs) {
                assertThat(run.get()).isEqualTo(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    @Test
    void dateStringsOutsideWhatADatabaseStoresFallBackToTheEntryTime() {
        for (String date : new String[] {"+300000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "1969-12-31T23:59:59Z"}) {
            ParsedDelivery delivery = parse("""
                    {"object":"instagram","entry":[{"id":"17841400000000001","time":1700000000,"changes":[{"field":"comments",\
                    "value":{"id":"c1","text":"x","timestamp":"%s","from":{"id":"1"},"media":{"id":"m"}}}]}]}""".formatted(date), true);

            assertThat(delivery.events()).singleElement().satisfies(event ->
                    assertThat(event.event().occurredAt()).as(date).isEqualTo(Instant.ofEpochSecond(1700000000)));
        }
    }

    @Test
    void controlCharactersNeverReachADedupKey() {
        ParsedDelivery delivery = parse("""
                {"object":"instagram","entry":[{"id":"17841400000000001","messaging":[{"sender":{"id":"1"},\
                "recipient":{"id":"17841400000000001"},"timestamp":1700000000000,"message":{"mid":"m\\u0000x\\nline","text":"t"}}]}]}""", true);

        String key = delivery.events().get(0).event().dedupKey();
        assertThat(key).startsWith("message:sha256:").doesNotContain("\u0000").doesNotContain("\n");
    }

    @Test
    void aNulCharacterInAnyTextBecomesTheReplacementCharacter() {
        // found for PostgreSQL, whose text types refuse U+0000 (NulCharacterIntegrationTests); the fuzz tests' seed
        // hostile/nul-characters-in-texts-and-ids.json covers the other fields
        ParsedDelivery delivery = parse("""
                {"object":"instagram","entry":[{"id":"17841400000000001","messaging":[{"sender":{"id":"1\\u0000"},\
                "recipient":{"id":"17841400000000001"},"timestamp":1700000000000,"message":{"mid":"m\\u0000","text":"a\\u0000b"}}]}]}""", true);

        MessageReceived message = only(delivery, MessageReceived.class);
        assertThat(message.text()).isEqualTo("a\uFFFDb");
        assertThat(message.senderId()).isEqualTo("1\uFFFD");
        assertThat(message.mid()).isEqualTo("m\uFFFD");
        assertThat(delivery.events().get(0).sourceJson()).as("the item as received, escaped").contains("a\\u0000b");
    }

    @Test
    void anAccountIdWithOtherThanPlainCharactersIsAnUnknownEntryNotAnAccount() {
        ParsedDelivery delivery = parse("""
                {"object":"instagram","entry":[{"id":"1784\\nINFO forged log line","messaging":[]}]}""", true);

        assertThat(delivery.events()).singleElement().satisfies(event -> {
            assertThat(event.event()).isInstanceOf(UnknownEvent.class);
            assertThat(event.event().accountId()).isEmpty();
        });
    }

    private ParsedDelivery parse(String body, boolean objectRequired) {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8), objectRequired, RECEIVED);
    }

    private static String messageItem(String mid, String text) {
        return "{\"sender\":{\"id\":\"" + CUSTOMER + "\"},\"recipient\":{\"id\":\"" + ACCOUNT + "\"},"
                + "\"timestamp\":1795167001349,\"message\":{\"mid\":\"" + mid + "\",\"text\":\"" + text + "\"}}";
    }

    private static String messagingBody(String message) {
        return messagingItemsBody("{\"sender\":{\"id\":\"" + CUSTOMER + "\"},\"recipient\":{\"id\":\"" + ACCOUNT
                + "\"},\"timestamp\":1795167001349,\"message\":" + message + "}");
    }

    private static String messagingItemsBody(String items) {
        return "{\"object\":\"instagram\",\"entry\":[{\"id\":\"" + ACCOUNT + "\",\"time\":1795167002134,"
                + "\"messaging\":[" + items + "]}]}";
    }

    private static String readBody(String entryTime, String timestamp) {
        return "{\"object\":\"instagram\",\"entry\":[{\"id\":\"" + ACCOUNT + "\",\"time\":" + entryTime + ","
                + "\"messaging\":[{\"sender\":{\"id\":\"" + CUSTOMER + "\"},\"recipient\":{\"id\":\"" + ACCOUNT
                + "\"},\"timestamp\":" + timestamp + ",\"read\":{\"mid\":\"m1\"}}]}]}";
    }
}
