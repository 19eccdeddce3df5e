package io.igbridge.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in form of the web UI, {@code GET /ui/login}: rendered here rather than served as a file because it carries
 * the CSRF token (masked for this page) in a hidden field. Its messages never say whether a username exists.
 */
@Controller
class LoginPage {

    static final String PATH = "/ui/login";

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Sign in · igbridge</title>
            <link rel="stylesheet" href="/ui/assets/login.css">
            </head>
            <body>
            <main>
            <h1>igbridge</h1>
            <p class="subtitle">Team inbox</p>
            %s<form method="post" action="/ui/login">
            <label for="username">Username</label>
            <input id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" \
            maxlength="50" required autofocus>
            <label for="password">Password</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required>
            <input type="hidden" name="%s" value="%s">
            <button type="submit">Sign in</button>
            </form>
            </main>
            </body>
            </html>
            """;

    @GetMapping(PATH)
    ResponseEntity<String> show(HttpServletRequest request) {
        String message = null;
        if (request.getParameter("error") != null) {
            message = "Wrong username or password.";
        } else if (request.getParameter("expired") != null) {
            message = "The page had expired. Please sign in again.";
        } else if (request.getParameter("logout") != null) {
            message = "You are signed out.";
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html(request, message));
    }

    /** The form again, answering 429, for a sign-in refused before its password was checked. */
    static void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, Duration wait)
            throws IOException {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(wait.toSeconds() + 1));
        response.setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8).toString());
        response.getOutputStream().write(html(request, "Too many failed attempts. Try again in " + minutes
                + (minutes == 1 ? " minute." : " minutes.")).getBytes(StandardCharsets.UTF_8));
    }

    private static String html(HttpServletRequest request, String message) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (token == null) {
            throw new IllegalStateException("the sign-in form is served only through the web UI's security chain");
        }
        String notice = message == null ? "" : "<p class=\"message\" role=\"alert\">" + HtmlUtils.htmlEscape(message)
                + "</p>\n";
        return PAGE.formatted(notice, HtmlUtils.htmlEscape(token.getParameterName()),
                HtmlUtils.htmlEscape(token.getToken()));
    }
}
