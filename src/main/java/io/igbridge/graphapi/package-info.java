/**
 * Step ⑥ graph api: the one client for Meta's Graph API ({@link io.igbridge.graphapi.GraphApiClient}), for both
 * logins (host, token placement, send node and {@code messaging_type} per meta-platform.md §5), with Meta's
 * errors mapped in one place ({@link io.igbridge.graphapi.GraphErrors}) to transient / rate-limited /
 * re-authorize / permanent. Only the outbox calls it.
 */
package io.igbridge.graphapi;
