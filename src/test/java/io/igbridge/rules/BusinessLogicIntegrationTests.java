package io.igbridge.rules;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.igbridge.events.CommentReceived;
import io.igbridge.events.MessageReceived;
import io.igbridge.outbox.Action;
import io.igbridge.outbox.Notify;
import io.igbridge.outbox.ReplyToComment;
import io.igbridge.outbox.SendDirectMessage;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The example of docs/extending.md, as a bean: its actions go through the same outbox to the fake Graph API. */
@IntegrationTest
@Import(BusinessLogicIntegrationTests.ShopLogicConfiguration.class)
class BusinessLogicIntegrationTests extends ServiceTest {

    static final String ACCOUNT = "17841400000000001";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void graphApi(DynamicPropertyRegistry registry) {
        registry.add("INSTAGRAM_GRAPH_API_URL", graph::baseUrl);
    }

    /** docs/extending.md's ShopLogic, word for word but for the class name. */
    static class ShopLogic implements BusinessLogic {

        @Override
        public List<Action> onDirectMessage(MessageReceived message) {
            String text = message.text() == null ? "" : message.text().toLowerCase();
            if (text.contains("commande")) {
                return List.of(
                        new SendDirectMessage(message.accountId(), message.senderId(),
                                "Merci ! Donnez-nous votre numéro de commande, nous vérifions tout de suite.", false),
                        new Notify(message.accountId(), "orders", "Question de commande de " + message.senderId()));
            }
            return List.of();
        }

        @Override
        public List<Action> onComment(CommentReceived comment) {
            if (comment.text() != null && comment.text().toLowerCase().contains("dispo")) {
                return List.of(new ReplyToComment(comment.accountId(), comment.commentId(), comment.parentId(),
                        "Oui, disponible en boutique et en ligne !"));
            }
            return List.of();
        }
    }

    @TestConfiguration
    static class ShopLogicConfiguration {
        @Bean
        ShopLogic shopLogic() {
            return new ShopLogic();
        }
    }

    @Test
    void customLogicRepliesToADirectMessageAndAlertsTheTeamThroughTheOutbox() {
        graph.stubFor(post(urlPathMatching("/v25.0/.*/messages")).willReturn(okJson("{\"message_id\":\"m1\"}")));

        client.postSigned(AutoReplyEndToEndScenarios.dm("8001", "mid.custom-order", "Où en est ma commande ?"));

        String messages = "/v25.0/" + ACCOUNT + "/messages";
        await().atMost(Duration.ofSeconds(15)).until(() -> graph.findAll(postRequestedFor(urlPathEqualTo(messages)))
                .stream().anyMatch(request -> request.getBodyAsString().contains("numéro de commande")));
        await().atMost(Duration.ofSeconds(15)).until(() -> rows.outboxCount("notify", "DONE") >= 1);
    }

    @Test
    void customLogicRepliesUnderAComment() {
        graph.stubFor(post(urlPathMatching("/v25.0/.*/replies")).willReturn(okJson("{\"id\":\"c1\"}")));

        client.postSigned(AutoReplyEndToEndScenarios.comment("8002", "17850000000000201", "C'est dispo en taille M ?"));

        String replies = "/v25.0/17850000000000201/replies";
        await().atMost(Duration.ofSeconds(15)).until(() -> graph.findAll(postRequestedFor(urlPathEqualTo(replies)))
                .stream().anyMatch(request -> (request.getBodyAsString() + request.getUrl()).contains("disponible")));
    }
}
