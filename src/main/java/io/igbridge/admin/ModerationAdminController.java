package io.igbridge.admin;

import io.igbridge.moderation.Classification;
import io.igbridge.moderation.SentimentAnalyzer;
import io.igbridge.webhook.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Try moderation on any text (bearer admin token, checked by {@link AdminApiGuard}): what the configured classifier
 * finds, with its reasons, so a business can check its own comments and tune its rules.
 */
@RestController
class ModerationAdminController {

    /** Far above Instagram's 2,200 characters per comment; the classifier reads at most 5,000. */
    static final int MAX_TEXT = 5_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SentimentAnalyzer analyzer;

    ModerationAdminController(SentimentAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @PostMapping("/api/admin/moderation/classify")
    ResponseEntity<?> classify(@RequestBody(required = false) String body) {
        JsonNode request;
        try {
            request = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JacksonException notJson) {
            return ApiError.respond(HttpStatus.BAD_REQUEST, "invalid_json", "the body is not JSON: send"
                    + " {\"text\": \"…\"}");
        }
        JsonNode text = request == null ? null : request.get("text");
        if (text == null || !text.isString() || text.asString().isBlank()) {
            return ApiError.respond(HttpStatus.BAD_REQUEST, "missing_text", "send {\"text\": \"…\"} with the text"
                    + " to classify");
        }
        if (text.asString().length() > MAX_TEXT) {
            return ApiError.respond(HttpStatus.CONTENT_TOO_LARGE, "text_too_long", "the text has "
                    + text.asString().length() + " characters; at most " + MAX_TEXT + " are classified");
        }
        Classification found = analyzer.classify(text.asString());
        return ResponseEntity.ok(found);
    }
}
