package io.igbridge.graphapi;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import io.igbridge.config.IgbridgeProperties;
import io.igbridge.config.IgbridgeProperties.LoginType;
import io.igbridge.config.Secret;

/**
 * A real HTTP server standing in for Meta's Graph API, and clients and accounts pointed at it. Registered as a
 * JUnit extension: started once per test class, its stubs and recorded requests forgotten before each test.
 */
final class FakeGraphApi implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    /** Recognisable, so a test can tell it never leaks into a message. */
    static final String TOKEN = "IGQ-test-token-7f3a9c";
    static final String APP_SECRET = "app-secret-for-tests";
    /** printf '%s' 'IGQ-test-token-7f3a9c' | openssl dgst -sha256 -hmac 'app-secret-for-tests' */
    static final String PROOF = "6e97ecdfa89889623e1234d6a8647bf94f4d75610dfc6ff3e582f498c6d13473";

    static final String IG_USER_ID = "17841400000000001";
    static final String PAGE_ID = "100000000000002";
    static final String IGSID = "6500000000000003";
    static final String COMMENT_ID = "17850000000000004";
    static final String MEDIA_ID = "17900000000000005";

    final WireMockServer server = new WireMockServer(options().dynamicPort());

    @Override
    public void beforeAll(ExtensionContext context) {
        server.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server.resetAll();
    }

    GraphApiClient client() {
        return client(false, Duration.ofSeconds(5), Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
    }

    GraphApiClient client(boolean appsecretProof, Duration timeout, Clock clock) {
        var settings = new IgbridgeProperties.GraphApi(server.baseUrl(), "v25.0", appsecretProof, timeout);
        return new GraphApiClient(settings, new Secret(APP_SECRET), clock);
    }

    /** The send node is the IG user id with Instagram Login, the Page id with Facebook Login (§5). */
    static GraphAccount account(LoginType login) {
        return login == LoginType.INSTAGRAM ? new GraphAccount(IG_USER_ID, login, new Secret(TOKEN))
                : new GraphAccount(PAGE_ID, login, new Secret(TOKEN), IG_USER_ID);
    }

    static String sendNode(LoginType login) {
        return login == LoginType.INSTAGRAM ? IG_USER_ID : PAGE_ID;
    }
}
