/**
 * ⑥ graph api, whose account: the Instagram accounts this instance answers for besides the default one (the
 * environment's), added through the admin API, each with its login type, its token (sealed in {@code account_token}
 * by {@code tokens}), its status and optionally its own rules file. {@code graphapi} routes each event's actions to
 * its account through {@link io.igbridge.graphapi.AddedAccounts}, which {@link io.igbridge.accounts.AccountStore}
 * implements.
 */
package io.igbridge.accounts;
