package io.igbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import io.igbridge.support.ServiceTest;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.TestSecrets;
import org.junit.jupiter.api.Test;

/** POST /api/instagram/webhook-test: the seed guide's curl examples, verbatim, through the real path. */
@IntegrationTest
class WebhookTestEndpointIntegrationTests extends ServiceTest {

    /** The body of the seed guide's "Test message direct" curl, exactly as printed there. */
    static final String SEED_DM = """
            {
                "entry": [{
                  "id": "page_123",
                  "changes": [{
                    "field": "messages",
                    "value": {
                      "messages": [{
                        "id": "msg_123",
                        "from": {"id": "user_456"},
                        "timestamp": "1640995200",
                        "text": "Bonjour !"
                      }]
                    }
                  }]
                }]
              }""";

    /** The body of the seed guide's "Test commentaire" curl, exactly as printed there. */
    static final String SEED_COMMENT = """
            {
                "entry": [{
                  "id": "page_123",\s
                  "changes": [{
                    "field": "comments",
                    "value": {
                      "comments": [{
                        "id": "comment_123",
                        "from": {"id": "user_456"},
                        "media": {"id": "media_789"},
                        "text": "Super post !",
                        "timestamp": "1640995200"
                      }]
                    }
                  }]
                }]
              }""";

    @Test
    void seedGuideDirectMessageCurlIsStoredProcessedAndListed() {
        HttpResponse<String> response = client.postTest(SEED_DM);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"PROCESSED\"", "\"type\":\"message\"",
                "\"accountId\":\"page_123\"", "\"dedupKey\":\"message:msg_123\"", "Bonjour !");
        long id = deliveryId(response);
        assertThat(rows.isTest(id)).isTrue();
        assertThat(rows.status(id)).isEqualTo("PROCESSED");
        assertThat(rows.eventTypesOfDelivery(id)).containsExactly("message");
    }

    @Test
    void seedGuideCommentCurlIsStoredProcessedAndListed() {
        HttpResponse<String> response = client.postTest(SEED_COMMENT);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"type\":\"comment\"", "\"dedupKey\":\"comment:comment_123\"",
                "Super post !");
        assertThat(rows.eventCount("page_123", "comment:comment_123")).isEqualTo(1);
    }

    @Test
    void theSamePayloadWithObjectInstagramIsAcceptedToo() {
        String withObject = "{\"object\": \"instagram\"," + SEED_DM.strip().substring(1).replace("msg_123", "msg_obj");

        HttpResponse<String> response = client.postTest(withObject);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"dedupKey\":\"message:msg_obj\"");
    }

    @Test
    void sendingTheSameTestTwiceReportsTheSecondAsDuplicate() {
        String body = SEED_DM.replace("msg_123", "msg_twice");
        assertThat(client.postTest(body).body()).contains("\"duplicate\":false");

        HttpResponse<String> again = client.postTest(body);

        assertThat(again.body()).contains("\"duplicate\":true");
        assertThat(rows.eventCount("page_123", "message:msg_twice")).isEqualTo(1);
    }

    @Test
    void aPayloadThatIsNotJsonIsStoredAndReportedUnprocessable() {
        HttpResponse<String> response = client.postTest("this is not json");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"status\":\"UNPARSEABLE\"", "\"problem\"");
        assertThat(rows.status(deliveryId(response))).isEqualTo("UNPARSEABLE");
    }

    @Test
    void throughAProxyTheAdminTokenIsRequired() {
        String body = SEED_DM.replace("msg_123", "msg_remote");

        HttpResponse<String> without = client.postTest(body, "X-Forwarded-For", "203.0.113.9");
        HttpResponse<String> wrong = client.postTest(body, "X-Forwarded-For", "203.0.113.9",
                "Authorization", "Bearer not-the-token");
        HttpResponse<String> right = client.postTest(body, "X-Forwarded-For", "203.0.113.9",
                "Authorization", "Bearer " + TestSecrets.ADMIN_TOKEN);

        assertThat(without.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain(TestSecrets.ADMIN_TOKEN);
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(rows.eventCount("page_123", "message:msg_remote")).isEqualTo(1);
    }
}
