package io.igbridge.graphapi;

import io.igbridge.support.SettableClock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.igbridge.graphapi.FakeGraphApi.IGSID;
import static io.igbridge.graphapi.FakeGraphApi.TOKEN;
import static io.igbridge.graphapi.FakeGraphApi.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import io.igbridge.config.IgbridgeProperties.LoginType;
import io.igbridge.config.Secret;
import io.igbridge.graphapi.GraphFailure.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The User Profile API: read once a day per person, and "no consent yet" is an answer, not a failure. */
class UserProfileTests {

    private static final String FIELDS =
            "name,username,profile_pic,follower_count,is_user_follow_business,is_business_follow_user";
    @RegisterExtension
    static final FakeGraphApi meta = new FakeGraphApi();

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final GraphApiClient client = meta.client(false, Duration.ofSeconds(5), clock);

    @ParameterizedTest
    @EnumSource(LoginType.class)
    void readsTheProfileFieldsOfTheIgsid(LoginType login) {
        answer(okJson("""
                {"name":"Camille Martin","username":"camille.m","profile_pic":"https://cdn.example/p.jpg",
                 "follower_count":1234,"is_user_follow_business":false,"is_business_follow_user":true,
                 "is_verified_user":false,"id":"6500000000000003"}"""));

        var profile = client.userProfile(account(login), IGSID);

        assertThat(profile).contains(new UserProfile("Camille Martin", "camille.m", "https://cdn.example/p.jpg", 1234,
                false, true));
        var request = getRequestedFor(urlPathEqualTo("/v25.0/" + IGSID)).withQueryParam("fields", equalTo(FIELDS));
        meta.server.verify(1, login == LoginType.INSTAGRAM
                ? request.withHeader("Authorization", equalTo("Bearer " + TOKEN)).withoutQueryParam("access_token")
                : request.withQueryParam("access_token", equalTo(TOKEN)).withoutHeader("Authorization"));
    }

    @Test
    void nullNameAndPictureAreKeptAsNull() {
        answer(okJson("{\"name\":null,\"username\":\"camille.m\",\"profile_pic\":null}"));

        assertThat(client.userProfile(account(LoginType.INSTAGRAM), IGSID))
                .contains(new UserProfile(null, "camille.m", null, null, null, null));
    }

    @Test
    void aProfileIsFetchedOnceADayPerAccountAndPerson() {
        answer(okJson("{\"username\":\"camille.m\"}"));
        GraphAccount account = account(LoginType.INSTAGRAM);

        client.userProfile(account, IGSID);
        clock.advance(Duration.ofHours(23));
        var cached = client.userProfile(account, IGSID);

        assertThat(cached.map(UserProfile::username)).contains("camille.m");
        assertThat(meta.server.getAllServeEvents()).hasSize(1);

        client.userProfile(new GraphAccount("17841499999999999", LoginType.INSTAGRAM, new Secret(TOKEN)), IGSID);
        clock.advance(Duration.ofHours(1));
        client.userProfile(account, IGSID);
        assertThat(meta.server.getAllServeEvents()).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"error\":{\"message\":\"User consent is required to access user profile\",\"type\":\"OAuthException\",\"code\":230}}",
            "{\"error\":{\"message\":\"No matching Instagram user\",\"type\":\"IGApiException\",\"code\":9010}}",
            "{\"error\":{\"message\":\"(#100) No matching user found\",\"type\":\"OAuthException\",\"code\":100,\"error_subcode\":2534014}}"
    })
    void noConsentOrNoMatchingUserIsNoProfileKeptBriefly(String error) {
        answer(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(error));
        GraphAccount account = account(LoginType.INSTAGRAM);

        assertThat(client.userProfile(account, IGSID)).isEmpty();
        assertThat(client.userProfile(account, IGSID)).isEmpty();
        assertThat(meta.server.getAllServeEvents()).hasSize(1);

        clock.advance(GraphApiClient.PROFILE_UNAVAILABLE_TTL);
        meta.server.resetAll();
        answer(okJson("{\"username\":\"camille.m\"}"));
        assertThat(client.userProfile(account, IGSID).map(UserProfile::username)).contains("camille.m");
    }

    @Test
    void otherFailuresAreThrownAndNotCached() {
        answer(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Error validating access token\",\"type\":\"OAuthException\","
                        + "\"code\":190,\"error_subcode\":463}}"));
        GraphAccount account = account(LoginType.FACEBOOK);

        assertThatThrownBy(() -> client.userProfile(account, IGSID)).isInstanceOfSatisfying(GraphApiException.class,
                failed -> assertThat(failed.kind()).isEqualTo(Kind.REAUTHORIZE));
        assertThatThrownBy(() -> client.userProfile(account, IGSID)).isInstanceOf(GraphApiException.class);
        assertThat(meta.server.getAllServeEvents()).hasSize(2);
    }

    private static void answer(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        meta.server.stubFor(any(anyUrl()).willReturn(response));
    }
}
