package io.igbridge.diagnostics;

import java.util.ArrayList;
import java.util.List;

import io.igbridge.config.IgbridgeProperties.LoginType;
import io.igbridge.graphapi.AccountIdentity;
import io.igbridge.graphapi.ConfiguredAccount;
import io.igbridge.graphapi.GraphAccount;
import io.igbridge.graphapi.GraphApiClient;
import io.igbridge.graphapi.GraphApiException;
import io.igbridge.graphapi.GraphFailure;
import io.igbridge.outbox.Reauthorizations;
import org.springframework.stereotype.Component;

/**
 * The self-check of each account added through the admin API (not disabled), with its own token: Meta accepts the
 * token, it acts for that account (Instagram Login: {@code /me}'s {@code user_id}; with Facebook Login {@code /me}
 * is the Page, which the Instagram id does not name), the app is subscribed to its DMs and comments, its sends are
 * not paused. Each finding names its account.
 */
@Component
class AddedAccountsCheck {

    private final ConfiguredAccount accounts;
    private final GraphApiClient graph;
    private final Reauthorizations reauthorizations;

    AddedAccountsCheck(ConfiguredAccount accounts, GraphApiClient graph, Reauthorizations reauthorizations) {
        this.accounts = accounts;
        this.graph = graph;
        this.reauthorizations = reauthorizations;
    }

    List<Finding> run() {
        List<Finding> findings = new ArrayList<>();
        for (GraphAccount account : accounts.activeAddedAccounts()) {
            check(account).forEach(finding -> findings.add(finding.about(account.accountId())));
        }
        return findings;
    }

    private List<Finding> check(GraphAccount account) {
        List<Finding> findings = new ArrayList<>();
        String id = account.accountId();
        String fix = "Give account " + id + " a new token: PUT /api/admin/accounts/" + id + "/access-token";
        if (reauthorizations.paused(id)) {
            findings.add(Finding.error("token", "Replies of account " + id + " are paused: Meta refused its token.",
                    fix));
        }
        try {
            AccountIdentity identity = graph.me(account);
            findings.add(Finding.ok("token", "Meta accepts the token of account " + id
                    + (identity.name() == null ? "" : ": it acts for " + identity.name()) + "."));
            if (account.login() == LoginType.INSTAGRAM && !id.equals(identity.accountId())) {
                findings.add(Finding.error("account_id", "The token of account " + id + " acts for account "
                        + identity.accountId() + ": its replies would be refused.", fix + ", with that account's"
                        + " token"));
            }
            List<String> subscribed = graph.subscribedFields(account);
            for (String field : List.of("messages", "comments")) {
                findings.add(subscribed.contains(field) ? Finding.ok("subscribed_fields", "The app is subscribed to `"
                        + field + "` of account " + id + ".") : Finding.error("subscribed_fields", "The app is not"
                        + " subscribed to `" + field + "` of account " + id + ": its " + field + " never arrive.",
                        "Subscribe the account to the app's webhook fields (meta-setup.md), then check again."));
            }
        } catch (IllegalStateException noToken) {
            findings.add(Finding.error("token", "Account " + id + " has no token that can be read here ("
                    + noToken.getMessage() + ").", fix));
        } catch (GraphApiException failed) {
            findings.add(failed.kind() == GraphFailure.Kind.REAUTHORIZE ? Finding.error("token", "Meta refuses the"
                    + " token of account " + id + " (" + failed.failure().summary() + ").", fix)
                    : Finding.error("graph_api", "Meta did not answer about account " + id + ": "
                            + failed.failure().summary() + ".", "Check the token's login type (" + account.login()
                            .name().toLowerCase() + ") and permissions, and this machine's access to Meta."));
        }
        return findings;
    }
}
