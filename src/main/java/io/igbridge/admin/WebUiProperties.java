package io.igbridge.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The web UI's settings ({@code igbridge.ui.*}; the README lists the variables).
 *
 * @param secureCookies the session and CSRF cookies go over HTTPS only: for a service reached through HTTPS (a
 *                      TLS-terminating proxy in front of it), {@code IGBRIDGE_SECURE_COOKIES}
 */
@ConfigurationProperties("igbridge.ui")
record WebUiProperties(boolean secureCookies) {
}
