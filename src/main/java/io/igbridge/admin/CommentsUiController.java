package io.igbridge.admin;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import io.igbridge.inbox.CommentModeration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The comments view's JSON for the web UI (a logged-in agent): latest comments, hide, unhide, reply. */
@RestController
class CommentsUiController {

    private final CommentModeration comments;

    CommentsUiController(CommentModeration comments) {
        this.comments = comments;
    }

    @GetMapping("/ui/api/comments")
    List<CommentModeration.Comment> latest(@RequestParam(required = false) String account) {
        return comments.latest(account == null || account.isBlank() ? null : account.strip());
    }

    @PostMapping("/ui/api/comments/{account}/{comment}/hide")
    Map<String, String> hide(@PathVariable String account, @PathVariable String comment, Principal agent) {
        comments.hide(account, comment, true, agent.getName());
        return Map.of("status", "queued");
    }

    @PostMapping("/ui/api/comments/{account}/{comment}/unhide")
    Map<String, String> unhide(@PathVariable String account, @PathVariable String comment, Principal agent) {
        comments.hide(account, comment, false, agent.getName());
        return Map.of("status", "queued");
    }

    @PostMapping("/ui/api/comments/{account}/{comment}/reply")
    Map<String, String> reply(@PathVariable String account, @PathVariable String comment,
                              @RequestBody Map<String, String> body, Principal agent) {
        comments.reply(account, comment, body.get("text"), agent.getName());
        return Map.of("status", "queued");
    }
}
