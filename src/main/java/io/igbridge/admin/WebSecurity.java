package io.igbridge.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what: Meta's webhook and the seed guide's endpoints (whose intake reads the raw body for the
 * signature: no filter here reads a parameter), health and metrics, the admin API (its bearer token is
 * {@link AdminApiGuard}'s) are untouched by Spring Security, as before it came: no session, no CSRF, no redirect, no
 * added header. Any other path is refused, so a new endpoint is public only once it is listed here.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    /** Served as before: by Meta, monitoring and operators' scripts. */
    static final String[] MACHINE_PATHS = {"/api/instagram/**", "/api/admin/**", "/actuator/health/**",
            "/actuator/prometheus"};

    @Bean
    SecurityFilterChain everythingElse(HttpSecurity http) {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(MACHINE_PATHS).permitAll()
                        // Spring Boot's error answers, for every path
                        .requestMatchers("/error").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .build();
    }
}
