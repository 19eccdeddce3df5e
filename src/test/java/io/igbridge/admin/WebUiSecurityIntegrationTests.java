package io.igbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.igbridge.support.UiClient;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestSecrets;
import io.igbridge.support.WebhookClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web UI's security over real HTTP, as a browser meets it: sign-in, session cookie, CSRF, throttling, disabled
 * agents; and the webhook and admin API untouched by it. Spring Security logs at DEBUG here, and the context is this
 * class's own, started under the output capture: the log is checked from the start.
 */
@ExtendWith(OutputCaptureExtension.class)
@IntegrationTest
@TestPropertySource(properties = "logging.level.org.springframework.security=DEBUG")
class WebUiSecurityIntegrationTests extends ServiceTest {

    static final String PASSWORD = "sesame-ouvre-toi-42";
    static final AtomicInteger NEXT = new AtomicInteger();

    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    LoginAttempts attempts;

    @AfterAll
    static void springSecurityQuietAgain() {
        // a level set by a context outlives it (logging is the JVM's): the classes after this one log as usual
        LoggingSystem.get(WebUiSecurityIntegrationTests.class.getClassLoader())
                .setLogLevel("org.springframework.security", null);
    }

    @BeforeEach
    void noFailedSignInsYet() {
        // every test signs in from 127.0.0.1: one test's failures must not throttle the next
        attempts.clear();
    }

    /** A new agent (through the admin API); returns its username. */
    String agent(String displayName, String password) {
        String username = "agent-" + NEXT.incrementAndGet();
        HttpResponse<String> created = client.postJsonWithToken("/api/admin/agents", json.writeValueAsString(
                Map.of("username", username, "displayName", displayName, "password", password)),
                TestSecrets.ADMIN_TOKEN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return username;
    }

    UiClient signedIn(String username, String password) {
        UiClient browser = new UiClient(port);
        assertThat(browser.signIn(username, password).headers().firstValue("Location")).hasValue("/ui/");
        return browser;
    }

    static String setCookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith(name + "="))
                .reduce((first, last) -> last).orElseThrow(() -> new AssertionError("no " + name + " cookie set"));
    }

    static String csrfHeader(UiClient browser) {
        return browser.cookie("XSRF-TOKEN").orElseThrow();
    }

    @Test
    void everyPageAndJsonRouteOfTheUiIsRefusedWithoutSigningIn() {
        UiClient anonymous = new UiClient(port);
        for (String page : List.of("/ui/", "/ui", "/ui/index.html", "/ui/assets/app.js", "/ui/conversations/17",
                "/ui/logout")) {
            HttpResponse<String> refused = anonymous.get(page, "Accept", "text/html");
            assertThat(refused.statusCode()).as(page).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location")).as(page).hasValue("/ui/login");
        }
        for (String route : List.of("/ui/api/me", "/ui/api/conversations", "/ui/api")) {
            HttpResponse<String> refused = anonymous.get(route, "Accept", "text/html,application/json");
            assertThat(refused.statusCode()).as(route).isEqualTo(401);
            assertThat(refused.headers().firstValue("Location")).as(route).isEmpty();
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(json.readTree(refused.body()).path("error").asString()).isEqualTo("not_signed_in");
        }
        assertThat(anonymous.post("/ui/api/me").statusCode()).as("no CSRF token").isEqualTo(403);
        assertThat(anonymous.post("/ui/api/me", "X-XSRF-TOKEN", csrfHeader(anonymous)).statusCode())
                .as("a CSRF token, no session").isEqualTo(401);
        assertThat(anonymous.cookie("JSESSIONID")).as("no session for anyone not signed in").isEmpty();

        HttpResponse<String> form = anonymous.get("/ui/login");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<form method=\"post\" action=\"/ui/login\"", "name=\"_csrf\"",
                "name=\"viewport\"");
        assertThat(anonymous.get("/ui/assets/login.css").statusCode()).isEqualTo(200);
        HttpResponse<String> root = anonymous.get("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValue("/ui/");
    }

    @Test
    void aWrongPasswordIsRefusedWithTheAnswerAnUnknownUsernameGets() {
        String username = agent("Wrong Password", PASSWORD);
        UiClient browser = new UiClient(port);

        HttpResponse<String> wrong = browser.signIn(username, "not-" + PASSWORD);
        HttpResponse<String> unknown = new UiClient(port).signIn("nobody-by-that-name", PASSWORD);

        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(wrong.headers().firstValue("Location")).hasValue("/ui/login?error");
        assertThat(unknown.headers().firstValue("Location")).hasValue("/ui/login?error");
        assertThat(browser.get("/ui/api/me").statusCode()).isEqualTo(401);
        assertThat(browser.cookie("JSESSIONID")).isEmpty();
        String message = browser.get("/ui/login?error").body();
        assertThat(message).contains("Wrong username or password.").doesNotContain(username);
    }

    @Test
    void theRightPasswordGivesAnHttpOnlySameSiteSessionCookieAndTheAgentsName() {
        String username = agent("Camille Martin", PASSWORD);
        UiClient browser = new UiClient(port);

        HttpResponse<String> signedIn = browser.signIn(username.toUpperCase(), PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/ui/");
        String session = setCookie(signedIn, "JSESSIONID");
        assertThat(session).contains("HttpOnly", "SameSite=Lax", "Path=/ui").doesNotContain("Secure");
        assertThat(setCookie(signedIn, "XSRF-TOKEN")).as("read by the UI's JavaScript")
                .contains("SameSite=Lax").doesNotContain("HttpOnly");

        HttpResponse<String> me = browser.get("/ui/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode agent = json.readTree(me.body());
        assertThat(agent.path("username").asString()).isEqualTo(username);
        assertThat(agent.path("displayName").asString()).isEqualTo("Camille Martin");
        assertThat(agent.propertyNames()).containsExactlyInAnyOrder("username", "displayName");

        HttpResponse<String> page = browser.get("/ui/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/ui/assets/app.js");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).startsWith("default-src 'self'"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(
                cache -> assertThat(cache).contains("no-store"));
    }

    @Test
    void aPostWithoutTheCsrfTokenIs403AndWithItPasses() {
        UiClient browser = signedIn(agent("Csrf", PASSWORD), PASSWORD);

        HttpResponse<String> noToken = browser.post("/ui/logout");
        HttpResponse<String> wrongToken = browser.post("/ui/logout", "X-XSRF-TOKEN", "forged-token");
        HttpResponse<String> apiNoToken = browser.post("/ui/api/me");

        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(json.readTree(noToken.body()).path("error").asString()).isEqualTo("csrf_token_invalid");
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(apiNoToken.statusCode()).isEqualTo(403);
        assertThat(browser.get("/ui/api/me").statusCode()).as("still signed in").isEqualTo(200);
        assertThat(browser.post("/ui/api/me", "X-XSRF-TOKEN", csrfHeader(browser)).statusCode())
                .as("past the CSRF check: GET only").isEqualTo(405);

        HttpResponse<String> signedOut = browser.post("/ui/logout", "X-XSRF-TOKEN", csrfHeader(browser));

        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location")).hasValue("/ui/login?logout");
        assertThat(browser.get("/ui/api/me").statusCode()).isEqualTo(401);
        assertThat(browser.get("/ui/login?logout").body()).contains("You are signed out.");
    }

    @Test
    void aSignedInAgentWorksInTheInboxUnderTheirOwnName() {
        String username = agent("Inbox Agent", PASSWORD);
        UiClient browser = signedIn(username, PASSWORD);

        HttpResponse<String> mine = browser.get("/ui/api/conversations?filter=mine");
        HttpResponse<String> take = browser.post("/ui/api/conversations/987654321/take",
                "X-XSRF-TOKEN", csrfHeader(browser));

        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat(json.readTree(mine.body()).propertyNames()).contains("conversations", "counts");
        assertThat(take.statusCode()).as("past sign-in and CSRF, to the inbox's own answer").isEqualTo(404);
        assertThat(json.readTree(take.body()).path("error").asString()).isEqualTo("not_found");
    }

    @Test
    void theSixthAttemptAfterFiveFailuresIsRefusedEvenWithTheRightPassword() {
        String username = agent("Throttled", PASSWORD);
        UiClient browser = new UiClient(port);
        for (int i = 1; i <= 5; i++) {
            assertThat(browser.signIn(username, "guess-number-" + i).headers().firstValue("Location"))
                    .hasValue("/ui/login?error");
        }

        HttpResponse<String> sixth = browser.signIn(username, PASSWORD);

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.body()).contains("Too many failed attempts. Try again in 15 minutes.", "<form");
        assertThat(sixth.headers().firstValue("Retry-After")).isPresent();
        assertThat(browser.get("/ui/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void fiveFailuresFromOneAddressRefuseEveryUsernameFromIt() {
        String username = agent("Same Address", PASSWORD);
        for (int i = 1; i <= 5; i++) {
            new UiClient(port).signIn("someone-else-" + i, "guess");
        }

        assertThat(new UiClient(port).signIn(username, PASSWORD).statusCode()).isEqualTo(429);
    }

    @Test
    void aDisabledAgentCannotSignInAndTheirOpenSessionEndsAtTheNextRequest() {
        String username = agent("Leaving Soon", PASSWORD);
        UiClient open = signedIn(username, PASSWORD);
        assertThat(open.get("/ui/api/me").statusCode()).isEqualTo(200);

        assertThat(client.post("/api/admin/agents/" + username + "/disable", new byte[0],
                "Authorization", "Bearer " + TestSecrets.ADMIN_TOKEN).statusCode()).isEqualTo(200);

        assertThat(open.get("/ui/api/me").statusCode()).isEqualTo(401);
        assertThat(open.get("/ui/").headers().firstValue("Location")).hasValue("/ui/login");
        UiClient again = new UiClient(port);
        HttpResponse<String> refused = again.signIn(username, PASSWORD);
        assertThat(refused.headers().firstValue("Location")).as("the answer any failure gets")
                .hasValue("/ui/login?error");
        assertThat(again.get("/ui/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void theWebhookAndTheAdminApiGetNoSessionNoCsrfNoRedirectAndNoAddedHeader() {
        byte[] form = "hub=1&field=comments".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> delivery = client.post("/api/instagram/webhook", form,
                "Content-Type", "application/x-www-form-urlencoded",
                "X-Hub-Signature-256", WebhookClient.signature(TestSecrets.APP_SECRET, form));
        HttpResponse<String> admin = client.getWithToken("/api/admin/agents", TestSecrets.ADMIN_TOKEN);
        HttpResponse<String> adminRefused = client.get("/api/admin/agents");
        HttpResponse<String> health = client.get("/actuator/health");

        assertThat(delivery.statusCode()).as("a form body reaches the signature check untouched").isEqualTo(200);
        assertThat(rows.body(deliveryId(delivery))).isEqualTo(form);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(adminRefused.statusCode()).isEqualTo(401);
        assertThat(health.statusCode()).isEqualTo(200);
        for (HttpResponse<String> response : List.of(delivery, admin, adminRefused, health)) {
            assertThat(response.headers().allValues("Set-Cookie")).as(response.uri().getPath()).isEmpty();
            assertThat(response.headers().firstValue("Location")).isEmpty();
            assertThat(response.headers().firstValue("X-Frame-Options")).isEmpty();
            assertThat(response.headers().firstValue("Cache-Control")).isEmpty();
        }
        assertThat(client.get("/not-a-page").statusCode()).as("not listed: refused").isEqualTo(403);
    }

    @Test
    void theLogHoldsNeitherAnAgentsPasswordNorAGeneratedOne(CapturedOutput output) {
        String password = "log-me-never-" + NEXT.incrementAndGet();
        String wrongPassword = "log-me-neither-" + NEXT.incrementAndGet();
        String username = agent("Logged", password);
        new UiClient(port).signIn(username, wrongPassword);
        UiClient browser = signedIn(username, password);
        browser.post("/ui/logout", "X-XSRF-TOKEN", csrfHeader(browser));

        assertThat(output.getAll()).as("captured from start-up on").contains("Started WebUiSecurityIntegrationTests")
                .as("Spring Security's own DEBUG lines are there").contains("o.s.security")
                .doesNotContain(password, wrongPassword)
                .doesNotContainIgnoringCase("generated security password");
    }
}
