/**
 * Step ⑥ graph api: the one client for Meta's Graph API ({@link io.igbridge.graphapi.GraphApiClient}), for both
 * logins (host, token placement, send node and {@code messaging_type} per meta-platform.md §5), with Meta's
 * errors mapped in one place ({@link io.igbridge.graphapi.GraphErrors}) to transient / rate-limited /
 * re-authorize / permanent. Every call is made for the account of the event it answers (the default one, or one added
 * through the admin API: {@link io.igbridge.graphapi.AddedAccounts}) with that account's token in force, read from
 * the one {@link io.igbridge.graphapi.AccessTokenSource} through {@link io.igbridge.graphapi.ConfiguredAccount}. The
 * outbox calls it to act; besides, {@code tokens} refreshes the tokens with it and {@code diagnostics} asks Meta
 * about the configuration.
 */
package io.igbridge.graphapi;
