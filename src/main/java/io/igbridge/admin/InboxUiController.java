package io.igbridge.admin;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;

import io.igbridge.inbox.AgentRefusal;
import io.igbridge.inbox.ConversationActions;
import io.igbridge.inbox.InboxQueries;
import io.igbridge.inbox.InboxView;
import io.igbridge.webhook.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The team inbox's JSON for the web UI (a logged-in agent; the session and CSRF are checked before this): the
 * conversations by filter with their counts, one conversation, and what an agent does with it.
 */
@RestController
class InboxUiController {

    private final InboxQueries queries;
    private final ConversationActions actions;

    InboxUiController(InboxQueries queries, ConversationActions actions) {
        this.queries = queries;
        this.actions = actions;
    }

    @GetMapping("/ui/api/conversations")
    Map<String, Object> list(@RequestParam(defaultValue = "waiting") String filter,
            @RequestParam(required = false) String account, Principal agent) {
        InboxQueries.Filter chosen;
        try {
            chosen = InboxQueries.Filter.valueOf(filter.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new AgentRefusal(AgentRefusal.Kind.INVALID, "bad_filter", "filter is one of waiting, mine, bot, closed, all");
        }
        String only = account == null || account.isBlank() ? null : account.strip();
        return Map.of("conversations", queries.list(chosen, agent.getName(), only),
                "counts", queries.counts(agent.getName(), only));
    }

    @GetMapping("/ui/api/conversations/{id}")
    ResponseEntity<?> detail(@PathVariable long id) {
        return queries.detail(id).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> ApiError.respond(
                HttpStatus.NOT_FOUND, "not_found", "No conversation " + id + "."));
    }

    @PostMapping("/ui/api/conversations/{id}/escalate")
    InboxView.Detail escalate(@PathVariable long id, Principal agent) {
        actions.escalate(id, agent.getName());
        return done(id);
    }

    @PostMapping("/ui/api/conversations/{id}/take")
    InboxView.Detail take(@PathVariable long id, Principal agent) {
        actions.take(id, agent.getName());
        return done(id);
    }

    @PostMapping("/ui/api/conversations/{id}/reply")
    InboxView.Detail reply(@PathVariable long id, @RequestBody Map<String, String> body, Principal agent) {
        actions.reply(id, agent.getName(), body.get("text"));
        return done(id);
    }

    @PostMapping("/ui/api/conversations/{id}/notes")
    InboxView.Detail note(@PathVariable long id, @RequestBody Map<String, String> body, Principal agent) {
        actions.note(id, agent.getName(), body.get("text"));
        return done(id);
    }

    @PostMapping("/ui/api/conversations/{id}/close")
    InboxView.Detail close(@PathVariable long id) {
        actions.close(id);
        return done(id);
    }

    @PostMapping("/ui/api/conversations/{id}/hand-back")
    InboxView.Detail handBack(@PathVariable long id) {
        actions.handBack(id);
        return done(id);
    }

    @PostMapping("/ui/api/conversations/{id}/read")
    InboxView.Detail read(@PathVariable long id) {
        actions.markRead(id);
        return done(id);
    }

    /** The conversation as it is now, for the UI to show after the action. */
    private InboxView.Detail done(long id) {
        return queries.detail(id).orElseThrow();
    }
}
