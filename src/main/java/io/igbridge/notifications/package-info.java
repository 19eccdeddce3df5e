/**
 * Senders of the team's alerts: a Slack-compatible incoming webhook, e-mail over SMTP, a JSON webhook signed
 * with HMAC-SHA256, and the log. Called only by the outbox, which retries them and groups bursts.
 */
package io.igbridge.notifications;
