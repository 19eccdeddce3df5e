package io.igbridge.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestSecrets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/admin/moderation/classify}: what the classifier finds in any text, for the admin only. */
@IntegrationTest
class ModerationAdminIntegrationTests extends ServiceTest {

    final JsonMapper json = JsonMapper.builder().build();
    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> classify(String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/admin/moderation/classify")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode classified(String text) throws Exception {
        HttpResponse<String> response = classify(json.writeValueAsString(java.util.Map.of("text", text)),
                TestSecrets.ADMIN_TOKEN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void withoutTheAdminTokenNothingIsClassified() throws Exception {
        assertThat(classify("{\"text\":\"super\"}", null).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = classify("{\"text\":\"super\"}", "not-the-token");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("super").doesNotContain(TestSecrets.ADMIN_TOKEN);
    }

    @Test
    void frenchEnglishAndMixedTextsAreClassifiedWithTheirReasons() throws Exception {
        JsonNode french = classified("Pas super du tout, je suis déçue");
        assertThat(french.path("language").asString()).isEqualTo("fr");
        assertThat(french.path("sentiment").asString()).isEqualTo("negative");
        assertThat(french.path("score").asDouble()).isNegative();
        assertThat(french.path("reasons").toString()).contains("super", "negated by", "pas");

        JsonNode english = classified("Absolutely love it, thank you!");
        assertThat(english.path("language").asString()).isEqualTo("en");
        assertThat(english.path("sentiment").asString()).isEqualTo("positive");
        assertThat(english.path("abusive").asBoolean()).isFalse();
        assertThat(english.path("question").asBoolean()).isFalse();

        JsonNode mixed = classified("Trop cute ce look, love it 😍 c'est dispo en M ?");
        assertThat(mixed.path("language").asString()).isIn("fr", "en");
        assertThat(mixed.path("sentiment").asString()).isEqualTo("positive");
        assertThat(mixed.path("question").asBoolean()).isTrue();

        JsonNode abusive = classified("t'es qu'un gros connard");
        assertThat(abusive.path("abusive").asBoolean()).isTrue();
        assertThat(abusive.path("reasons").toString()).contains("connard");

        JsonNode spam = classified("Check my page for free followers 🔥 link in bio");
        assertThat(spam.path("spam").asBoolean()).isTrue();
        assertThat(spam.path("sentiment").asString()).isEqualTo("neutral");
        assertThat(spam.propertyNames()).contains("language", "sentiment", "score", "abusive", "spam",
                "question", "reasons");
    }

    @Test
    void aBadRequestGetsAClearError() throws Exception {
        HttpResponse<String> notJson = classify("super", TestSecrets.ADMIN_TOKEN);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("invalid_json");
        assertThat(classify("{\"message\":\"super\"}", TestSecrets.ADMIN_TOKEN).body()).contains("missing_text");
        assertThat(classify("{\"text\":42}", TestSecrets.ADMIN_TOKEN).statusCode()).isEqualTo(400);
        HttpResponse<String> tooLong = classify("{\"text\":\"" + "a".repeat(5_001) + "\"}", TestSecrets.ADMIN_TOKEN);
        assertThat(tooLong.statusCode()).isEqualTo(413);
        assertThat(tooLong.body()).contains("text_too_long");
    }
}
