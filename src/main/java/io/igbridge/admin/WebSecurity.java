package io.igbridge.admin;

import io.igbridge.inbox.Agent;
import io.igbridge.inbox.AgentRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may call what, in two filter chains.
 * <ul>
 * <li>The team inbox's web UI, {@code /ui/**}: agents sign in with a form and keep a session; CSRF tokens, security
 * headers and a Content-Security-Policy on every answer.</li>
 * <li>Everything else, untouched by Spring Security as before it came: Meta's webhook (whose deliveries, {@code POST},
 * are answered before this chain by {@code webhook.WebhookIntakeFilter}) and the seed guide's endpoints (whose intake
 * reads the raw body for the signature: no filter here reads a parameter), health and metrics, the admin
 * API (its bearer token is {@link AdminApiGuard}'s): no session, no CSRF, no redirect, no added header. {@code /}
 * leads to the UI; any other path is refused, so a new endpoint is public only once it is listed here.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebUiProperties.class)
class WebSecurity {

    /** Served as before: by Meta, monitoring and operators' scripts. */
    static final String[] MACHINE_PATHS = {"/api/instagram/**", "/api/admin/**", "/actuator/health/**",
            "/actuator/prometheus"};

    /** The sign-in form and what it loads; everything else under {@code /ui/} needs a signed-in agent. */
    static final String[] SIGN_IN_PAGE = {LoginPage.PATH, "/ui/assets/login.css"};

    @Bean
    @Order(1)
    SecurityFilterChain webUi(HttpSecurity http, UserDetailsService agentDetails, PasswordEncoder passwordEncoder,
            AgentRepository agents, LoginAttempts attempts, WebUiProperties properties) {
        LoginThrottle throttle = new LoginThrottle(attempts);
        return http.securityMatcher("/ui/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(SIGN_IN_PAGE).permitAll()
                        .anyRequest().hasRole(Agent.ROLE))
                .authenticationManager(signIn(agentDetails, passwordEncoder))
                .formLogin(form -> form.loginPage(LoginPage.PATH).usernameParameter(LoginThrottle.USERNAME)
                        .successHandler(throttle).failureHandler(throttle))
                .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new DisabledAgentSessions(agents), SecurityContextHolderFilter.class)
                .logout(logout -> logout.logoutUrl("/ui/logout").logoutSuccessUrl(LoginPage.PATH + "?logout"))
                // The single-page app (fetch) sends the XSRF-TOKEN cookie's value, as it is, in the X-XSRF-TOKEN
                // header of every POST, PUT, PATCH and DELETE. The cookie is readable by JavaScript (not HttpOnly),
                // renewed on every answer under /ui/, and changes at sign-in and sign-out: read it before each call.
                // A form field (_csrf) must carry the masked token a server-rendered page holds (the sign-in form),
                // not the cookie's value.
                .csrf(csrf -> csrf.spa().csrfTokenRepository(csrfCookie(properties)))
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(UiRefusals.notSignedIn())
                        .accessDeniedHandler(UiRefusals.forbidden()))
                // after sign-in an agent lands on /ui/: no request is kept for later (nor a session opened for it)
                .requestCache(AbstractHttpConfigurer::disable)
                // with Spring Security's defaults: nosniff, X-Frame-Options DENY, Cache-Control no-store
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                        // the UI's addresses name conversations and contacts: no other site learns them
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(HttpSecurity http) {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(MACHINE_PATHS).permitAll()
                        // "/error": Spring Boot's error answers, for every path
                        .requestMatchers("/", "/error").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .build();
    }

    /**
     * Checks the password before the agent's state, so a wrong password gets the same answer, as fast, whether the
     * agent is unknown, disabled or active.
     */
    private static AuthenticationManager signIn(UserDetailsService agentDetails, PasswordEncoder passwordEncoder) {
        var provider = new DaoAuthenticationProvider(agentDetails);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(agent -> {
        });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ProviderManager(provider);
    }

    private static CookieCsrfTokenRepository csrfCookie(WebUiProperties properties) {
        CookieCsrfTokenRepository cookie = CookieCsrfTokenRepository.withHttpOnlyFalse();
        cookie.setCookiePath("/ui");
        cookie.setCookieCustomizer(attributes -> attributes.secure(properties.secureCookies()).sameSite("Lax"));
        return cookie;
    }
}
