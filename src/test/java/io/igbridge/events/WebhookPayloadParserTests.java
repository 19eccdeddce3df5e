package io.igbridge.events;

import static io.igbridge.events.EventHeader.Channel.CHANGES;
import static io.igbridge.events.EventHeader.Channel.DASHBOARD_TEST;
import static io.igbridge.events.EventHeader.Channel.MESSAGING;
import static io.igbridge.events.EventHeader.Channel.SEED_GUIDE;
import static io.igbridge.events.EventHeader.Channel.STANDBY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.igbridge.events.EventHeader.Channel;
import io.igbridge.events.ThreadControlChanged.Kind;
import org.junit.jupiter.api.Test;

/**
 * Every Meta fixture under {@code src/test/resources/meta/} (see its README) parses to exactly the typed events
 * listed here. Placeholder values follow one scheme: the account is {@value #ACCOUNT}, the customer
 * {@value #CUSTOMER}, and {@code mid("1001")} is the fixture's mid ending in the Base64 of "1001".
 */
class WebhookPayloadParserTests {

    static final String ACCOUNT = "17841400000000001";
    static final String CUSTOMER = "2598412377201934";
    static final String ACCOUNT_IGSID = "6712345678901234";
    static final String OUR_APP = "987654321098765";
    static final String PAGE_INBOX_APP = "263902037430900";
    static final Instant ITEM_TIME = Instant.ofEpochMilli(1795167001349L);
    static final Instant CHANGES_ENTRY_TIME = Instant.ofEpochSecond(1795167060L);
    static final Instant SEED_TIME = Instant.parse("2022-01-01T00:00:00Z");

    private static final String MID_PREFIX = "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAwMDAwMDAwMDAxOjM0MDI4MjM2Njg0"
            + "MTcxMDMwMTI0NDI3NjAxNzg0NDIxNzM0ODg2ODoz";

    @Test
    void everyFixtureFileHasExactlyOneTest() {
        List<String> tested = Arrays.stream(getClass().getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Fixture.class))
                .map(method -> method.getAnnotation(Fixture.class).value())
                .sorted()
                .toList();

        assertThat(tested).doesNotHaveDuplicates();
        assertThat(tested).containsExactlyElementsOf(Fixtures.all());
    }

    // ---- meta-platform.md §4.2: message ------------------------------------------------------------------

    @Test
    @Fixture("messaging/message-all-keys.json")
    void documentedSampleWithEveryOptionalKeyCountsAsDeletedBecauseDeletionWins(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(
                new MessageDeleted(messaging("deleted:" + mid("1000")), CUSTOMER, ACCOUNT, mid("1000")));
    }

    @Test
    @Fixture("messaging/message-text.json")
    void plainTextDmIsAMessageReceived(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new MessageReceived(messaging("message:" + mid("1001")),
                CUSTOMER, ACCOUNT, mid("1001"), text("Hi! Do you ship to Lyon?"), false, false));
        assertThat(delivery.events().get(0).sourceJson()).isEqualTo("{\"sender\":{\"id\":\"" + CUSTOMER + "\"},"
                + "\"recipient\":{\"id\":\"" + ACCOUNT + "\"},\"timestamp\":1795167001349,"
                + "\"message\":{\"mid\":\"" + mid("1001") + "\",\"text\":\"Hi! Do you ship to Lyon?\"}}");
    }

    @Test
    @Fixture("messaging/message-echo.json")
    void echoOfOurOwnSendIsAnEchoNotAMessage(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new MessageEchoed(messaging("echo:" + mid("1016")),
                ACCOUNT, CUSTOMER, mid("1016"), text("Yes, we ship to Lyon in 2 days."), false, false));
    }

    @Test
    @Fixture("messaging/message-deleted.json")
    void unsentMessageIsAMessageDeletedKeyedApartFromTheMessage(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(
                new MessageDeleted(messaging("deleted:" + mid("1001")), CUSTOMER, ACCOUNT, mid("1001")));
    }

    @Test
    @Fixture("messaging/message-unsupported.json")
    void unsupportedMediaIsAMessageFlaggedUnsupported(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new MessageReceived(messaging("message:" + mid("1017")),
                CUSTOMER, ACCOUNT, mid("1017"), content(null), false, true));
    }

    @Test
    @Fixture("messaging/message-self.json")
    void selfMessageIsAMessageFlaggedSelf(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new MessageReceived(messaging("message:" + mid("1018")),
                ACCOUNT_IGSID, ACCOUNT, mid("1018"), text("Testing our auto-reply"), true, false));
    }

    @Test
    @Fixture("messaging/message-quick-reply.json")
    void tappedQuickReplyCarriesItsPayload(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new MessageReceived(messaging("message:" + mid("1019")),
                CUSTOMER, ACCOUNT, mid("1019"),
                new MessageContent("Track my order", List.of(), "TRACK_ORDER", null, null), false, false));
    }

    @Test
    @Fixture("messaging/message-reply-to-mid.json")
    void inlineReplyPointsAtTheQuotedMessage(ParsedDelivery delivery) {
        MessageReceived message = only(delivery, MessageReceived.class);

        assertThat(message.replyTo()).isEqualTo(new ReplyTo(mid("1016"), null, null));
        assertThat(message.replyTo().isStoryReply()).isFalse();
        assertThat(message).isEqualTo(new MessageReceived(messaging("message:" + mid("1020")), CUSTOMER, ACCOUNT,
                mid("1020"), new MessageContent("This one, in blue", List.of(), null, message.replyTo(), null),
                false, false));
    }

    @Test
    @Fixture("messaging/message-reply-to-story.json")
    void storyReplyPointsAtTheStory(ParsedDelivery delivery) {
        MessageReceived message = only(delivery, MessageReceived.class);

        assertThat(message.replyTo()).isEqualTo(new ReplyTo(null, "18067000000001021", cdn("17890000000001021")));
        assertThat(message.replyTo().isStoryReply()).isTrue();
        assertThat(message.text()).isEqualTo("Love this colour!");
        assertThat(message.dedupKey()).isEqualTo("message:" + mid("1021"));
    }

    @Test
    @Fixture("messaging/message-ad-referral.json")
    void messageFromAClickToDirectAdCarriesTheAd(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new MessageReceived(messaging("message:" + mid("1022")),
                CUSTOMER, ACCOUNT, mid("1022"), new MessageContent("Hello, I saw your ad", List.of(), null, null,
                new Referral("spring_sale", "ADS", "OPEN_THREAD", "120210000000000022", "Linen shirts -20%",
                        "https://scontent.cdninstagram.com/v/t39.30808-6/ad_photo_22.jpg",
                        "https://video.cdninstagram.com/v/t42.1790-2/ad_video_22.mp4", null)), false, false));
    }

    @Test
    @Fixture("messaging/message-product-referral.json")
    void messageFromAShopsProductCarriesTheProductId(ParsedDelivery delivery) {
        assertThat(only(delivery, MessageReceived.class).referral())
                .isEqualTo(new Referral(null, null, null, null, null, null, null, "5123456789012345"));
    }

    // ---- §4.2: attachment types ---------------------------------------------------------------------------

    @Test
    @Fixture("messaging/attachment-media.json")
    void mediaAttachmentKeepsItsUrl(ParsedDelivery delivery) {
        assertSingleAttachment(delivery, "1002", new Attachment(AttachmentType.MEDIA, "media",
                cdn("17890000000001002"), null, null, null));
    }

    @Test
    @Fixture("messaging/attachment-audio.json")
    void audioAttachmentKeepsItsUrl(ParsedDelivery delivery) {
        assertSingleAttachment(delivery, "1003", new Attachment(AttachmentType.AUDIO, "audio",
                cdn("17890000000001003"), null, null, null));
    }

    @Test
    @Fixture("messaging/attachment-file.json")
    void fileAttachmentKeepsItsUrl(ParsedDelivery delivery) {
        assertSingleAttachment(delivery, "1004", new Attachment(AttachmentType.FILE, "file",
                cdn("17890000000001004"), null, null, null));
    }

    @Test
    @Fixture("messaging/attachment-image.json")
    void imageAttachmentKeepsItsUrl(ParsedDelivery delivery) {
        assertSingleAttachment(delivery, "1005", new Attachment(AttachmentType.IMAGE, "image",
                cdn("17890000000001005"), null, null, null));
    }

    @Test
    @Fixture("messaging/attachment-video.json")
    void videoAttachmentKeepsItsUrl(ParsedDelivery delivery) {
        assertSingleAttachment(delivery, "1006", new Attachment(AttachmentType.VIDEO, "video",
                cdn("17890000000001006"), null, null, null));
    }

    @Test
    @Fixture("messaging/attachment-reel.json")
    void reelAttachmentKeepsItsUrl(ParsedDelivery delivery) {
        assertSingleAttachment(delivery, "1007", new Attachment(AttachmentType.REEL, "reel",
                cdn("17890000000001007"), null, null, null));
    }

    @Test
    @Fixture("messaging/attachment-story.json")
    void storyAttachmentKeepsItsUrl(ParsedDelivery delivery) {
        assertSingleAttachment(delivery, "1008", new Attachment(AttachmentType.STORY, "story",
                cdn("17890000000001008"), null, null, null));
    }

    @Test
    @Fixture("messaging/attachment-ig-story.json")
    void igStoryAttachmentKeepsItsUrl(ParsedDelivery delivery) {
        assertSingleAttachment(delivery, "1009", new Attachment(AttachmentType.IG_STORY, "ig_story",
                cdn("17890000000001009"), null, null, null));
    }

    @Test
    @Fixture("messaging/attachment-share.json")
    void legacyShareAttachmentKeepsItsUrl(ParsedDelivery delivery) {
        assertSingleAttachment(delivery, "1010", new Attachment(AttachmentType.SHARE, "share",
                cdn("17890000000001010"), null, null, null));
    }

    @Test
    @Fixture("messaging/attachment-ig-post.json")
    void igPostAttachmentKeepsMediaIdCaptionAndUrl(ParsedDelivery delivery) {
        assertSingleAttachment(delivery, "1011", new Attachment(AttachmentType.IG_POST, "ig_post",
                cdn("17890000000001011"), "New collection is live \u2728", "18045678901234567", null));
    }

    @Test
    @Fixture("messaging/attachment-post-share.json")
    void postShareSinceNovember2025CarriesShareAndIgPostAttachments(ParsedDelivery delivery) {
        MessageReceived message = only(delivery, MessageReceived.class);

        assertThat(message.attachments()).containsExactly(
                new Attachment(AttachmentType.SHARE, "share", cdn("17890000000001012"),
                        "Behind the scenes at the workshop", "18045678901234568", null),
                new Attachment(AttachmentType.IG_POST, "ig_post", cdn("17890000000001012"),
                        "Behind the scenes at the workshop", "18045678901234568", null));
        assertThat(message.text()).isNull();
        assertThat(message.dedupKey()).isEqualTo("message:" + mid("1012"));
    }

    @Test
    @Fixture("messaging/attachment-story-mention.json")
    void storyMentionArrivesAsADmWithAStoryMentionAttachment(ParsedDelivery delivery) {
        assertSingleAttachment(delivery, "1013", new Attachment(AttachmentType.STORY_MENTION, "story_mention",
                cdn("17890000000001013"), null, null, null));
    }

    @Test
    @Fixture("messaging/attachment-ig-reel.json")
    void reelShareKeepsItsReelVideoId(ParsedDelivery delivery) {
        assertSingleAttachment(delivery, "1014", new Attachment(AttachmentType.IG_REEL, "ig_reel",
                cdn("17890000000001014"), "How we dye our linen", null, "18300000000001014"));
    }

    @Test
    @Fixture("messaging/attachment-ephemeral.json")
    void disappearingMediaIsAnEphemeralAttachmentWithoutUrl(ParsedDelivery delivery) {
        assertSingleAttachment(delivery, "1015", new Attachment(AttachmentType.EPHEMERAL, "ephemeral",
                null, null, null, null));
    }

    // ---- §4.2: the other messaging events -------------------------------------------------------------------

    @Test
    @Fixture("messaging/reaction-react.json")
    void reactionIsAReactionAddedWithItsEmoji(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new ReactionAdded(
                messaging("reaction:" + mid("1016") + ":" + CUSTOMER + ":react:1795167001349"),
                CUSTOMER, ACCOUNT, mid("1016"), "love", "\u2764\uFE0F"));
    }

    @Test
    @Fixture("messaging/reaction-unreact.json")
    void unreactIsAReactionRemovedWithoutReaction(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new ReactionRemoved(
                new EventHeader(ACCOUNT, "reaction:" + mid("1016") + ":" + CUSTOMER + ":unreact:1795167061349",
                        Instant.ofEpochMilli(1795167061349L), MESSAGING),
                CUSTOMER, ACCOUNT, mid("1016")));
    }

    @Test
    @Fixture("messaging/postback.json")
    void postbackWithMidIsKeyedByMid(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new PostbackReceived(
                new EventHeader(ACCOUNT, "postback:" + mid("1024"), Instant.ofEpochMilli(1795167005377L), MESSAGING),
                CUSTOMER, ACCOUNT, mid("1024"), "Track my order", "TRACK_ORDER"));
    }

    @Test
    @Fixture("messaging/postback-ice-breaker.json")
    void iceBreakerPostbackWithoutMidIsKeyedBySenderTimeAndPayload(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new PostbackReceived(
                new EventHeader(ACCOUNT, "postback:" + CUSTOMER + ":1795167005377:OPENING_HOURS",
                        Instant.ofEpochMilli(1795167005377L), MESSAGING),
                CUSTOMER, ACCOUNT, null, "What are your opening hours?", "OPENING_HOURS"));
    }

    @Test
    @Fixture("messaging/read.json")
    void seenIsAMessageRead(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new MessageRead(
                messaging("read:" + CUSTOMER + ":" + mid("1016")), CUSTOMER, ACCOUNT, mid("1016")));
    }

    @Test
    @Fixture("messaging/referral.json")
    void igMeLinkInAnExistingConversationIsAReferralReceived(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new ReferralReceived(
                new EventHeader(ACCOUNT, "referral:" + CUSTOMER + ":1795167005377",
                        Instant.ofEpochMilli(1795167005377L), MESSAGING),
                CUSTOMER, ACCOUNT,
                new Referral("winter_catalogue", "IGME_SOURCE_LINK", "OPEN_THREAD", null, null, null, null, null)));
    }

    @Test
    @Fixture("messaging/message-edit-num-as-string.json")
    void editWithNumEditAsStringIsAMessageEdited(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new MessageEdited(messaging("edit:" + mid("1001") + ":1"),
                CUSTOMER, ACCOUNT, mid("1001"), "Hi! Do you ship to Lyon and Grenoble?", 1));
    }

    @Test
    @Fixture("messaging/message-edit-num-as-number.json")
    void editWithNumEditAsNumberIsAMessageEdited(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new MessageEdited(
                new EventHeader(ACCOUNT, "edit:" + mid("1001") + ":2", Instant.ofEpochMilli(1795167121349L), MESSAGING),
                CUSTOMER, ACCOUNT, mid("1001"), "Hi! Do you ship to Lyon, Grenoble or Annecy?", 2));
    }

    @Test
    @Fixture("messaging/optin.json")
    void optinKeepsEveryFieldAsAStringAndReadsItsStringTimestampAsSeconds(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new OptinReceived(
                new EventHeader(ACCOUNT, "optin:" + CUSTOMER + ":1795167000000:notification_messages",
                        Instant.ofEpochSecond(1795167000L), MESSAGING),
                CUSTOMER, ACCOUNT, "notification_messages", "SPRING_SALE_ALERTS", "7143859201744382957", "DAILY",
                "Europe/Paris", "1826703000000", "NOT_REFRESHED", "RESUME_NOTIFICATIONS", "Spring sale alerts"));
    }

    @Test
    @Fixture("messaging/pass-thread-control.json")
    void passThreadControlIsAThreadControlChangedPassed(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new ThreadControlChanged(
                handover("handover:pass_thread_control:" + CUSTOMER + ":1795167010478"), CUSTOMER, ACCOUNT,
                Kind.PASSED, OUR_APP, PAGE_INBOX_APP, null, "escalated: customer asked for a human", Map.of()));
    }

    @Test
    @Fixture("messaging/take-thread-control.json")
    void takeThreadControlIsAThreadControlChangedTaken(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new ThreadControlChanged(
                handover("handover:take_thread_control:" + CUSTOMER + ":1795167010478"), CUSTOMER, ACCOUNT,
                Kind.TAKEN, OUR_APP, PAGE_INBOX_APP, null, "agent took over in the inbox", Map.of()));
    }

    @Test
    @Fixture("messaging/request-thread-control.json")
    void requestThreadControlReadsTheNumericAppIdAsAString(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new ThreadControlChanged(
                handover("handover:request_thread_control:" + CUSTOMER + ":1795167010478"), CUSTOMER, ACCOUNT,
                Kind.REQUESTED, null, null, PAGE_INBOX_APP, "agent wants the thread back", Map.of()));
    }

    @Test
    @Fixture("messaging/app-roles.json")
    void appRolesBecomeAMapOfAppIdToRoles(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new ThreadControlChanged(
                handover("handover:app_roles:" + CUSTOMER + ":1795167010478"), CUSTOMER, ACCOUNT, Kind.APP_ROLES,
                null, null, null, null,
                Map.of(OUR_APP, List.of("primary_receiver"), PAGE_INBOX_APP, List.of("secondary_receiver"))));
    }

    @Test
    @Fixture("standby/standby-delivery.json")
    void standbyItemsAreParsedLikeMessagingOnTheStandbyChannel(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(
                new MessageReceived(new EventHeader(ACCOUNT, "message:" + mid("1025"), ITEM_TIME, STANDBY),
                        CUSTOMER, ACCOUNT, mid("1025"), text("Are you there?"), false, false),
                new PostbackReceived(new EventHeader(ACCOUNT, "postback:" + mid("1026"),
                        Instant.ofEpochMilli(1795167002349L), STANDBY),
                        CUSTOMER, ACCOUNT, mid("1026"), "Talk to a person", null));
    }

    // ---- §4.3 comments ------------------------------------------------------------------------------------

    @Test
    @Fixture("changes/comment.json")
    void instagramLoginCommentIsACommentReceivedAtEntryTime(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new CommentReceived(changes("comment:17858893269000001"),
                "17858893269000001", null, "Is this available in size M?", "5523456789012345", "lea.martin.paris",
                null, "18023345989000001", "FEED", null, null, null, false));
    }

    @Test
    @Fixture("changes/comment-reply.json")
    void replyCommentCarriesItsParentId(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new CommentReceived(changes("comment:17858893269000002"),
                "17858893269000002", "17858893269000001", "@lea.martin.paris it is, I got mine last week",
                "5523456789012346", "hugo_dupont", null, "18023345989000001", "FEED", null, null, null, false));
    }

    @Test
    @Fixture("changes/comment-self.json")
    void ourOwnPublicReplyCarriesSelfIgScopedId(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new CommentReceived(changes("comment:17858893269000003"),
                "17858893269000003", "17858893269000001", "@lea.martin.paris yes, all sizes are in stock!",
                ACCOUNT, "atelier.lin", ACCOUNT_IGSID, "18023345989000001", "FEED", null, null, null, false));
    }

    @Test
    @Fixture("changes/live-comment.json")
    void liveCommentIsACommentReceivedFlaggedLive(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new CommentReceived(changes("comment:17858893269000004"),
                "17858893269000004", null, "Can you show the back?", "5523456789012347", "camille.b", null,
                "18023345989000004", "LIVE", null, null, null, true));
    }

    @Test
    @Fixture("changes/comment-fb-login-ad.json")
    void facebookLoginCommentIdFallsBackToCommentIdAndKeepsAdFields(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new CommentReceived(changes("comment:17858893269000005"),
                "17858893269000005", "17858893269000006", "Price?", "5523456789012348", "nathan.r", null,
                "18023345989000005", "FEED", "120210000000000005", "Linen shirts -20%", "18023345989000055", false));
    }

    // ---- §4.4 mentions, §4.5 story insights, feed ----------------------------------------------------------

    @Test
    @Fixture("changes/mention-caption.json")
    void captionMentionCarriesOnlyTheMediaId(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new MentionReceived(
                changes("mention:17918195224117851:-"), null, "17918195224117851", null, null));
    }

    @Test
    @Fixture("changes/mention-comment.json")
    void commentMentionCarriesMediaAndCommentIds(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new MentionReceived(
                changes("mention:17918195224117851:17894227972186120"), null, "17918195224117851",
                "17894227972186120", null));
    }

    @Test
    @Fixture("changes/story-insights.json")
    void storyInsightsKeepEveryNumericMetricButTheMediaId(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new StoryInsightsReceived(
                changes("story_insights:18023345989012587"), "18023345989012587",
                Map.of("exits", 1L, "replies", 0L, "reach", 17L, "taps_forward", 12L, "taps_back", 0L,
                        "impressions", 28L)));
    }

    @Test
    @Fixture("changes/feed.json")
    void pageFeedCommentIsAFeedChangedAtItsCreatedTime(ParsedDelivery delivery) {
        Instant created = Instant.ofEpochSecond(1795167050L);
        assertThat(events(delivery)).containsExactly(new FeedChanged(
                new EventHeader(ACCOUNT, "feed:comment:add:123456789012345_987654321098765:1795167050000", created,
                        CHANGES),
                "comment", "add", "104851234567890_123456789012345", "123456789012345_987654321098765",
                "104851234567890_123456789012345", "Super post !", "5523456789012349", "L\u00e9a Martin", created));
    }

    // ---- §4.6 dashboard Test, the seed guide's shapes --------------------------------------------------------

    @Test
    @Fixture("dashboard/test-button.json")
    void dashboardTestMessageIsAMessageOnTheDashboardTestChannel(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new MessageReceived(
                new EventHeader("0", "message:random_mid", Instant.ofEpochSecond(1527459824L), DASHBOARD_TEST),
                "12334", "23245", "random_mid", text("random_text"), false, false));
    }

    @Test
    @Fixture("seed/dm.json")
    void seedGuideDmIsAMessageFromFromIdToTheEntry(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new MessageReceived(
                new EventHeader("page_id", "message:msg_123", SEED_TIME, SEED_GUIDE),
                "user_id", "page_id", "msg_123", text("Bonjour !"), false, false));
        assertThat(delivery.events().get(0).sourceJson()).isEqualTo(
                "{\"id\":\"msg_123\",\"from\":{\"id\":\"user_id\"},\"timestamp\":\"1640995200\",\"text\":\"Bonjour !\"}");
    }

    @Test
    @Fixture("seed/comment.json")
    void seedGuideCommentIsACommentReceived(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new CommentReceived(
                new EventHeader("page_id", "comment:comment_123", SEED_TIME, SEED_GUIDE), "comment_123", null,
                "Super post !", "user_id", null, null, "media_id", null, null, null, null, false));
    }

    @Test
    @Fixture("seed/mention.json")
    void seedGuideMentionIsKeyedByItsId(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new MentionReceived(
                new EventHeader("page_id", "mention:mention_123", Fixtures.RECEIVED_AT, SEED_GUIDE),
                "mention_123", "story_id", null, "user_id"));
    }

    @Test
    @Fixture(value = "seed/dm-without-object.json", objectRequired = false)
    void seedGuideCurlDmWithoutObjectParsesOnTheTestEndpoint(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new MessageReceived(
                new EventHeader("page_123", "message:msg_123", SEED_TIME, SEED_GUIDE),
                "user_456", "page_123", "msg_123", text("Bonjour !"), false, false));
    }

    @Test
    @Fixture(value = "seed/comment-without-object.json", objectRequired = false)
    void seedGuideCurlCommentWithoutObjectParsesOnTheTestEndpoint(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new CommentReceived(
                new EventHeader("page_123", "comment:comment_123", SEED_TIME, SEED_GUIDE), "comment_123", null,
                "Super post !", "user_456", null, null, "media_789", null, null, null, null, false));
    }

    // ---- encodings, batches -------------------------------------------------------------------------------

    private static final String NON_ASCII_TEXT =
            "Hall\u00e5! \u00e4\u00f6\u00e5 \u2014 https://atelier-lin.example/p/42 @atelier.lin \uD83D\uDE00";

    @Test
    @Fixture("encoding/escaped-unicode.json")
    void metasEscapedUnicodeIsDecoded(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new MessageReceived(messaging("message:" + mid("4001")),
                CUSTOMER, ACCOUNT, mid("4001"), text(NON_ASCII_TEXT), false, false));
    }

    @Test
    @Fixture("encoding/raw-utf8.json")
    void rawUtf8TextReadsTheSameAsTheEscapedForm(ParsedDelivery delivery) {
        assertThat(events(delivery)).containsExactly(new MessageReceived(messaging("message:" + mid("4002")),
                CUSTOMER, ACCOUNT, mid("4002"), text(NON_ASCII_TEXT), false, false));
    }

    @Test
    @Fixture("batch/multi-entry.json")
    void batchYieldsEveryItemOfEveryEntryInOrderWithItsOwnAccount(ParsedDelivery delivery) {
        String otherAccount = "17841400000000002";
        assertThat(events(delivery)).containsExactly(
                new MessageReceived(messaging("message:" + mid("2001")), CUSTOMER, ACCOUNT, mid("2001"),
                        text("First message"), false, false),
                new MessageRead(new EventHeader(ACCOUNT, "read:" + CUSTOMER + ":" + mid("2000"),
                        Instant.ofEpochMilli(1795167001359L), MESSAGING), CUSTOMER, ACCOUNT, mid("2000")),
                new CommentReceived(changes("comment:17858893269000010"), "17858893269000010", null, "Gorgeous",
                        "5523456789012350", "ines.k", null, "18023345989000010", "REELS", null, null, null, false),
                new CommentReceived(changes("comment:17858893269000011"), "17858893269000011", null,
                        "Hello from Lille", "5523456789012351", "tom.l", null, "18023345989000011", "LIVE", null,
                        null, null, true),
                new MentionReceived(changes("mention:17918195224117852:17894227972186121"), null,
                        "17918195224117852", "17894227972186121", null),
                new ReactionAdded(new EventHeader(otherAccount,
                        "reaction:" + mid("2002") + ":" + CUSTOMER + ":react:1795167001369",
                        Instant.ofEpochMilli(1795167001369L), MESSAGING),
                        CUSTOMER, otherAccount, mid("2002"), "like", "\uD83D\uDC4D"),
                new MessageReceived(new EventHeader(otherAccount, "message:" + mid("2003"),
                        Instant.ofEpochMilli(1795167001379L), STANDBY),
                        CUSTOMER, otherAccount, mid("2003"), text("Still waiting for an answer"), false, false));
    }

    // ---- unknown shapes -----------------------------------------------------------------------------------

    @Test
    @Fixture("unknown/unknown-messaging-key.json")
    void unknownMessagingKeyIsKeptAsUnknownEvent(ParsedDelivery delivery) {
        String item = "{\"sender\":{\"id\":\"263902037430900\"},\"recipient\":{\"id\":\"" + ACCOUNT + "\"},"
                + "\"timestamp\":1795167001349,\"policy_enforcement\":{\"action\":\"block\","
                + "\"reason\":\"The account was blocked for policy violations.\"}}";

        assertThat(events(delivery)).containsExactly(new UnknownEvent(
                new EventHeader(ACCOUNT, "unknown:" + sha256Prefix(item), ITEM_TIME, MESSAGING),
                "messaging:policy_enforcement", "unknown event key"));
        assertThat(delivery.events().get(0).sourceJson()).isEqualTo(item);
    }

    @Test
    @Fixture("unknown/unknown-changes-field.json")
    void unknownChangesFieldIsKeptAsUnknownEvent(ParsedDelivery delivery) {
        String item = "{\"field\":\"media_insights\",\"value\":{\"media_id\":\"18023345989000020\",\"reach\":120}}";

        assertThat(events(delivery)).containsExactly(new UnknownEvent(
                changes("unknown:" + sha256Prefix(item)), "changes:media_insights", "unknown changes field"));
    }

    @Test
    @Fixture("unknown/unknown-attachment-type.json")
    void unknownAttachmentTypeKeepsTheMessageAndTheRawType(ParsedDelivery delivery) {
        assertSingleAttachment(delivery, "3001", new Attachment(AttachmentType.UNKNOWN, "avatar_sticker",
                cdn("17890000000003001"), null, null, null));
    }

    @Test
    @Fixture("unknown/change-value-not-object.json")
    void changeWhoseValueIsNotAnObjectIsAnUnknownEvent(ParsedDelivery delivery) {
        String item = "{\"field\":\"mentions\",\"value\":\"17918195224117851\"}";

        assertThat(events(delivery)).containsExactly(new UnknownEvent(
                changes("unknown:" + sha256Prefix(item)), "changes:mentions", "value is not an object"));
    }

    @Test
    @Fixture("unknown/entry-without-changes-wrapper.json")
    void entryShapedLikeTheExamplesPageDocErrorIsAnUnknownEvent(ParsedDelivery delivery) {
        UnknownEvent unknown = only(delivery, UnknownEvent.class);

        assertThat(unknown.kind()).isEqualTo("entry");
        assertThat(unknown.reason()).isEqualTo("entry has no messaging, standby or changes array");
        assertThat(unknown.accountId()).isEqualTo(ACCOUNT);
        assertThat(unknown.occurredAt()).isEqualTo(CHANGES_ENTRY_TIME);
        assertThat(unknown.dedupKey()).isEqualTo("unknown:" + sha256Prefix(delivery.events().get(0).sourceJson()));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    static String mid(String tail) {
        return MID_PREFIX + Base64.getEncoder().withoutPadding().encodeToString(tail.getBytes(StandardCharsets.US_ASCII))
                + "ZDZD";
    }

    static String cdn(String assetId) {
        return "https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=" + assetId
                + "&signature=AbzW3kX9pQe5Lr0Vb2Nc8TfYh1Jm4Ds6";
    }

    /** Written independently of the parser's own hashing, so a change there shows up here. */
    static String sha256Prefix(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 32);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<InstagramEvent> events(ParsedDelivery delivery) {
        assertThat(delivery.problem()).isNull();
        assertThat(delivery.isParseable()).isTrue();
        return delivery.events().stream().map(ParsedEvent::event).toList();
    }

    static <T extends InstagramEvent> T only(ParsedDelivery delivery, Class<T> type) {
        List<InstagramEvent> events = events(delivery);
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).isInstanceOf(type);
        return type.cast(events.get(0));
    }

    private static void assertSingleAttachment(ParsedDelivery delivery, String midTail, Attachment expected) {
        assertThat(events(delivery)).containsExactly(new MessageReceived(messaging("message:" + mid(midTail)),
                CUSTOMER, ACCOUNT, mid(midTail), content(null, expected), false, false));
    }

    private static EventHeader messaging(String dedupKey) {
        return new EventHeader(ACCOUNT, dedupKey, ITEM_TIME, MESSAGING);
    }

    private static EventHeader handover(String dedupKey) {
        return new EventHeader(ACCOUNT, dedupKey, Instant.ofEpochMilli(1795167010478L), MESSAGING);
    }

    private static EventHeader changes(String dedupKey) {
        return header(dedupKey, CHANGES_ENTRY_TIME, CHANGES);
    }

    private static EventHeader header(String dedupKey, Instant at, Channel channel) {
        return new EventHeader(ACCOUNT, dedupKey, at, channel);
    }

    private static MessageContent text(String text) {
        return new MessageContent(text, List.of(), null, null, null);
    }

    private static MessageContent content(String text, Attachment... attachments) {
        return new MessageContent(text, List.of(attachments), null, null, null);
    }
}
