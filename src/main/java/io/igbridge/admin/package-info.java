/**
 * Operator-facing endpoints: {@code webhook-info} (what is configured and what came in), {@code webhook-test} (feed a
 * payload through the real storage and processing path without a signature) and the admin API; and the team inbox's
 * web UI under {@code /ui/} with its security (agents' sign-in, sessions, CSRF).
 */
package io.igbridge.admin;
