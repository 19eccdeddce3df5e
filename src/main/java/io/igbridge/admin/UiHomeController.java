package io.igbridge.admin;

import java.net.URI;

import io.igbridge.inbox.AgentRepository;
import io.igbridge.webhook.ApiError;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The team inbox's web UI: its page (the single-page app's files are under {@code static/ui/}) and the start of its
 * JSON API under {@code /ui/api/}. Who may reach them is {@link WebSecurity}'s business.
 */
@Controller
class UiHomeController {

    private static final Resource APP = new ClassPathResource("static/ui/index.html");

    private final AgentRepository agents;

    UiHomeController(AgentRepository agents) {
        this.agents = agents;
    }

    @GetMapping({"/", "/ui"})
    ResponseEntity<Void> toTheInbox() {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/ui/")).build();
    }

    @GetMapping("/ui/")
    ResponseEntity<Resource> app() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(APP);
    }

    /** The signed-in agent. */
    @GetMapping("/ui/api/me")
    ResponseEntity<?> me(Authentication signedIn) {
        return agents.find(signedIn.getName()).<ResponseEntity<?>>map(agent -> ResponseEntity.ok(
                        new Me(agent.username(), agent.displayName())))
                .orElseGet(() -> ApiError.respond(HttpStatus.UNAUTHORIZED, "not_signed_in", "no such agent"));
    }

    record Me(String username, String displayName) {
    }
}
