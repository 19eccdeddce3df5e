package io.igbridge.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.igbridge.support.Browser;
import io.igbridge.support.Deliveries;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.SentDms;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestSecrets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The team inbox in headless Chromium, on a phone-size screen, HUMAN_AGENT on: a DM asking for a person waits for
 * an agent; the agent signs in, sees it, replies; the fake Graph API receives the reply with the HUMAN_AGENT tag (the
 * contact's message is 30 hours old); the bot stays silent until the agent hands the conversation back; once a second
 * account is added, an account selector shows one account's conversations. Screenshots of the inbox, the dashboard
 * and one account's inbox go to target/screenshots/.
 */
@IntegrationTest
class WebUiBrowserTests extends ServiceTest {

    static final String ACCOUNT = Deliveries.ACCOUNT;
    static final String MESSAGES = "/v25.0/" + ACCOUNT + "/messages";
    static final String CONTACT = "9901";
    static final String PASSWORD = "correct horse battery";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("INSTAGRAM_GRAPH_API_URL", graph::baseUrl);
        registry.add("INSTAGRAM_PAGE_ID", () -> ACCOUNT);
        registry.add("IGBRIDGE_HUMAN_AGENT_TAG", () -> "true");
        registry.add("IGBRIDGE_TOKEN_KEY", () -> io.igbridge.support.TestSecrets.TOKEN_KEY);
    }

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void fakeGraph() {
        SentDms.answerWith(graph, "m_ui");
    }

    List<JsonNode> dmsTo(String person) {
        return SentDms.to(graph, person);
    }

    static final String OTHER_ACCOUNT = "17841400000000777";
    static final String OTHER_CONTACT = "9902";

    void addAccount(String accountId) {
        HttpResponse<String> added = client.postJsonWithToken("/api/admin/accounts", "{\"accountId\":\"" + accountId
                + "\",\"login\":\"instagram\",\"accessToken\":\"IGQ-ui-other-account\",\"displayName\":\"Boutique B\"}",
                io.igbridge.support.TestSecrets.ADMIN_TOKEN);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    }

    void createAgent(String username) throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/api/admin/agents")).header("Authorization", "Bearer "
                + TestSecrets.ADMIN_TOKEN).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers
                .ofString("{\"username\":\"" + username + "\",\"displayName\":\"Alice Martin\",\"password\":\""
                        + PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @Test
    void anAgentSignsInTakesTheWaitingConversationAndRepliesWhileTheBotStaysSilent() throws Exception {
        assumeTrue(Browser.installed(), "headless Chromium and chromedriver (Debian: chromium chromium-driver)");
        createAgent("alice");
        client.postSigned(Deliveries.dmAt(CONTACT, "mid.ui-1", "Bonjour, je veux parler à un conseiller",
                Instant.now().minus(Duration.ofHours(30))));
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from conversation where user_id = ? and status = 'WAITING'", Long.class, CONTACT) == 1);

        try (Browser browser = Browser.phone()) {
            var page = browser.driver;
            page.get("http://127.0.0.1:" + port + "/ui/");
            assertThat(page.getCurrentUrl()).as("nothing before signing in").endsWith("/ui/login");
            page.findElement(By.id("username")).sendKeys("alice");
            page.findElement(By.id("password")).sendKeys(PASSWORD);
            page.findElement(By.cssSelector("form button, form [type=submit]")).click();

            WebElement row = await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(
                    () -> page.findElement(By.cssSelector("a.row[data-contact='" + CONTACT + "']")), found -> true);
            assertThat(page.findElement(By.id("me")).getText()).isEqualTo("Alice Martin");
            browser.screenshot("inbox");
            row.click();

            await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                    .until(() -> page.findElement(By.id("messages")).getText().contains("je veux parler à un conseiller"));
            page.findElement(By.id("reply-text")).sendKeys("Bonjour, ici Alice : je reprends votre demande.");
            page.findElement(By.id("send")).click();

            await().atMost(Duration.ofSeconds(15)).until(() -> dmsTo(CONTACT).stream().anyMatch(
                    dm -> dm.path("message").path("text").asString().startsWith("Bonjour, ici Alice")));
            JsonNode reply = dmsTo(CONTACT).stream().filter(dm -> dm.path("message").path("text").asString()
                    .startsWith("Bonjour, ici Alice")).findFirst().orElseThrow();
            assertThat(reply.path("tag").asString()).as("30 hours after the contact's message").isEqualTo("HUMAN_AGENT");
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                    .until(() -> page.findElement(By.id("status")).getText().equalsIgnoreCase("assigned"));

            // the contact writes again: the bot, which would greet and give the prices, says nothing
            client.postSigned(Deliveries.dmNow(CONTACT, "mid.ui-2", "Bonjour, et le prix ?"));
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                    "select count(*) from conversation_message where mid = 'mid.ui-2'", Long.class) == 1);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> dmsTo(CONTACT).size() == 1);

            page.findElement(By.id("hand-back")).click();
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                    .until(() -> page.findElement(By.id("status")).getText().equalsIgnoreCase("bot"));
            client.postSigned(Deliveries.dmNow(CONTACT, "mid.ui-3", "prix ?"));
            await().atMost(Duration.ofSeconds(15)).until(() -> dmsTo(CONTACT).stream().anyMatch(
                    dm -> dm.path("message").path("text").asString().startsWith("Consultez nos tarifs")));

            page.get("http://127.0.0.1:" + port + "/ui/#/dashboard");
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                    .until(() -> page.findElement(By.id("totals")).getText().contains("escalations"));
            assertThat(browser.screenshot("dashboard")).exists();
            assertThat(java.nio.file.Path.of("target/screenshots/inbox.png")).exists();

            // a second account: the inbox gets an account selector, and shows the chosen account's conversations
            assertThat(page.findElement(By.id("account")).isDisplayed()).as("one account, no selector").isFalse();
            addAccount(OTHER_ACCOUNT);
            client.postSigned(Deliveries.dmNow(OTHER_ACCOUNT, OTHER_CONTACT, "mid.ui-b-1", "Un conseiller svp"));
            await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject("select count(*) from conversation"
                    + " where account_id = ? and user_id = ?", Long.class, OTHER_ACCOUNT, OTHER_CONTACT) == 1);
            page.get("http://127.0.0.1:" + port + "/ui/?reload#/inbox/all");
            WebElement selector = await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                    .until(() -> page.findElement(By.id("account")), WebElement::isDisplayed);
            new org.openqa.selenium.support.ui.Select(selector).selectByValue(OTHER_ACCOUNT);
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> page.findElements(
                    By.cssSelector("a.row[data-contact='" + OTHER_CONTACT + "']")).size() == 1
                    && page.findElements(By.cssSelector("a.row[data-contact='" + CONTACT + "']")).isEmpty());
            browser.screenshot("inbox-of-one-account");
        }
    }
}
