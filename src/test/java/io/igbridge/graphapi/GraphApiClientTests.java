package io.igbridge.graphapi;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.igbridge.graphapi.FakeGraphApi.COMMENT_ID;
import static io.igbridge.graphapi.FakeGraphApi.IGSID;
import static io.igbridge.graphapi.FakeGraphApi.IG_USER_ID;
import static io.igbridge.graphapi.FakeGraphApi.MEDIA_ID;
import static io.igbridge.graphapi.FakeGraphApi.PROOF;
import static io.igbridge.graphapi.FakeGraphApi.TOKEN;
import static io.igbridge.graphapi.FakeGraphApi.account;
import static io.igbridge.graphapi.FakeGraphApi.sendNode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.igbridge.config.IgbridgeProperties;
import io.igbridge.config.IgbridgeProperties.LoginType;
import io.igbridge.config.Secret;
import io.igbridge.graphapi.GraphFailure.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The exact request each operation sends, under both logins, and what is read from Meta's answer. */
class GraphApiClientTests {

    @RegisterExtension
    static final FakeGraphApi meta = new FakeGraphApi();

    private final GraphApiClient client = meta.client();

    @Test
    void instagramLoginSendsTheTokenAsBearerToTheIgUserNodeWithoutMessagingType() {
        answer(okJson("{\"recipient_id\":\"" + IGSID + "\",\"message_id\":\"aWdfZAG1faXRlbTox\"}"));

        GraphResult result = client.sendText(account(LoginType.INSTAGRAM), IGSID, "Bonjour ! Notre équipe vous répondra bientôt.",
                MessageTag.NONE);

        assertThat(result.id()).isEqualTo("aWdfZAG1faXRlbTox");
        verifyOnly(postRequestedFor(urlPathEqualTo("/v25.0/" + IG_USER_ID + "/messages"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withoutQueryParam("access_token")
                .withoutQueryParam("appsecret_proof")
                .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
                .withRequestBody(equalToJson("""
                        {"recipient":{"id":"6500000000000003"},
                         "message":{"text":"Bonjour ! Notre équipe vous répondra bientôt."}}""")));
    }

    @Test
    void facebookLoginSendsTheTokenInTheQueryToThePageNodeWithMessagingTypeResponse() {
        answer(okJson("{\"recipient_id\":\"" + IGSID + "\",\"message_id\":\"m_fb_1\"}"));

        GraphResult result = client.sendText(account(LoginType.FACEBOOK), IGSID, "Bonjour !", MessageTag.NONE);

        assertThat(result.id()).isEqualTo("m_fb_1");
        verifyOnly(postRequestedFor(urlPathEqualTo("/v25.0/" + FakeGraphApi.PAGE_ID + "/messages"))
                .withQueryParam("access_token", equalTo(TOKEN))
                .withoutHeader("Authorization")
                .withRequestBody(equalToJson("""
                        {"recipient":{"id":"6500000000000003"},"messaging_type":"RESPONSE",
                         "message":{"text":"Bonjour !"}}""")));
    }

    @Test
    void humanAgentIsATopLevelTagAloneWithInstagramLogin() {
        answer(okJson("{\"message_id\":\"m1\"}"));

        client.sendText(account(LoginType.INSTAGRAM), IGSID, "Je regarde ça lundi.", MessageTag.HUMAN_AGENT);

        verifyOnly(postRequestedFor(urlPathEqualTo("/v25.0/" + IG_USER_ID + "/messages")).withRequestBody(equalToJson("""
                {"recipient":{"id":"6500000000000003"},"message":{"text":"Je regarde ça lundi."},"tag":"HUMAN_AGENT"}""")));
    }

    @Test
    void humanAgentIsAMessageTagWithFacebookLogin() {
        answer(okJson("{\"message_id\":\"m1\"}"));

        client.sendText(account(LoginType.FACEBOOK), IGSID, "Je regarde ça lundi.", MessageTag.HUMAN_AGENT);

        verifyOnly(postRequestedFor(urlPathEqualTo("/v25.0/" + FakeGraphApi.PAGE_ID + "/messages"))
                .withRequestBody(equalToJson("""
                        {"recipient":{"id":"6500000000000003"},"messaging_type":"MESSAGE_TAG","tag":"HUMAN_AGENT",
                         "message":{"text":"Je regarde ça lundi."}}""")));
    }

    @Test
    void aMessageOfExactly1000BytesIsSentAndOneByteMoreIsRefusedBeforeAnyCall() {
        answer(okJson("{\"message_id\":\"m1\"}"));
        String thousandBytes = "é".repeat(500);

        assertThat(client.sendText(account(LoginType.INSTAGRAM), IGSID, thousandBytes, MessageTag.NONE).id())
                .isEqualTo("m1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> client.sendText(account(LoginType.INSTAGRAM), IGSID, thousandBytes + "a",
                        MessageTag.NONE))
                .withMessageContaining("1001");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> client.sendPrivateReply(account(LoginType.INSTAGRAM), COMMENT_ID, "😊".repeat(251)));
        assertThat(meta.server.getAllServeEvents()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(LoginType.class)
    void privateReplyGoesToTheSendNodeWithTheCommentAsRecipient(LoginType login) {
        answer(okJson("{\"recipient_id\":\"" + IGSID + "\",\"message_id\":\"m_private\"}"));

        GraphResult result = client.sendPrivateReply(account(login), COMMENT_ID, "Merci, on vous écrit ici !");

        assertThat(result.id()).isEqualTo("m_private");
        verifyOnly(authenticated(login, postRequestedFor(urlPathEqualTo("/v25.0/" + sendNode(login) + "/messages")))
                .withRequestBody(equalToJson("""
                        {"recipient":{"comment_id":"17850000000000004"},"message":{"text":"Merci, on vous écrit ici !"}}""")));
    }

    @Test
    void contactQuickRepliesGoWithTheTextLikeABotsDmUnderEitherLogin() {
        answer(okJson("{\"recipient_id\":\"" + IGSID + "\",\"message_id\":\"m_ask\"}"));

        GraphResult result = client.askForContact(account(LoginType.INSTAGRAM), IGSID, "Vos coordonnées ?",
                List.of(ContactQuickReply.USER_EMAIL, ContactQuickReply.USER_PHONE_NUMBER));
        client.askForContact(account(LoginType.FACEBOOK), IGSID, "Votre e-mail ?",
                List.of(ContactQuickReply.USER_EMAIL));

        assertThat(result.id()).isEqualTo("m_ask");
        meta.server.verify(postRequestedFor(urlPathEqualTo("/v25.0/" + IG_USER_ID + "/messages"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(equalToJson("""
                        {"recipient":{"id":"6500000000000003"},
                         "message":{"text":"Vos coordonnées ?","quick_replies":[{"content_type":"user_email"},
                                    {"content_type":"user_phone_number"}]}}""")));
        meta.server.verify(postRequestedFor(urlPathEqualTo("/v25.0/" + FakeGraphApi.PAGE_ID + "/messages"))
                .withQueryParam("access_token", equalTo(TOKEN))
                .withRequestBody(equalToJson("""
                        {"recipient":{"id":"6500000000000003"},"messaging_type":"RESPONSE",
                         "message":{"text":"Votre e-mail ?","quick_replies":[{"content_type":"user_email"}]}}""")));
        assertThat(meta.server.getAllServeEvents()).hasSize(2);
        assertThatIllegalArgumentException().isThrownBy(() -> client.askForContact(account(LoginType.INSTAGRAM),
                IGSID, "Vos coordonnées ?", List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> client.askForContact(account(LoginType.INSTAGRAM),
                IGSID, "é".repeat(501), List.of(ContactQuickReply.USER_EMAIL)));
    }

    @ParameterizedTest
    @EnumSource(LoginType.class)
    void markSeenIsASenderAction(LoginType login) {
        answer(okJson("{\"recipient_id\":\"" + IGSID + "\"}"));

        GraphResult result = client.markSeen(account(login), IGSID);

        assertThat(result.id()).isNull();
        verifyOnly(authenticated(login, postRequestedFor(urlPathEqualTo("/v25.0/" + sendNode(login) + "/messages")))
                .withRequestBody(equalToJson("""
                        {"recipient":{"id":"6500000000000003"},"sender_action":"mark_seen"}""")));
    }

    @ParameterizedTest
    @EnumSource(LoginType.class)
    void aCommentReplyIsPostedToTheCommentsRepliesEdge(LoginType login) {
        answer(okJson("{\"id\":\"17860000000000099\"}"));

        GraphResult result = client.replyToComment(account(login), COMMENT_ID, "Merci beaucoup ! 😊");

        assertThat(result.id()).isEqualTo("17860000000000099");
        verifyOnly(authenticated(login, postRequestedFor(urlPathEqualTo("/v25.0/" + COMMENT_ID + "/replies")))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded; charset=UTF-8"))
                .withFormParam("message", equalTo("Merci beaucoup ! 😊")));
    }

    @ParameterizedTest
    @EnumSource(LoginType.class)
    void hideAndUnhideArePostsOnTheComment(LoginType login) {
        answer(okJson("{\"success\":true}"));

        client.hideComment(account(login), COMMENT_ID, true);
        client.hideComment(account(login), COMMENT_ID, false);

        var onTheComment = postRequestedFor(urlPathEqualTo("/v25.0/" + COMMENT_ID));
        meta.server.verify(1, authenticated(login, onTheComment).withFormParam("hide", equalTo("true")));
        meta.server.verify(1, authenticated(login, postRequestedFor(urlPathEqualTo("/v25.0/" + COMMENT_ID)))
                .withFormParam("hide", equalTo("false")));
        assertThat(meta.server.getAllServeEvents()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(LoginType.class)
    void deleteIsADeleteOnTheComment(LoginType login) {
        answer(okJson("{\"success\":true}"));

        client.deleteComment(account(login), COMMENT_ID);

        verifyOnly(authenticated(login, deleteRequestedFor(urlPathEqualTo("/v25.0/" + COMMENT_ID))));
    }

    @Test
    void successFalseIsAPermanentFailure() {
        answer(okJson("{\"success\":false}"));

        assertThatThrownBy(() -> client.hideComment(account(LoginType.INSTAGRAM), COMMENT_ID, true))
                .isInstanceOfSatisfying(GraphApiException.class,
                        failed -> assertThat(failed.kind()).isEqualTo(Kind.PERMANENT));
    }

    @ParameterizedTest
    @EnumSource(LoginType.class)
    void aMentionReplyGoesToTheInstagramUserNotThePage(LoginType login) {
        answer(okJson("{\"id\":\"17870000000000077\"}"));

        GraphResult onCaption = client.replyToMention(account(login), MEDIA_ID, null, "Merci pour la mention !");
        client.replyToMention(account(login), MEDIA_ID, COMMENT_ID, "Merci !");

        assertThat(onCaption.id()).isEqualTo("17870000000000077");
        String mentions = "/v25.0/" + IG_USER_ID + "/mentions";
        meta.server.verify(1, authenticated(login, postRequestedFor(urlPathEqualTo(mentions)))
                .withFormParam("media_id", equalTo(MEDIA_ID))
                .withoutFormParam("comment_id")
                .withFormParam("message", equalTo("Merci pour la mention !")));
        meta.server.verify(1, authenticated(login, postRequestedFor(urlPathEqualTo(mentions)))
                .withFormParam("media_id", equalTo(MEDIA_ID))
                .withFormParam("comment_id", equalTo(COMMENT_ID))
                .withFormParam("message", equalTo("Merci !")));
        assertThat(meta.server.getAllServeEvents()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(LoginType.class)
    void appsecretProofIsTheHmacOfTheTokenKeyedWithTheAppSecret(LoginType login) {
        answer(okJson("{\"message_id\":\"m1\"}"));
        GraphApiClient withProof = meta.client(true, Duration.ofSeconds(5), Clock.systemUTC());

        withProof.sendText(account(login), IGSID, "Bonjour !", MessageTag.NONE);

        verifyOnly(authenticated(login, postRequestedFor(urlPathEqualTo("/v25.0/" + sendNode(login) + "/messages")))
                .withQueryParam("appsecret_proof", equalTo(PROOF)));
    }

    @Test
    void appsecretProofWithoutAnAppSecretIsRefusedBeforeAnyCall() {
        var settings = new IgbridgeProperties.GraphApi(meta.server.baseUrl(), "v25.0", true, Duration.ofSeconds(5));
        var noSecret = new GraphApiClient(settings, new Secret(""), Clock.systemUTC());

        assertThatIllegalStateException()
                .isThrownBy(() -> noSecret.deleteComment(account(LoginType.FACEBOOK), COMMENT_ID))
                .withMessageContaining("IGBRIDGE_APPSECRET_PROOF");
        assertThat(meta.server.getAllServeEvents()).isEmpty();
    }

    @Test
    void theConfiguredVersionIsInEveryPath() {
        answer(okJson("{\"id\":\"1\"}"));
        var settings = new IgbridgeProperties.GraphApi(meta.server.baseUrl() + "/", "v26.0", false, Duration.ofSeconds(5));

        new GraphApiClient(settings, new Secret(""), Clock.systemUTC())
                .replyToComment(account(LoginType.INSTAGRAM), COMMENT_ID, "ok");

        verifyOnly(postRequestedFor(urlPathEqualTo("/v26.0/" + COMMENT_ID + "/replies")));
    }

    @Test
    void usageHeadersAreReadOnSuccess() {
        answer(okJson("{\"message_id\":\"m1\"}")
                .withHeader("X-App-Usage", "{\"call_count\":28,\"total_time\":25,\"total_cputime\":25}")
                .withHeader("X-Business-Use-Case-Usage", """
                        {"17841400000000001":[{"type":"instagram","call_count":91,"total_cputime":12,"total_time":30,
                        "estimated_time_to_regain_access":0}],
                         "100000000000002":[{"type":"messenger","call_count":3,"total_cputime":2,"total_time":4,
                        "estimated_time_to_regain_access":0}]}"""));

        GraphResult result = client.sendText(account(LoginType.INSTAGRAM), IGSID, "Bonjour !", MessageTag.NONE);

        assertThat(result.usage()).isEqualTo(new GraphUsage(91, Duration.ZERO));
        assertThat(result.usage().atLeast(90)).isTrue();
        assertThat(result.usage().throttled()).isFalse();
    }

    @Test
    void noUsageHeadersIsNoUsage() {
        answer(okJson("{\"id\":\"1\"}").withHeader("X-App-Usage", "<not json>"));

        assertThat(client.replyToComment(account(LoginType.FACEBOOK), COMMENT_ID, "ok").usage())
                .isEqualTo(GraphUsage.NONE);
    }

    @Test
    void aMissingTokenOrAnIdThatIsNotAnIdIsRefusedBeforeAnyCall() {
        var noToken = new GraphAccount(IG_USER_ID, LoginType.INSTAGRAM, new Secret(" "));

        assertThatIllegalStateException().isThrownBy(() -> client.markSeen(noToken, IGSID));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> client.deleteComment(account(LoginType.INSTAGRAM), "../" + IG_USER_ID));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> client.replyToComment(account(LoginType.INSTAGRAM), COMMENT_ID, " "));
        assertThat(meta.server.getAllServeEvents()).isEmpty();
    }

    @Test
    void theConfiguredAccountUsesThePageIdAsSendNodeAndTheTokenInForce() {
        var settings = new IgbridgeProperties.Instagram(new Secret(TOKEN), FakeGraphApi.PAGE_ID, null, null,
                LoginType.FACEBOOK);
        Secret inForce = new Secret("IGQ-renewed-token-5b2e");

        GraphAccount account = new ConfiguredAccount(settings, accountId -> inForce).forInstagramUser(IG_USER_ID);

        assertThat(account).isEqualTo(new GraphAccount(FakeGraphApi.PAGE_ID, LoginType.FACEBOOK, inForce, IG_USER_ID));
        assertThat(account.toString()).doesNotContain(inForce.reveal());
        assertThatIllegalStateException().isThrownBy(() -> new ConfiguredAccount(new IgbridgeProperties.Instagram(
                new Secret(TOKEN), " ", null, null, LoginType.FACEBOOK), accountId -> inForce).get());
    }

    private static void answer(ResponseDefinitionBuilder response) {
        meta.server.stubFor(any(anyUrl()).willReturn(response));
    }

    /** The one request the fake received matched {@code expected}. */
    private static void verifyOnly(RequestPatternBuilder expected) {
        meta.server.verify(1, expected);
        assertThat(meta.server.getAllServeEvents()).hasSize(1);
    }

    /** The token where the login puts it, and nowhere else (meta-platform.md §5). */
    private static RequestPatternBuilder authenticated(LoginType login, RequestPatternBuilder request) {
        return login == LoginType.INSTAGRAM
                ? request.withHeader("Authorization", equalTo("Bearer " + TOKEN)).withoutQueryParam("access_token")
                : request.withQueryParam("access_token", equalTo(TOKEN)).withoutHeader("Authorization");
    }
}
