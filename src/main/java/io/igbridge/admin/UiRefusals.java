package io.igbridge.admin;

import io.igbridge.webhook.ApiError;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * How the web UI refuses a request. A page sends the browser to the sign-in form; the UI's JSON API
 * ({@code /ui/api/**}) answers JSON, never a redirect nor HTML, so the single-page app can tell "signed out" from
 * any other answer.
 */
final class UiRefusals {

    static final String API = "/ui/api/**";

    private static final RequestMatcher JSON_API = PathPatternRequestMatcher.pathPattern(API);
    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.pathPattern(HttpMethod.POST,
            LoginPage.PATH);

    private UiRefusals() {
    }

    /** Not signed in (or the session ended): 401 JSON for the API, the sign-in form for a page. */
    static AuthenticationEntryPoint notSignedIn() {
        var signInForm = new LoginUrlAuthenticationEntryPoint(LoginPage.PATH);
        return (request, response, exception) -> {
            if (JSON_API.matches(request)) {
                JsonErrors.write(response, ApiError.respond(HttpStatus.UNAUTHORIZED, "not_signed_in",
                        "sign in at " + LoginPage.PATH + " first: this needs an agent's session"));
            } else {
                signInForm.commence(request, response, exception);
            }
        };
    }

    /**
     * Signed in but refused, or a POST without the CSRF token: 403 JSON. A sign-in form whose token is stale (the
     * agent signed in or out in another tab meanwhile) is shown again, fresh, instead.
     */
    static AccessDeniedHandler forbidden() {
        return (request, response, denied) -> {
            boolean csrf = denied instanceof CsrfException;
            if (csrf && SIGN_IN.matches(request)) {
                response.sendRedirect(LoginPage.PATH + "?expired");
                return;
            }
            JsonErrors.write(response, csrf
                    ? ApiError.respond(HttpStatus.FORBIDDEN, "csrf_token_invalid", "missing or invalid CSRF token:"
                            + " send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header")
                    : ApiError.respond(HttpStatus.FORBIDDEN, "forbidden", "an agent's session is needed"));
        };
    }
}
