package io.igbridge.admin;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sign-in attempts through {@link LoginAttempts}: refuses a sign-in (429, the form with "try again in N minutes")
 * before its password is checked when its username or address failed too often, records each failure, and sends the
 * browser on: to {@code /ui/} after success, back to the form with one message for every failure (wrong password,
 * unknown or disabled agent alike). A filter of the web UI's chain only, never a bean (Spring Boot would put a
 * filter bean in front of every request).
 */
final class LoginThrottle extends OncePerRequestFilter
        implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String USERNAME = "username";

    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.pathPattern(HttpMethod.POST,
            LoginPage.PATH);

    private final LoginAttempts attempts;
    private final AuthenticationSuccessHandler toInbox = new SimpleUrlAuthenticationSuccessHandler("/ui/");
    private final SimpleUrlAuthenticationFailureHandler backToForm =
            new SimpleUrlAuthenticationFailureHandler(LoginPage.PATH + "?error");

    LoginThrottle(LoginAttempts attempts) {
        this.attempts = attempts;
        // a failed sign-in opens no session (the failure's details would be kept in one)
        backToForm.setAllowSessionCreation(false);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SIGN_IN.matches(request)) {
            Optional<Duration> wait = attempts.refusedFor(request.getParameter(USERNAME), request.getRemoteAddr());
            if (wait.isPresent()) {
                LoginPage.tooManyAttempts(request, response, wait.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        attempts.succeeded(authentication.getName());
        toInbox.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        attempts.failed(request.getParameter(USERNAME), request.getRemoteAddr());
        backToForm.onAuthenticationFailure(request, response, exception);
    }
}
